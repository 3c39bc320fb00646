import { describe, expect, it } from 'vitest';
import { buildSharePage, type SharePageSource } from './share-page';

const photo = (id: string) => ({ id, url: `/p/${id}`, thumbnailUrl: `/p/${id}?thumb`, width: 800, height: 600 });

const source: SharePageSource = {
  code: 'ABCD2345',
  title: '重阳节联欢',
  lead: '社区老人一起过节',
  paragraphs: ['  第一段  ', '', '   ', '第二段'],
  reflection: '   ',
  quotes: [
    { text: '很开心', saidBy: '王阿姨', included: true, showSaidBy: false },
    { text: '明年再来', saidBy: '李叔', included: true, showSaidBy: true },
    { text: '不公开', saidBy: '张三', included: false, showSaidBy: true },
  ],
  photoIds: ['b', 'gone', 'a', 'c'],
  coverPhotoId: 'c',
  photos: [photo('a'), photo('b'), photo('c')],
  people: [
    { id: 'p1', name: '王阿姨' },
    { id: 'p2', name: '王阿姨' },
    { id: 'p3', name: '李叔' },
    { id: 'p4', name: null },
  ],
  namedIds: new Set(['p1', 'p2', 'p4']),
  facts: {
    startsAt: '2026-10-29T01:00:00.000Z',
    endsAt: '2026-10-29T03:00:00.000Z',
    placeName: '活动室',
    organizations: [
      { id: '11111111-1111-4111-8111-111111111111', name: '夕阳红舞蹈队' },
      { id: '22222222-2222-4222-8222-222222222222', name: '东井合唱团' },
    ],
    communityName: '槐荫社区',
    streetName: '春和街道',
  } as SharePageSource['facts'],
  publishedAt: '2026-10-30T00:00:00.000Z',
};

describe('buildSharePage', () => {
  it('shows what the leader chose and nothing else', () => {
    const page = buildSharePage(source);
    expect(page.shareTitle).toBe('【夕阳红舞蹈队等】重阳节联欢 | 槐荫社区');
    expect(page.paragraphs).toEqual(['第一段', '第二段']);
    expect(page.reflection).toBeNull();
    expect(page.quotes).toEqual([
      { text: '很开心', saidBy: null },
      { text: '明年再来', saidBy: '李叔' },
    ]);
    // Cover first, then the leader's order; a photo removed since is skipped.
    expect(page.photos.map((p) => p.id)).toEqual(['c', 'b', 'a']);
    // Ticked names once each; a ticked entry without a name adds nothing; the unticked stay off.
    expect(page.names).toEqual(['王阿姨']);
    expect(page.facts.organizations).toEqual([{ name: '夕阳红舞蹈队' }, { name: '东井合唱团' }]);
  });

  it('puts the first photo first when no cover is chosen', () => {
    expect(buildSharePage({ ...source, coverPhotoId: null }).photos.map((p) => p.id)).toEqual(['b', 'a', 'c']);
  });
});
