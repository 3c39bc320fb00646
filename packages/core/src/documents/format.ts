import type { Locale } from '../shared/locale';

/**
 * How a printed sheet shows an activity's time: in Asia/Shanghai (UTC+8, no daylight saving), with
 * the weekday, because a leader reads "星期六上午" before the date. One day: "2026年6月27日（星期六）
 * 09:00–11:00"; across days both ends are written in full.
 */
export function formatActivityTime(startsAt: string, endsAt: string, locale: Locale): string {
  const start = shanghaiParts(startsAt);
  const end = shanghaiParts(endsAt);
  const sameDay = start.year === end.year && start.month === end.month && start.day === end.day;
  if (locale === 'zh-CN') {
    const day = (p: Parts) => `${p.year}年${p.month}月${p.day}日（${zhWeekdays[p.weekday]}）`;
    return sameDay
      ? `${day(start)} ${start.time}–${end.time}`
      : `${day(start)} ${start.time} – ${day(end)} ${end.time}`;
  }
  const day = (p: Parts) => `${enWeekdays[p.weekday]} ${p.day} ${enMonths[p.month - 1]} ${p.year}`;
  return sameDay
    ? `${day(start)}, ${start.time}–${end.time}`
    : `${day(start)}, ${start.time} – ${day(end)}, ${end.time}`;
}

/** The Shanghai calendar date (YYYY-MM-DD) of an ISO instant, for file names. */
export function shanghaiDateOf(instant: string): string {
  const p = shanghaiParts(instant);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  time: string;
}

const zhWeekdays = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;
const enWeekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const enMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function shanghaiParts(instant: string): Parts {
  const shifted = new Date(new Date(instant).getTime() + 8 * 60 * 60 * 1000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    time: `${String(shifted.getUTCHours()).padStart(2, '0')}:${String(shifted.getUTCMinutes()).padStart(2, '0')}`,
  };
}
