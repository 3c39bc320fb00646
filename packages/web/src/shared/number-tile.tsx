import type { Locale } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from './format';

/** One number with its label, as a tile (KPI rows on staff pages, figures on a community page). */
export function NumberTile({
  label,
  value,
  locale,
  testId,
}: {
  label: string;
  value: number | null;
  locale: Locale;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="tile" data-testid={testId}>
      <span className="tile__label">{label}</span>
      <span className="tile__value">{formatCount(value, locale) ?? t('common.empty')}</span>
    </div>
  );
}
