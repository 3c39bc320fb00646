import { defaultLocale, type Locale, locales, pickLocale } from '@seedbed/core';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { allMessageGroups, loadMessageGroups, type MessageGroup } from './capability-messages';
import { type Catalogue, zhBase } from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}

/** Where the language switch remembers the choice (per browser, not per account). */
const storageKey = 'seedbed.locale';

/**
 * Catalogues other than the default are fetched when chosen: a leader's phone on a weak network
 * downloads only the Chinese one (the bundle budget, tests/build/bundle-budget.test.ts).
 */
const loaders: Record<Locale, () => Promise<Catalogue>> = {
  // Never fetched: Chinese is always loaded (its capability groups with their pages).
  'zh-CN': () => Promise.reject(new Error('zh-CN is bundled')),
  en: () => import('./en').then((module) => module.en),
};

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
  resources: { 'zh-CN': { translation: zhBase } },
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  // The default catalogue is bundled, so initialisation is synchronous and the first render is translated.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
  // A key with no words in any loaded catalogue is a page that forgot to declare its message group
  // (shared/lazy-page.ts): say so where the end-to-end tests listen (tests/support/browser.ts).
  saveMissing: true,
  missingKeyHandler: (_languages, _namespace, key) => console.error(`[i18n] missing message: ${key}`),
});

/** The Chinese strings of the capabilities a page needs (all by default), before it renders. */
export function loadMessages(groups: readonly MessageGroup[] = allMessageGroups): Promise<void> {
  return loadMessageGroups(i18n, groups);
}

export function currentLocale(): Locale {
  return pickLocale(i18n.language);
}

function applyToDocument(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/**
 * Makes `locale` the language at once (i18n.language and Accept-Language follow immediately;
 * missing keys fall back to Chinese for the moment) and fetches its catalogue when it is not
 * loaded yet; the screens re-render in the new language when it arrives.
 */
function switchTo(locale: Locale): Promise<void> {
  void i18n.changeLanguage(locale);
  applyToDocument(locale);
  if (i18n.hasResourceBundle(locale, 'translation')) return Promise.resolve();
  return loaders[locale]().then(
    (catalogue) => {
      i18n.addResourceBundle(locale, 'translation', catalogue);
      // Re-emit languageChanged so every translated screen renders the fetched words.
      if (currentLocale() === locale) void i18n.changeLanguage(locale);
    },
    () => {
      // Could not fetch it (offline): the fallback (Chinese) stays on screen.
    },
  );
}

/**
 * Before the first render: the remembered language, fetched if it is not the default. Resolves
 * at once for the default, so the default path costs nothing.
 */
export function loadInitialLocale(): Promise<void> {
  const stored = storedLocale();
  if (!stored || stored === defaultLocale) {
    applyToDocument(defaultLocale);
    return Promise.resolve();
  }
  return switchTo(stored);
}

/** The language switch: change now and remember the choice. */
export function chooseLocale(locale: Locale): Promise<void> {
  try {
    globalThis.localStorage?.setItem(storageKey, locale);
  } catch {
    // Not remembered; the switch still works for this page.
  }
  return switchTo(locale);
}

/** After login: follow the account's language unless this browser has an explicit choice. */
export function adoptAccountLocale(locale: Locale): void {
  if (storedLocale() || locale === currentLocale()) return;
  void switchTo(locale);
}
