import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wallClockReader } from './clock';
import { chatImportOptionsSchema } from './record';
import { hashedSourceKeys } from './source-key';

describe('hashed source keys', () => {
  it('are the same on a re-read, differ for identical messages in one second, and differ between groups', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            senderKey: fc.string(),
            sentAt: fc.integer({ min: 0, max: 4e12 }),
            kind: fc.constant('text'),
            text: fc.string(),
          }),
          { maxLength: 30 },
        ),
        (messages) => {
          const first = messages.map(hashedSourceKeys('g1'));
          expect(messages.map(hashedSourceKeys('g1'))).toEqual(first);
          expect(new Set(first).size).toBe(first.length); // even exact duplicates get their ordinal
          const other = messages.map(hashedSourceKeys('g2'));
          expect(other.some((key, i) => key === first[i])).toBe(false);
        },
      ),
    );
  });

  it('keep a message’s key when a newer export starts in the middle of its second', () => {
    const second = 1_609_459_200_000;
    const messages = [
      { senderKey: 'a', sentAt: second, kind: 'text', text: '早' },
      { senderKey: 'b', sentAt: second + 10, kind: 'text', text: '早' },
      { senderKey: 'a', sentAt: second + 20, kind: 'text', text: '好' },
    ];
    const whole = messages.map(hashedSourceKeys('g'));
    expect(messages.slice(1).map(hashedSourceKeys('g'))).toEqual(whole.slice(1));
  });
});

describe('wall-clock times in a zone', () => {
  it('read Shanghai (UTC+8 since 1991, daylight saving 1986–1991), UTC and New York, and refuse days that do not exist', () => {
    const shanghai = wallClockReader('Asia/Shanghai');
    const at = (year: number, month: number, day: number, hour = 0) => ({
      year,
      month,
      day,
      hour,
      minute: 0,
      second: 0,
    });
    expect(shanghai(at(2021, 1, 1, 8))).toBe(Date.UTC(2021, 0, 1, 0));
    expect(shanghai(at(1988, 7, 1, 9))).toBe(Date.UTC(1988, 6, 1, 0)); // CDT, UTC+9
    expect(wallClockReader('UTC')(at(2021, 1, 1))).toBe(Date.UTC(2021, 0, 1));
    expect(wallClockReader('America/New_York')(at(2021, 7, 1, 12))).toBe(Date.UTC(2021, 6, 1, 16));
    expect(shanghai(at(2021, 2, 29))).toBeNull();
    expect(shanghai({ ...at(2021, 1, 1), hour: 24 })).toBeNull();
  });

  it('around a clock change: a change on the half hour, an hour lived twice (the earlier), an hour skipped', () => {
    const local = (zone: string, [year, month, day, hour, minute]: number[]) =>
      wallClockReader(zone)({ year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: 0 });
    // Adelaide moves to +10:30 at 16:30 UTC: 03:10 local is 16:40 UTC the day before.
    expect(local('Australia/Adelaide', [2021, 10, 3, 3, 10])).toBe(Date.UTC(2021, 9, 2, 16, 40));
    // Shanghai's 1986 autumn change (+9 → +8) lived 01:30 twice: the earlier is 16:30 UTC.
    expect(local('Asia/Shanghai', [1986, 9, 14, 1, 30])).toBe(Date.UTC(1986, 8, 13, 16, 30));
    expect(local('America/New_York', [2021, 11, 7, 1, 30])).toBe(Date.UTC(2021, 10, 7, 5, 30));
    // New York skips 02:00–03:00 in spring: 02:30 is read with the winter offset (03:30 summer time).
    expect(local('America/New_York', [2021, 3, 14, 2, 30])).toBe(Date.UTC(2021, 2, 14, 7, 30));
    expect(local('America/New_York', [2021, 3, 14, 3, 30])).toBe(Date.UTC(2021, 2, 14, 7, 30));
  });

  it('an unknown time zone is refused by the options schema, not thrown later', () => {
    expect(chatImportOptionsSchema.safeParse({ now: 0, groupKey: 'g', timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(chatImportOptionsSchema.parse({ now: 0, groupKey: 'g' }).timeZone).toBe('Asia/Shanghai');
  });
});
