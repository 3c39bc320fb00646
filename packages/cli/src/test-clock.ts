/**
 * A test clock: the real clock shifted by a fixed offset. It reads a chosen instant when it is made
 * and moves on in real time from there, so the app agrees with demo data stamped on one date
 * ("today" is that date) while durations, the order of writes and rate-limit windows behave as they
 * do in life. A clock frozen at one instant would give every write the same timestamp.
 *
 * For tests and reproducible screenshots only: the e2e server runs on it (tests/support), and
 * `seedbed serve --test-clock <instant>` uses it only when asked on the command line (there is no
 * environment variable, so a production deployment cannot inherit it by accident) and says so in
 * its banner.
 */
export function shiftedClock(offsetMilliseconds: number): () => Date {
  return () => new Date(Date.now() + offsetMilliseconds);
}

/** How far `startsAt` is from the real clock now: the offset of a test clock that starts there. */
export function offsetTo(startsAt: Date): number {
  if (Number.isNaN(startsAt.getTime())) throw new Error('a test clock needs a valid instant to start at');
  return startsAt.getTime() - Date.now();
}
