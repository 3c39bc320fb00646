import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type GroupOnRecord, groupSetUpOn, groupsOnRecord } from './groups-on-record';

const group = (over: Partial<GroupOnRecord>): GroupOnRecord => ({
  createdOn: null,
  firstMessageOn: null,
  recordedOn: '2026-06-01',
  closedOn: null,
  ...over,
});

describe('groups on record (seed 002: one group → many)', () => {
  it('counts a group from the earliest day it is known to exist until it closed', () => {
    expect(groupSetUpOn(group({ createdOn: '2025-03-01', firstMessageOn: '2025-02-20' }))).toBe('2025-02-20');
    expect(groupSetUpOn(group({ createdOn: '2025-03-01' }))).toBe('2025-03-01');
    expect(groupSetUpOn(group({}))).toBe('2026-06-01');
    const groups = [
      group({ createdOn: '2025-01-10' }),
      group({ createdOn: '2025-02-10', closedOn: '2025-03-05' }),
      group({ firstMessageOn: '2025-03-31' }),
      group({ recordedOn: '2025-05-01' }),
    ];
    const month = (m: string, last: string) =>
      groupsOnRecord(groups, { from: `2025-${m}-01`, to: `2025-${m}-${last}` });
    expect([month('01', '31'), month('02', '28'), month('03', '31'), month('04', '30'), month('05', '31')]).toEqual([
      1, 2, 3, 2, 3,
    ]);
  });

  it('never counts more groups in a window than in a wider window around it', () => {
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const aGroup = fc.record({
      createdOn: fc.option(day),
      firstMessageOn: fc.option(day),
      recordedOn: day,
      closedOn: fc.option(day),
    });
    fc.assert(
      fc.property(
        fc.array(aGroup, { maxLength: 20 }),
        fc.array(day, { minLength: 4, maxLength: 4 }),
        (groups, days) => {
          const [a, b, c, d] = [...days].sort() as [string, string, string, string];
          expect(groupsOnRecord(groups, { from: b, to: c })).toBeLessThanOrEqual(
            groupsOnRecord(groups, { from: a, to: d }),
          );
        },
      ),
    );
  });
});
