import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shanghaiDateTime } from '../shared/time';
import { bookingInputSchema, clashesWith, intervalsOverlap, occurrencesOf, type TimeInterval } from './bookings';
import { awardAsSeenBy } from './honours';
import { isWithinOpeningHours, openingHoursInputSchema, weekdayOf } from './opening-hours';

const at = (text: string) => new Date(text);
const slot = (start: string, end: string): TimeInterval => ({ start: at(start), end: at(end) });

/** Minutes from a fixed Monday 00:00 Shanghai, as intervals. */
const base = at('2026-12-07T00:00:00+08:00').getTime();
const interval = fc
  .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 600 }))
  .map(([from, length]) => ({ start: new Date(base + from * 60_000), end: new Date(base + (from + length) * 60_000) }));

describe('overlap', () => {
  it('is symmetric, and an interval always overlaps itself', () => {
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        expect(intervalsOverlap(a, b)).toBe(intervalsOverlap(b, a));
        expect(intervalsOverlap(a, a)).toBe(true);
      }),
    );
  });

  it('never counts back-to-back bookings as a clash (half-open intervals)', () => {
    fc.assert(
      fc.property(interval, fc.integer({ min: 1, max: 600 }), (a, length) => {
        const next = { start: a.end, end: new Date(a.end.getTime() + length * 60_000) };
        expect(intervalsOverlap(a, next)).toBe(false);
      }),
    );
  });

  it('agrees with minute-by-minute sharing', () => {
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        const shared = Math.min(a.end.getTime(), b.end.getTime()) - Math.max(a.start.getTime(), b.start.getTime());
        expect(intervalsOverlap(a, b)).toBe(shared > 0);
      }),
    );
  });

  it('finds the bookings in the way of any occurrence', () => {
    const existing = [
      { id: 'before', ...slot('2026-12-08T08:00:00+08:00', '2026-12-08T09:00:00+08:00') },
      { id: 'clash', ...slot('2026-12-15T09:30:00+08:00', '2026-12-15T10:30:00+08:00') },
      { id: 'after', ...slot('2026-12-08T11:00:00+08:00', '2026-12-08T12:00:00+08:00') },
    ];
    const wanted = occurrencesOf({ date: '2026-12-08', starts: '09:00', ends: '11:00', repeatWeeks: 3 });
    expect(clashesWith(wanted, existing).map((b) => b.id)).toEqual(['clash']);
  });
});

describe('a weekly repeat', () => {
  it('books the same weekday and Shanghai wall-clock time, week after week', () => {
    const occurrences = occurrencesOf({ date: '2026-12-08', starts: '08:30', ends: '10:00', repeatWeeks: 4 });
    expect(occurrences.map((o) => shanghaiDateTime(o.start))).toEqual([
      '2026-12-08 08:30',
      '2026-12-15 08:30',
      '2026-12-22 08:30',
      '2026-12-29 08:30',
    ]);
    expect(occurrences.every((o) => weekdayOf(shanghaiDateTime(o.start).slice(0, 10)) === 2)).toBe(true);
  });

  it('has one occurrence per week, each as long as the slot, none overlapping another', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 26 }),
        fc.integer({ min: 0, max: 23 * 60 }),
        fc.integer({ min: 1, max: 60 }),
        (weeks, startMinute, length) => {
          const hhmm = (m: number) =>
            `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const endMinute = Math.min(startMinute + length, 24 * 60);
          const occurrences = occurrencesOf({
            date: '2027-03-01',
            starts: hhmm(startMinute),
            ends: endMinute === 24 * 60 ? '24:00' : hhmm(endMinute),
            repeatWeeks: weeks,
          });
          expect(occurrences).toHaveLength(weeks);
          for (const [i, o] of occurrences.entries()) {
            expect(o.end.getTime() - o.start.getTime()).toBe((endMinute - startMinute) * 60_000);
            if (i > 0) expect(o.start.getTime() - occurrences[i - 1]!.start.getTime()).toBe(7 * 86_400_000);
          }
          expect(occurrences.some((a, i) => occurrences.some((b, j) => i !== j && intervalsOverlap(a, b)))).toBe(false);
        },
      ),
    );
  });

  it('needs a team or a group, and a start before the end', () => {
    const valid = { date: '2026-12-08', starts: '09:00', ends: '10:00', purpose: '排练' };
    expect(bookingInputSchema.safeParse({ ...valid, groupName: '居委会' }).success).toBe(true);
    expect(bookingInputSchema.safeParse(valid).success).toBe(false);
    expect(
      bookingInputSchema.safeParse({
        ...valid,
        groupName: '居委会',
        organizationId: '00000000-0000-4000-8000-000000000000',
      }).success,
    ).toBe(false);
    expect(bookingInputSchema.safeParse({ ...valid, groupName: '居委会', ends: '09:00' }).success).toBe(false);
    expect(bookingInputSchema.safeParse({ ...valid, groupName: '居委会', repeatWeeks: 27 }).success).toBe(false);
  });
});

describe('opening hours', () => {
  const hours = openingHoursInputSchema.parse({
    intervals: [
      { weekday: 2, opens: '08:00', closes: '12:00' },
      { weekday: 2, opens: '14:00', closes: '21:00' },
      { weekday: 6, opens: '09:00', closes: '24:00' },
    ],
  }).intervals;

  it('takes a booking inside one interval, in Shanghai time, whatever the server’s zone', () => {
    // Tuesday 2026-12-08 08:00–10:00 in Shanghai is Tuesday 00:00–02:00 UTC.
    expect(isWithinOpeningHours(hours, at('2026-12-08T08:00:00+08:00'), at('2026-12-08T12:00:00+08:00'))).toBe(true);
    expect(isWithinOpeningHours(hours, at('2026-12-08T07:30:00+08:00'), at('2026-12-08T09:00:00+08:00'))).toBe(false);
  });

  it('refuses one spanning the lunch closing, another weekday, or past midnight', () => {
    expect(isWithinOpeningHours(hours, at('2026-12-08T11:00:00+08:00'), at('2026-12-08T15:00:00+08:00'))).toBe(false);
    expect(isWithinOpeningHours(hours, at('2026-12-09T09:00:00+08:00'), at('2026-12-09T10:00:00+08:00'))).toBe(false);
    expect(isWithinOpeningHours(hours, at('2026-12-12T22:00:00+08:00'), at('2026-12-13T00:00:00+08:00'))).toBe(true);
    expect(isWithinOpeningHours(hours, at('2026-12-12T23:00:00+08:00'), at('2026-12-13T01:00:00+08:00'))).toBe(false);
  });

  it('joins touching intervals: a booking across 12:00 of 09:00–12:00 and 12:00–18:00 is within', () => {
    const split = openingHoursInputSchema.parse({
      intervals: [
        { weekday: 2, opens: '12:00', closes: '18:00' },
        { weekday: 2, opens: '09:00', closes: '12:00' },
      ],
    }).intervals;
    expect(isWithinOpeningHours(split, at('2026-12-08T11:00:00+08:00'), at('2026-12-08T13:00:00+08:00'))).toBe(true);
    expect(isWithinOpeningHours(split, at('2026-12-08T08:30:00+08:00'), at('2026-12-08T13:00:00+08:00'))).toBe(false);
  });

  it('does not restrict a space whose hours nobody has published', () => {
    expect(isWithinOpeningHours([], at('2026-12-08T03:00:00+08:00'), at('2026-12-08T04:00:00+08:00'))).toBe(true);
  });

  it('refuses overlapping intervals on one weekday, and accepts touching ones', () => {
    const parse = (intervals: object[]) => openingHoursInputSchema.safeParse({ intervals }).success;
    expect(
      parse([
        { weekday: 1, opens: '08:00', closes: '12:00' },
        { weekday: 1, opens: '11:00', closes: '13:00' },
      ]),
    ).toBe(false);
    expect(
      parse([
        { weekday: 1, opens: '08:00', closes: '12:00' },
        { weekday: 1, opens: '12:00', closes: '13:00' },
      ]),
    ).toBe(true);
    expect(parse([{ weekday: 1, opens: '12:00', closes: '12:00' }])).toBe(false);
    expect(parse([{ weekday: 8, opens: '08:00', closes: '12:00' }])).toBe(false);
  });

  it('knows the ISO weekday of a Shanghai day', () => {
    expect(weekdayOf('2026-12-07')).toBe(1);
    expect(weekdayOf('2026-12-13')).toBe(7);
  });
});

describe('an award as seen by', () => {
  const award = {
    id: '00000000-0000-4000-8000-000000000001',
    honourTypeId: '00000000-0000-4000-8000-000000000002',
    organizationId: null,
    organizationName: null,
    personId: '00000000-0000-4000-8000-000000000003',
    personName: '王秀英',
    awardedOn: '2026-12-01',
    reason: '一年里每周帮楼里的老人取药',
  };
  it('names the resident only to those who may read residents', () => {
    expect(awardAsSeenBy('incubator_staff', award).personName).toBe('王秀英');
    expect(awardAsSeenBy('community_official', award).personName).toBe('王秀英');
    expect(awardAsSeenBy('organization_leader', award).personName).toBeNull();
    expect(awardAsSeenBy('funder', award).personName).toBeNull();
    // Nor the reason, which may say who it is.
    expect(awardAsSeenBy('organization_leader', award).reason).toBe('');
    expect(awardAsSeenBy('incubator_staff', award).reason).toBe(award.reason);
  });
});
