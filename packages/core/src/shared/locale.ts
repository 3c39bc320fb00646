/** The two languages every user-facing string exists in. zh-CN is the default: Seedbed's users are in Chinese cities. */
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

/** Picks the best supported locale from an Accept-Language header or a stored preference. */
export function pickLocale(preference: string | null | undefined): Locale {
  if (!preference) return defaultLocale;
  for (const part of preference.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return defaultLocale;
}
