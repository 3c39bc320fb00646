import { shiftedClock } from '@seedbed/cli';
import { shanghaiDate } from '@seedbed/core';
import { inject } from 'vitest';

/**
 * "Now" on the e2e test clock, the one the server and the browsers run on (support/global-setup-e2e.ts):
 * 10:00 in Shanghai on the demo's today when the run began, moving on in real time. Journeys that
 * write rows around "now" (an activity under way, a date two weeks back) take their times from here.
 */
export function testNow(): Date {
  return shiftedClock(inject('clockOffsetMilliseconds'))();
}

/** The Shanghai date `days` days from the test clock's today (YYYY-MM-DD). */
export function testDate(days = 0): string {
  return shanghaiDate(new Date(testNow().getTime() + days * 86_400_000));
}
