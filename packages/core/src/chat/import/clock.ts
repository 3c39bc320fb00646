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

const hourMilliseconds = 3_600_000;

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
 * time that does not exist (31 February, 25:00). The zone's offset is looked up once per UTC hour and
 * cached, so a million messages cost a few thousand Intl calls. In a daylight-saving gap or overlap the
 * earlier offset wins, as `Temporal`'s "compatible" disambiguation does for overlaps.
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
    const hour = Math.floor(instant / hourMilliseconds);
    const cached = offsets.get(hour);
    if (cached !== undefined) return cached;
    const at = hour * hourMilliseconds;
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(at))) parts[part.type] = Number(part.value);
    const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
    const offset = local - at;
    if (offsets.size > 100_000) offsets.clear(); // bounded memory over centuries of hours
    offsets.set(hour, offset);
    return offset;
  };
  return (clock) => {
    if (!isValidClock(clock)) return null;
    const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
    const first = asUtc - offsetAt(asUtc);
    return asUtc - offsetAt(first);
  };
}

/** A two-digit year as exports write it (WhatsApp's `12/31/20`): 2000–2099. */
export function fullYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}
