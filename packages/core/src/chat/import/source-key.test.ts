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

  it('an unknown time zone is refused by the options schema, not thrown later', () => {
    expect(chatImportOptionsSchema.safeParse({ now: 0, groupKey: 'g', timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(chatImportOptionsSchema.parse({ now: 0, groupKey: 'g' }).timeZone).toBe('Asia/Shanghai');
  });
});
