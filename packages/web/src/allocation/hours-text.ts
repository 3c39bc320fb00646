import type { OpeningInterval } from '@seedbed/core';

/** A week's intervals as lines a leader reads on the door: "周二 08:30–12:00、14:00–17:30". */
export function hoursLines(
  intervals: readonly OpeningInterval[],
  weekdayName: (weekday: number) => string,
  separator: string,
) {
  return [1, 2, 3, 4, 5, 6, 7]
    .map((weekday) => ({ weekday, times: intervals.filter((i) => i.weekday === weekday) }))
    .filter((day) => day.times.length > 0)
    .map((day) => `${weekdayName(day.weekday)} ${day.times.map((t) => `${t.opens}–${t.closes}`).join(separator)}`);
}

/** The message key of an ISO weekday (1 Monday … 7 Sunday). */
export const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const weekdayKey = (weekday: number) => weekdayKeys[(weekday - 1 + 7) % 7]!;
