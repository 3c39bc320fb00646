/** Dates are shown in China's time zone whatever the server's zone is. */
export const displayTimeZone = 'Asia/Shanghai';

/** The calendar date (YYYY-MM-DD) of an instant in Asia/Shanghai. */
export function shanghaiDate(instant: Date): string {
  const shifted = new Date(instant.getTime() + 8 * 60 * 60 * 1000);
  return shifted.toISOString().slice(0, 10);
}
