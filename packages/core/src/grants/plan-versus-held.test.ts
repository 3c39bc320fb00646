import { describe, expect, it } from 'vitest';
import { planVersusHeld } from './plan-versus-held';

const proposal = { id: 'p', title: '楼道花园' };
const item = (id: string, position: number, plannedMonth: string | null, isRemoved = false) => ({
  id,
  title: `项目${id}`,
  plannedMonth,
  position,
  isRemoved,
});
const held = (planItemId: string, startedOn: string, organizerCount: number, servedCount: number) => ({
  planItemId,
  startedOn,
  organizerCount,
  servedCount,
});

describe('planned vs held', () => {
  it('counts each item’s activities, dates, head counts and person-times', () => {
    const report = planVersusHeld(
      proposal,
      [item('b', 1, '2026-09'), item('a', 0, '2026-08')],
      [held('a', '2026-08-20', 3, 12), held('a', '2026-08-05', 2, 8), held('b', '2026-10-02', 4, 20)],
    );
    expect(report.items).toEqual([
      {
        planItemId: 'a',
        title: '项目a',
        plannedMonth: '2026-08',
        isRemoved: false,
        heldCount: 2,
        heldOn: ['2026-08-05', '2026-08-20'],
        headCounts: [10, 15],
        personTimes: 25,
        isHeldInPlannedMonth: true,
      },
      {
        planItemId: 'b',
        title: '项目b',
        plannedMonth: '2026-09',
        isRemoved: false,
        heldCount: 1,
        heldOn: ['2026-10-02'],
        headCounts: [24],
        personTimes: 24,
        isHeldInPlannedMonth: false,
      },
    ]);
    expect(report).toMatchObject({ plannedCount: 2, heldItemCount: 2, activityCount: 3, personTimes: 49 });
  });

  it('lists an item not held with zeros, and a removed one only when something was held for it', () => {
    const report = planVersusHeld(
      proposal,
      [item('a', 0, null), item('gone', 1, '2026-08', true), item('held-then-removed', 2, null, true)],
      [held('held-then-removed', '2026-07-01', 1, 5)],
    );
    expect(report.items.map((row) => [row.planItemId, row.heldCount, row.isRemoved])).toEqual([
      ['a', 0, false],
      ['held-then-removed', 1, true],
    ]);
    expect(report).toMatchObject({ plannedCount: 1, heldItemCount: 0, activityCount: 1, personTimes: 6 });
  });
});
