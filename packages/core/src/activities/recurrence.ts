import { addDays, dayNumber, dayOfNumber, daysBetween } from '../shared/time';
import type { Recurrence } from './planned-schemas';

/**
 * Expanding a planned activity (预告) into the dates it takes place on. Pure: the range and "today"
 * are passed in. Dates are calendar dates (YYYY-MM-DD) in Asia/Shanghai; arithmetic is done on UTC
 * midnights so no time zone can shift a day.
 */
/** A guard against a runaway range: about three years of weekly dates. */
export const maxOccurrenceRangeDays = 1100;

export interface RecurringPlan {
  startsOn: string;
  untilOn: string | null;
  recurrence: Recurrence;
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const sundayFirst = new Date(Date.parse(`${date}T00:00:00Z`)).getUTCDay();
  return sundayFirst === 0 ? 7 : sundayFirst;
}

/** The earlier / later of two ISO dates (string order is date order for YYYY-MM-DD). */
export function earlierDate(a: string, b: string): string {
  return [a, b].sort()[0]!;
}
export function laterDate(a: string, b: string): string {
  return [a, b].sort()[1]!;
}

/** The nth (1–5, or -1 = last) given weekday of a month, or null when the month has no such day. */
export function nthWeekdayOfMonth(year: number, month: number, nth: number, weekday: number): string | null {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (nth === -1) {
    const last = addDays(first, daysInMonth - 1);
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const firstMatch = 1 + ((weekday - isoWeekday(first) + 7) % 7);
  const day = firstMatch + (nth - 1) * 7;
  return day > daysInMonth ? null : addDays(first, day - 1);
}

/** The dates in [from, to] (inclusive) on which the plan takes place, in order. */
export function expandOccurrences(plan: RecurringPlan, range: { from: string; to: string }): string[] {
  const from = laterDate(plan.startsOn, range.from);
  const to = plan.untilOn ? earlierDate(plan.untilOn, range.to) : range.to;
  if (from > to) return [];
  const rule = plan.recurrence;
  switch (rule.kind) {
    case 'once':
      return plan.startsOn >= from && plan.startsOn <= to ? [plan.startsOn] : [];
    case 'weekly': {
      const step = 7 * rule.everyWeeks;
      const offset = daysBetween(plan.startsOn, from);
      let day = dayNumber(plan.startsOn) + Math.ceil(offset / step) * step;
      const dates: string[] = [];
      for (; day <= dayNumber(to); day += step) dates.push(dayOfNumber(day));
      return dates;
    }
    case 'monthly_nth_weekday': {
      const dates: string[] = [];
      let year = Number(from.slice(0, 4));
      let month = Number(from.slice(5, 7));
      while (`${year}-${String(month).padStart(2, '0')}` <= to.slice(0, 7)) {
        const date = nthWeekdayOfMonth(year, month, rule.nth, rule.weekday);
        if (date && date >= from && date <= to) dates.push(date);
        month += 1;
        if (month > 12) {
          month = 1;
          year += 1;
        }
      }
      return dates;
    }
  }
}

/** Does the plan take place on this date? */
export function isOccurrence(plan: RecurringPlan, date: string): boolean {
  return expandOccurrences(plan, { from: date, to: date }).length === 1;
}

/** The instants of one occurrence: a local Asia/Shanghai start time (HH:MM) and a duration. */
export function occurrenceInstants(date: string, startTime: string, durationMinutes: number) {
  const startsAt = new Date(`${date}T${startTime}:00+08:00`);
  return { startsAt, endsAt: new Date(startsAt.getTime() + durationMinutes * 60_000) };
}

/**
 * A gap: a planned date that has passed (strictly before today — today's may still be recorded
 * tonight) with no record. Planned vs held is evidence too (issue: activities).
 */
export function findGaps(occurrences: readonly string[], recordedDates: ReadonlySet<string>, today: string): string[] {
  return occurrences.filter((date) => date < today && !recordedDates.has(date));
}
