/**
 * Calendar days and instants, in one place for every package. A day is a 'YYYY-MM-DD' string in
 * China's time zone (the form `date` columns are read and written in); arithmetic on days goes
 * through UTC day numbers so no time zone can shift a date. Nothing here reads the clock: "now"
 * and "today" come from the caller.
 */

/** Dates are shown in China's time zone whatever the server's or the phone's zone is. */
export const displayTimeZone = 'Asia/Shanghai';

const dayMilliseconds = 86_400_000;
/** China has kept UTC+8 all year since 1991; no daylight saving to follow. */
const shanghaiOffsetMilliseconds = 8 * 60 * 60 * 1000;

/** The calendar date (YYYY-MM-DD) of an instant in Asia/Shanghai. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + shanghaiOffsetMilliseconds).toISOString().slice(0, 10);
}

/** An instant as a reader in China reads it: Shanghai wall-clock "YYYY-MM-DD HH:MM". */
export function shanghaiDateTime(instant: Date): string {
  return new Date(instant.getTime() + shanghaiOffsetMilliseconds).toISOString().replace('T', ' ').slice(0, 16);
}

/** The instant a Shanghai day begins: `day`'s 00:00 in Asia/Shanghai. */
export function shanghaiDayStart(day: string): Date {
  return shanghaiInstant(day, '00:00');
}

/** The instant after a Shanghai day ends (the next day's start): ranges are [start, end). */
export function shanghaiDayEnd(day: string): Date {
  return shanghaiDayStart(addDays(day, 1));
}

/** A wall-clock time ('HH:MM' or 'HH:MM:SS') on a Shanghai day, as an instant. */
export function shanghaiInstant(day: string, time: string): Date {
  return new Date(shanghaiInstantText(day, time));
}

/** The same instant as ISO text with its +08:00 offset, the form an API body carries. */
export function shanghaiInstantText(day: string, time: string): string {
  return `${day}T${time.length === 5 ? `${time}:00` : time}+08:00`;
}

/** Whole days since 1970-01-01 for a calendar date (NaN for a malformed one). */
export function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / dayMilliseconds;
}

/** The calendar date of a day number. */
export function dayOfNumber(number: number): string {
  return new Date(number * dayMilliseconds).toISOString().slice(0, 10);
}

/** `day` moved by `days` (negative goes back); whole days only. */
export function addDays(day: string, days: number): string {
  return dayOfNumber(dayNumber(day) + Math.round(days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** An instant moved by whole days (a session's or an invite's expiry). */
export function addDaysToInstant(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * dayMilliseconds);
}
