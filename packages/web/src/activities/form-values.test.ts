import { describe, expect, it } from 'vitest';
import {
  draftValues,
  emptyFormValues,
  formFieldOf,
  missingRequired,
  shanghaiClock,
  splitCoHosts,
  toActivityInput,
  toActivityUpdate,
} from './form-values';

const organizationId = '00000000-0000-4000-8000-000000000001';

describe('the leader’s activity form values', () => {
  it('default to today in Shanghai and a two-hour span ending at the last full hour', () => {
    // 2025-10-11 07:30 UTC is 15:30 in Shanghai.
    const values = emptyFormValues(new Date('2025-10-11T07:30:00Z'));
    expect([values.date, values.startTime, values.endTime]).toEqual(['2025-10-11', '13:00', '15:00']);
  });

  it('do not let the default span cross midnight', () => {
    // 17:20 UTC is 01:20 the next day in Shanghai.
    const values = emptyFormValues(new Date('2025-10-11T17:20:00Z'));
    expect([values.date, values.startTime, values.endTime]).toEqual(['2025-10-12', '09:00', '11:00']);
  });

  it('turn into the API body: Shanghai instants, the organization first, blanks left out', () => {
    const values = {
      ...emptyFormValues(new Date('2025-10-11T07:30:00Z')),
      title: '  重阳节表演 ',
      coHosts: '物业，居委会、 ',
      guests: ['王阿姨', '  '],
      feedback: [
        { text: '很开心', saidBy: '' },
        { text: ' ', saidBy: '李叔' },
      ],
      placeKind: 'text' as const,
      placeText: '小广场',
    };
    const input = toActivityInput(values, organizationId);
    expect(input.title).toBe('重阳节表演');
    expect(input.startsAt).toBe('2025-10-11T13:00:00+08:00');
    expect(input.organizationIds).toEqual([organizationId]);
    expect(input.coHosts).toEqual(['物业', '居委会']);
    expect(input.participants).toEqual([{ guestName: '王阿姨', role: 'participant' }]);
    expect(input.feedback).toEqual([{ text: '很开心' }]);
    expect(input.place).toEqual({ kind: 'text', text: '小广场' });
    expect(input.reflection).toBeUndefined();
  });

  it('ask only for the title, the date and a start before the end', () => {
    const values = { ...emptyFormValues(new Date('2025-10-11T07:30:00Z')), startTime: '16:00' };
    expect(missingRequired(values)).toEqual(['title', 'endTime']);
  });

  it('ask for the plan item once 计划内 is ticked, and send it picked', () => {
    const values = { ...emptyFormValues(new Date('2025-10-11T07:30:00Z')), title: '种花', isPlannedInProject: true };
    expect(missingRequired(values)).toEqual(['planItemId']);
    const planItemId = '00000000-0000-4000-8000-000000000009';
    expect(toActivityInput({ ...values, planItemId }, organizationId)).toMatchObject({
      isPlannedInProject: true,
      planItemId,
    });
  });

  it('read back a draft kept before plan items: its free text dropped, sent as 计划外 rather than refused', () => {
    const { planItemId: _none, ...shape } = emptyFormValues(new Date('2025-10-11T07:30:00Z'));
    const kept = { ...shape, title: '种花', isPlannedInProject: true, planItemRef: '2026 微创投 第3项' };
    const values = draftValues(kept as never);
    expect(values).not.toHaveProperty('planItemRef');
    expect(values.planItemId).toBe('');
    // A draft already in the outbox skips the form's check: what it sends must not be refused.
    const sent = toActivityInput(kept as never, organizationId);
    expect(sent).toMatchObject({ isPlannedInProject: false });
    expect(sent).not.toHaveProperty('planItemRef');
    expect(sent).not.toHaveProperty('planItemId');
    expect(toActivityUpdate(kept as never, organizationId)).toMatchObject({
      isPlannedInProject: false,
      planItemId: null,
    });
  });

  it('put server issues beside the inputs they concern', () => {
    expect(formFieldOf('startsAt')).toBe('startTime');
    expect(formFieldOf('place.text')).toBe('placeKind');
    expect(formFieldOf('title')).toBe('title');
  });

  it('read the Shanghai wall clock and split co-hosts on Chinese and Latin separators', () => {
    expect(shanghaiClock(new Date('2025-12-31T16:00:00Z'))).toEqual({ date: '2026-01-01', time: '00:00' });
    expect(splitCoHosts('a;b；c\nd')).toEqual(['a', 'b', 'c', 'd']);
  });
});
