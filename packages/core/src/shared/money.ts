import type { Locale } from './locale';

/**
 * Money is integer fen (分) end to end; this is the one place it becomes yuan text.
 * Takes bigint or a safe integer so database values (bigint) and JSON values (number) both work.
 */
export function formatFen(fen: bigint | number, locale: Locale = 'zh-CN'): string {
  const value = typeof fen === 'bigint' ? fen : BigInt(fen);
  const negative = value < 0n;
  const absolute = negative ? -value : value;
  const yuan = absolute / 100n;
  const cents = (absolute % 100n).toString().padStart(2, '0');
  const grouped = yuan.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const prefix = locale === 'en' ? 'CNY ' : '¥';
  return `${negative ? '-' : ''}${prefix}${grouped}.${cents}`;
}
