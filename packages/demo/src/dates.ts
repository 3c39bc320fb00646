import { addDays, dayNumber, dayOfNumber, daysBetween } from '@seedbed/core';
import type { Random } from './random';

export { addDays, daysBetween };

/**
 * Calendar dates as 'YYYY-MM-DD' strings, the form the `date` columns are read and written in.
 * The arithmetic is core's (shared/time.ts); "today" always comes from the caller (the generator
 * never reads the clock).
 */
export function assertIsoDate(value: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(dayNumber(value)) || dayOfNumber(dayNumber(value)) !== value) {
    throw new Error(`expected a date as YYYY-MM-DD, got "${value}"`);
  }
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
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

/** The later of two dates. */
export function later(a: string, b: string): string {
  return a >= b ? a : b;
}
