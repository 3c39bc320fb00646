import type { Locale } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { chooseLocale, currentLocale } from '../i18n';

/**
 * One button that flips between the two languages; the choice is kept in localStorage. Its
 * accessible name is its own text — what it shows ("English"), then why, hidden from sight — so a
 * voice-control user who says what they see reaches it (WCAG 2.5.3 label in name), and each part
 * is read in its own language.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next: Locale = currentLocale() === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <button
      type="button"
      className="button button--ghost"
      data-testid="language-switch"
      data-locale={i18n.language}
      onClick={() => chooseLocale(next)}
    >
      <span lang={next}>{t('language.switchTo')}</span>
      <span className="visually-hidden">{t('language.switchLabel')}</span>
    </button>
  );
}
