import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addDaysToInstant,
  daysBetween,
  shanghaiDate,
  shanghaiDateTime,
  shanghaiDayEnd,
  shanghaiDayStart,
  shanghaiInstant,
  shanghaiInstantText,
} from './time';

describe('calendar days in Asia/Shanghai', () => {
  it('takes the Shanghai date of an instant, not the UTC one', () => {
    // 2026-06-30 16:30 UTC is already 1 July 00:30 in Shanghai.
    expect(shanghaiDate(new Date('2026-06-30T16:30:00Z'))).toBe('2026-07-01');
    expect(shanghaiDate(new Date('2026-06-30T15:59:59Z'))).toBe('2026-06-30');
  });

  it('writes an instant as Shanghai wall-clock date and time', () => {
    expect(shanghaiDateTime(new Date('2026-06-30T16:30:00Z'))).toBe('2026-07-01 00:30');
  });

  it('starts a day at 00:00 +08:00 and ends it at the next day’s start', () => {
    expect(shanghaiDayStart('2026-07-01').toISOString()).toBe('2026-06-30T16:00:00.000Z');
    expect(shanghaiDayEnd('2026-07-01').toISOString()).toBe('2026-07-01T16:00:00.000Z');
    expect(shanghaiDayEnd('2026-12-31').toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('reads a wall-clock time on a day', () => {
    expect(shanghaiInstantText('2026-07-01', '09:30')).toBe('2026-07-01T09:30:00+08:00');
    expect(shanghaiInstant('2026-07-01', '09:30').toISOString()).toBe('2026-07-01T01:30:00.000Z');
  });

  it('adds days across months, leap years and years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(addDaysToInstant(new Date('2026-07-01T00:00:00Z'), 30).toISOString()).toBe('2026-07-31T00:00:00.000Z');
  });

  it('moves there and back to the same day, and a day lies in its own [start, end)', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays('1990-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (start, n) => {
        expect(addDays(addDays(start, n), -n)).toBe(start);
        expect(daysBetween(start, addDays(start, n))).toBe(n);
        expect(shanghaiDate(shanghaiDayStart(start))).toBe(start);
        expect(shanghaiDate(new Date(shanghaiDayEnd(start).getTime() - 1))).toBe(start);
      }),
    );
  });
});
