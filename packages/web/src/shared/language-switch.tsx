import type { Locale } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { chooseLocale, currentLocale } from '../i18n';

/** One button that flips between the two languages; the choice is kept in localStorage. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next: Locale = currentLocale() === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <button
      type="button"
      className="button button--ghost"
      lang={next}
      aria-label={t('language.switchLabel')}
      data-testid="language-switch"
      data-locale={i18n.language}
      onClick={() => chooseLocale(next)}
    >
      {t('language.switchTo')}
    </button>
  );
}
