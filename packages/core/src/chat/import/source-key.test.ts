import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wallClockReader } from './clock';
import { chatImportOptionsSchema } from './record';
import { type HashedMessage, hashedSourceKeys } from './source-key';

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

describe('the hashed source key’s definition', () => {
  // cyrb53 as first written (one pass over the whole text): keys stored by earlier imports were made
  // with it, so the incremental hashing must give exactly its answers.
  function cyrb53(text: string, seed: number): number {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

  /** The documented keys, written out plainly: one map of identity strings for all messages. */
  const expectedKeys = (groupKey: string, sorted: readonly HashedMessage[]) => {
    const ordinals = new Map<string, number>();
    return sorted.map((message) => {
      const second = Math.floor(message.sentAt / 1000);
      const identity = `${groupKey}\u0000${message.senderKey}\u0000${second}\u0000${message.kind}\u0000${message.text ?? ''}`;
      const ordinal = ordinals.get(identity) ?? 0;
      ordinals.set(identity, ordinal + 1);
      return `h${hex(Math.max(0, second), 8)}${hex(cyrb53(`${identity}#${ordinal}`, 0), 14)}`;
    });
  };

  it('counts identical messages in a busy second, before and after it holds more than a few identities', () => {
    const say = (senderKey: string, text: string) => ({ senderKey, sentAt: 5_000, kind: 'text', text });
    const distinct = Array.from({ length: 20 }, (_, i) => say(`u${i}`, '到'));
    const messages = [say('u0', '到'), ...distinct, say('u0', '到'), say('u1', '到'), say('u19', '到')];
    expect(messages.map(hashedSourceKeys('g'))).toEqual(expectedKeys('g', messages));
  });

  it('is the second and cyrb53 of group, sender, second, kind, text and ordinal, as documented', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(
          fc.record({
            senderKey: fc.string({ maxLength: 4 }),
            // often more identities in one second than are compared one by one (a map takes over)
            sentAt: fc.oneof(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: -2_000, max: 999 })),
            kind: fc.constantFrom('text', 'image', 'join'),
            text: fc.option(fc.constantFrom('', '早', '早🌱', 'a\u0000b'), { nil: null }),
          }),
          { maxLength: 60 },
        ),
        (groupKey, messages) => {
          // In time order, as exports are: a second's ordinals count its identical messages.
          const sorted = [...messages].sort((a, b) => a.sentAt - b.sentAt);
          expect(sorted.map(hashedSourceKeys(groupKey))).toEqual(expectedKeys(groupKey, sorted));
        },
      ),
    );
  });

  it('sorts as the messages’ times do, so a file goes into the primary key in order (until 2106)', () => {
    const at = [Date.UTC(1969, 0, 1), Date.UTC(1999, 0, 1), Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 1, 0, 0, 1)];
    const keyOf = (sentAt: number, i: number) =>
      hashedSourceKeys('g')({ senderKey: `u${i}`, sentAt, kind: 'text', text: 'x' });
    const keys = [...at, 2 ** 32 * 1000 - 1].map(keyOf);
    expect([...keys].sort()).toEqual(keys);
    expect(keys.map((key) => key.length)).toEqual([23, 23, 23, 23, 23]);
    // past 2106 the second takes a ninth digit: still one key per message, no longer in order
    expect(keyOf(2 ** 32 * 1000, 0)).toMatch(/^h100000000[0-9a-f]{14}$/);
  });

  it('gives the keys migration 0043 made of the keys first written: the second, then their first hash', () => {
    const keys = hashedSourceKeys('group-1');
    const migrated = (second: number, stored: string) => `h${hex(second, 8)}${stored.slice(2, 16)}`;
    expect([
      keys({ senderKey: 'name:王阿姨', sentAt: 1609459260000, kind: 'text', text: '大家早上好🌞' }),
      keys({ senderKey: 'name:王阿姨', sentAt: 1609459260500, kind: 'text', text: '大家早上好🌞' }),
      keys({ senderKey: 'wxid_1', sentAt: 1609459261000, kind: 'image', text: null }),
    ]).toEqual([
      migrated(1609459260, 'h:0a57b81ad3b4db1e9828896a1004'),
      migrated(1609459260, 'h:19c6a06653fcec194cd0876eeb23'),
      migrated(1609459261, 'h:13e1f204a7a279104f2ceb91fb13'),
    ]);
  });
});
