import { defaultLocale, type Locale, locales, pickLocale } from '@seedbed/core';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { type Catalogue, zhCN } from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}

/** Where the language switch remembers the choice (per browser, not per account). */
const storageKey = 'seedbed.locale';

export const catalogues: Record<Locale, Catalogue> = { 'zh-CN': zhCN, en };

function storedLocale(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return value && (locales as readonly string[]).includes(value) ? (value as Locale) : null;
  } catch {
    // Private mode or a locked-down WebView: behave as if nothing was stored.
    return null;
  }
}

export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLocale() ?? defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  // Resources are bundled, so initialisation is synchronous and the first render is translated.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export function currentLocale(): Locale {
  return pickLocale(i18n.language);
}

function applyToDocument(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

applyToDocument(currentLocale());

/** The language switch: change now and remember the choice. */
export function chooseLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(storageKey, locale);
  } catch {
    // Not remembered; the switch still works for this page.
  }
  void i18n.changeLanguage(locale);
  applyToDocument(locale);
}

/** After login: follow the account's language unless this browser has an explicit choice. */
export function adoptAccountLocale(locale: Locale): void {
  if (storedLocale() || locale === currentLocale()) return;
  void i18n.changeLanguage(locale);
  applyToDocument(locale);
}
