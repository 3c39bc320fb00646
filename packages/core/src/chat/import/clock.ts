/**
 * Wall-clock times of an export, read in the export's time zone (an explicit input: exports write the
 * exporting phone's local time and do not say which zone that was). Pure: Intl's zone data, no clock.
 */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const quarterHourMilliseconds = 900_000;
const dayMilliseconds = 86_400_000;

/** Whether the runtime knows the IANA time zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function isValidClock(clock: WallClock): boolean {
  const { year, month, day, hour, minute, second } = clock;
  if (![year, month, day, hour, minute, second].every(Number.isInteger)) return false;
  if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  if (hour > 23 || minute > 59 || second > 59 || hour < 0 || minute < 0 || second < 0) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A reader of wall-clock times in `timeZone`: the UTC epoch milliseconds of a local time, or null for a
 * time that does not exist (31 February, 25:00). The zone's offset is looked up once per quarter hour
 * of UTC (every zone changes its offset on a quarter hour: Adelaide's at :30, Nepal's at :15) and cached,
 * so a million messages cost a few thousand Intl calls. Around a change the offsets a day before and a
 * day after are both tried, as `Temporal`'s "compatible" disambiguation does: in an overlap (a clock
 * hour lived twice) the earlier instant; in a gap (an hour skipped) the offset from before the change.
 */
export function wallClockReader(timeZone: string): (clock: WallClock) => number | null {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const offsets = new Map<number, number>();
  const offsetAt = (instant: number): number => {
    const quarter = Math.floor(instant / quarterHourMilliseconds);
    const cached = offsets.get(quarter);
    if (cached !== undefined) return cached;
    const at = quarter * quarterHourMilliseconds;
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(at))) parts[part.type] = Number(part.value);
    const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
    const offset = local - at;
    if (offsets.size > 100_000) offsets.clear(); // bounded memory over centuries of quarter hours
    offsets.set(quarter, offset);
    return offset;
  };
  return (clock) => {
    if (!isValidClock(clock)) return null;
    const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
    const before = offsetAt(asUtc - dayMilliseconds);
    const after = offsetAt(asUtc + dayMilliseconds);
    const early = asUtc - before;
    if (before === after) return early;
    const late = asUtc - after;
    const fits = (instant: number, offset: number) => offsetAt(instant) === offset;
    if (fits(early, before) && fits(late, after)) return Math.min(early, late); // overlap: the earlier
    if (fits(late, after)) return late;
    return early; // fits, or a gap: read with the offset from before the change
  };
}

/** A two-digit year as exports write it (WhatsApp's `12/31/20`): 2000–2099. */
export function fullYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}
