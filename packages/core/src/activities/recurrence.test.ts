import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/time';
import {
  expandOccurrences,
  findGaps,
  isOccurrence,
  isoWeekday,
  nthWeekdayOfMonth,
  occurrenceInstants,
} from './recurrence';

describe('expanding planned activities', () => {
  it('finds every first Saturday of 2026 (1 January 2026 is a Thursday)', () => {
    const plan = {
      startsOn: '2026-01-01',
      untilOn: null,
      recurrence: { kind: 'monthly_nth_weekday' as const, nth: 1 as const, weekday: 6 },
    };
    expect(expandOccurrences(plan, { from: '2026-01-01', to: '2026-04-30' })).toEqual([
      '2026-01-03',
      '2026-02-07',
      '2026-03-07',
      '2026-04-04',
    ]);
  });

  it('finds the last Sunday and skips months without a fifth one', () => {
    expect(nthWeekdayOfMonth(2026, 5, -1, 7)).toBe('2026-05-31');
    expect(nthWeekdayOfMonth(2026, 2, 5, 6)).toBeNull();
    expect(nthWeekdayOfMonth(2026, 5, 5, 6)).toBe('2026-05-30');
  });

  it('repeats weekly on the first date’s weekday, from the range, until the last date', () => {
    const plan = {
      startsOn: '2026-03-04',
      untilOn: '2026-03-25',
      recurrence: { kind: 'weekly' as const, everyWeeks: 1 },
    };
    expect(expandOccurrences(plan, { from: '2026-03-10', to: '2026-04-30' })).toEqual([
      '2026-03-11',
      '2026-03-18',
      '2026-03-25',
    ]);
    const fortnightly = { ...plan, untilOn: null, recurrence: { kind: 'weekly' as const, everyWeeks: 2 } };
    expect(expandOccurrences(fortnightly, { from: '2026-03-05', to: '2026-04-01' })).toEqual([
      '2026-03-18',
      '2026-04-01',
    ]);
  });

  it('gives a one-off date only inside the range', () => {
    const plan = { startsOn: '2026-06-01', untilOn: null, recurrence: { kind: 'once' as const } };
    expect(expandOccurrences(plan, { from: '2026-05-01', to: '2026-06-30' })).toEqual(['2026-06-01']);
    expect(expandOccurrences(plan, { from: '2026-06-02', to: '2026-06-30' })).toEqual([]);
    expect(isOccurrence(plan, '2026-06-01')).toBe(true);
  });

  it('weekly dates always fall on the first date’s weekday, inside the range, a multiple of the step apart', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 4 }),
        (start, fromOffset, length, everyWeeks) => {
          const startsOn = addDays('2024-01-01', start);
          const from = addDays(startsOn, fromOffset);
          const to = addDays(from, length);
          const dates = expandOccurrences(
            { startsOn, untilOn: null, recurrence: { kind: 'weekly', everyWeeks } },
            { from, to },
          );
          for (const date of dates) {
            expect(isoWeekday(date)).toBe(isoWeekday(startsOn));
            expect(date >= from && date <= to && date >= startsOn).toBe(true);
          }
          // Every step-th day from the start that lies in range is present: count them directly.
          let expected = 0;
          for (let d = 0; d <= length; d += 1) {
            const date = addDays(from, d);
            const since = Math.round((Date.parse(date) - Date.parse(startsOn)) / 86_400_000);
            if (since >= 0 && since % (7 * everyWeeks) === 0) expected += 1;
          }
          expect(dates).toHaveLength(expected);
        },
      ),
    );
  });

  it('places an occurrence at the local start time in Shanghai', () => {
    const { startsAt, endsAt } = occurrenceInstants('2026-01-03', '09:30', 90);
    expect(startsAt.toISOString()).toBe('2026-01-03T01:30:00.000Z');
    expect(endsAt.toISOString()).toBe('2026-01-03T03:00:00.000Z');
  });
});

describe('gaps between planned and held', () => {
  it('counts a passed date with no record, not today’s and not a recorded one', () => {
    const dates = ['2026-01-03', '2026-02-07', '2026-03-07', '2026-04-04'];
    expect(findGaps(dates, new Set(['2026-02-07']), '2026-03-07')).toEqual(['2026-01-03']);
  });
});
