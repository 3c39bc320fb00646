import { z } from 'zod';
import { shanghaiDate, shanghaiDateTime } from '../shared/time';

/**
 * A space's weekly opening hours 开放时间 (seed 003: the ping-pong room "既没有粘贴开放时间", so only
 * the keyholder's friends could play). Wall-clock times in Asia/Shanghai, per weekday, several
 * intervals a day (a morning and an evening). Weekdays are ISO: 1 Monday … 7 Sunday.
 */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export const weekdaySchema = z.number().int().min(1).max(7);
export type Weekday = z.infer<typeof weekdaySchema>;

/** 'HH:MM' on a 24-hour clock; '24:00' closes at midnight. */
export const clockTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM');
export type ClockTime = z.infer<typeof clockTimeSchema>;

/** Minutes since midnight of 'HH:MM'. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

export const openingIntervalSchema = z
  .object({ weekday: weekdaySchema, opens: clockTimeSchema, closes: clockTimeSchema })
  .refine((interval) => minutesOf(interval.opens) < minutesOf(interval.closes), {
    message: 'opens before closes',
    path: ['closes'],
  });
export type OpeningInterval = z.infer<typeof openingIntervalSchema>;

/**
 * PUT /api/spaces/{id}/opening-hours: the whole week at once (an empty list means "not published").
 * Intervals of one weekday may not overlap; touching (09:00–12:00, 12:00–17:00) is fine.
 */
export const openingHoursInputSchema = z
  .object({
    intervals: z.array(openingIntervalSchema).max(42),
    /** A line for the notice on the door: whom to call, where the key is (not a person's phone). */
    note: z.string().trim().max(200).optional(),
  })
  .refine((hours) => !hasOverlappingIntervals(hours.intervals), {
    message: 'overlapping intervals',
    path: ['intervals'],
  });
export type OpeningHoursInput = z.infer<typeof openingHoursInputSchema>;

export const openingHoursSchema = z.object({
  spaceId: z.string(),
  intervals: z.array(openingIntervalSchema),
  note: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type OpeningHours = z.infer<typeof openingHoursSchema>;

/** Whether two intervals of the same weekday share a minute (half-open: back-to-back does not). */
export function hasOverlappingIntervals(intervals: readonly OpeningInterval[]): boolean {
  return intervals.some((a, i) =>
    intervals.some(
      (b, j) =>
        j > i &&
        a.weekday === b.weekday &&
        minutesOf(a.opens) < minutesOf(b.closes) &&
        minutesOf(b.opens) < minutesOf(a.closes),
    ),
  );
}

/** The ISO weekday (1 Monday … 7 Sunday) of a Shanghai calendar day. */
export function weekdayOf(day: string): Weekday {
  const sunday0 = new Date(`${day}T00:00:00Z`).getUTCDay();
  return sunday0 === 0 ? 7 : sunday0;
}

/** Intervals sorted by weekday and opening time, as the door notice and the editor list them. */
export function sortedIntervals(intervals: readonly OpeningInterval[]): OpeningInterval[] {
  return [...intervals].sort((a, b) => a.weekday - b.weekday || minutesOf(a.opens) - minutesOf(b.opens));
}

/**
 * Whether [start, end) lies inside one opening interval of the space, read in Shanghai time.
 * A space with no published hours has no hours to be outside of (true): the survey knows many
 * rooms whose hours nobody wrote down, and booking them is how the hours come to be known.
 * A booking that runs past midnight is outside (no interval crosses a day).
 */
export function isWithinOpeningHours(intervals: readonly OpeningInterval[], start: Date, end: Date): boolean {
  if (intervals.length === 0) return true;
  const day = shanghaiDate(start);
  const startMinutes = minutesOf(shanghaiDateTime(start).slice(11));
  const endDay = shanghaiDate(end);
  const endMinutes =
    endDay === day ? minutesOf(shanghaiDateTime(end).slice(11)) : isNextMidnight(day, end) ? 24 * 60 : Number.NaN;
  if (Number.isNaN(endMinutes)) return false;
  return openSpansOf(intervals, weekdayOf(day)).some((span) => span.opens <= startMinutes && endMinutes <= span.closes);
}

/**
 * A weekday's open time as minutes from midnight, touching intervals joined: 09:00–12:00 and
 * 12:00–18:00 are one span, so a booking of 11:00–13:00 is within the hours.
 */
function openSpansOf(intervals: readonly OpeningInterval[], weekday: number): { opens: number; closes: number }[] {
  const spans: { opens: number; closes: number }[] = [];
  for (const interval of sortedIntervals(intervals.filter((i) => i.weekday === weekday))) {
    const opens = minutesOf(interval.opens);
    const closes = minutesOf(interval.closes);
    const last = spans.at(-1);
    if (last && opens <= last.closes) last.closes = Math.max(last.closes, closes);
    else spans.push({ opens, closes });
  }
  return spans;
}

function isNextMidnight(day: string, end: Date): boolean {
  return shanghaiDateTime(end).slice(11) === '00:00' && shanghaiDate(new Date(end.getTime() - 1)) === day;
}
