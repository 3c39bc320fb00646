import { displayTimeZone, type Locale } from '@seedbed/core';

/** Display formatting at the edge. Missing values come back `null` so the caller shows its own placeholder. */

export function formatCount(value: number | null | undefined, locale: Locale): string | null {
  if (value === null || value === undefined) return null;
  return new Intl.NumberFormat(locale).format(value);
}

/** A calendar date `YYYY-MM-DD` (no time zone of its own) as a long local date. */
export function formatDate(isoDate: string | null | undefined, locale: Locale): string | null {
  if (!isoDate) return null;
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An instant, shown in Shanghai time whatever the device's zone. */
export function formatDateTime(isoInstant: string | null | undefined, locale: Locale): string | null {
  if (!isoInstant) return null;
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: displayTimeZone }).format(
    date,
  );
}
