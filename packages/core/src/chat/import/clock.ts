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

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

export function isValidClock(clock: WallClock): boolean {
  const { year, month, day, hour, minute, second } = clock;
  const isWhole =
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    Number.isInteger(hour) &&
    Number.isInteger(minute) &&
    Number.isInteger(second);
  if (!isWhole) return false;
  if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  if (hour > 23 || minute > 59 || second > 59 || hour < 0 || minute < 0 || second < 0) return false;
  return day <= daysInMonth[month - 1]! + (month === 2 && isLeapYear(year) ? 1 : 0);
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
  // The last quarter hour read with one offset on both sides (no change within a day): messages come in
  // time order, so most are read from it without a lookup.
  let steadyQuarter = Number.NaN;
  let steadyOffset = 0;
  return (clock) => {
    if (!isValidClock(clock)) return null;
    const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
    const quarter = Math.floor(asUtc / quarterHourMilliseconds);
    if (quarter === steadyQuarter) return asUtc - steadyOffset;
    const before = offsetAt(asUtc - dayMilliseconds);
    const after = offsetAt(asUtc + dayMilliseconds);
    const early = asUtc - before;
    if (before === after) {
      steadyQuarter = quarter;
      steadyOffset = before;
      return early;
    }
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
