import type { TFunction } from 'i18next';

/** "X 小时 Y 分钟" from whole minutes. */
export function formatMinutes(minutes: number, t: TFunction): string {
  const whole = Math.max(0, Math.floor(minutes));
  return t('volunteering.minutes', { hours: Math.floor(whole / 60), minutes: whole % 60 });
}
