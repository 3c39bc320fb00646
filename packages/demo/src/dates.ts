import type { Random } from './random';

/**
 * Calendar dates as 'YYYY-MM-DD' strings, the form the `date` columns are read and written in.
 * Arithmetic goes through UTC day numbers so no time zone can shift a date; "today" always comes
 * from the caller (the generator never reads the clock).
 */
const dayMilliseconds = 86_400_000;

export function assertIsoDate(value: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || fromDayNumber(toDayNumber(value)) !== value) {
    throw new Error(`expected a date as YYYY-MM-DD, got "${value}"`);
  }
}

export function toDayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? Number.NaN, (month ?? Number.NaN) - 1, day ?? Number.NaN) / dayMilliseconds;
}

export function fromDayNumber(dayNumber: number): string {
  const date = new Date(dayNumber * dayMilliseconds);
  return Number.isNaN(date.getTime()) ? 'invalid' : date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + Math.round(days));
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** A date in [from, to], both included; `from` itself when the range is empty. */
export function dateBetween(random: Random, from: string, to: string): string {
  const span = daysBetween(from, to);
  return span <= 0 ? from : addDays(from, random.int(0, span));
}

/** The earlier of two dates. */
export function earlier(a: string, b: string): string {
  return a <= b ? a : b;
}
