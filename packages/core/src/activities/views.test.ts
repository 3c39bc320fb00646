import { describe, expect, it } from 'vitest';
import type { ActivityDetail } from './schemas';
import { activityDetailAsSeenBy } from './views';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const people: Pick<ActivityDetail, 'participants' | 'feedback' | 'recordedBy' | 'media' | 'attendance'> = {
  participants: [
    { personId: id(1), name: '张大姐', isGuest: false, role: 'organizer' },
    { personId: null, name: '李阿姨', isGuest: true, role: 'participant' },
  ],
  feedback: [{ text: '很开心', saidBy: '王大爷' }],
  recordedBy: '张大姐',
  media: [
    {
      id: id(2),
      kind: 'photo',
      url: '/api/media/2',
      thumbnailUrl: null,
      mimeType: 'image/jpeg',
      width: 1,
      height: 1,
      caption: '合影',
      side: 'organization',
      trackingLogId: null,
      uploadedBy: '张大姐',
    },
  ],
  attendance: 3,
};

describe('an activity as a role sees it', () => {
  it('gives those who work with the organization every name', () => {
    for (const role of ['incubator_staff', 'organization_member', 'community_official'] as const)
      expect(activityDetailAsSeenBy(role, people)).toEqual(people);
  });

  it('gives a funder the record and its figures without anyone’s name', () => {
    const seen = activityDetailAsSeenBy('funder', people);
    expect(seen.participants).toEqual([]);
    expect(seen.feedback).toEqual([{ text: '很开心', saidBy: null }]);
    expect(seen.recordedBy).toBeNull();
    expect(seen.media.map((m) => [m.caption, m.uploadedBy])).toEqual([['合影', null]]);
    expect(seen.attendance).toBe(3);
  });
});
