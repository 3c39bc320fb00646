import type { Locale, StreetOverview } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { NumberTile } from '../shared/number-tile';

/** The organizations' tiles of a dashboard (street or community): all of them, then by status. */
export function OrganizationTiles({
  statusCounts,
  locale,
}: {
  statusCounts: StreetOverview['statusCounts'];
  locale: Locale;
}) {
  const { t } = useTranslation();
  const { active, inactive, dissolved } = statusCounts;
  return (
    <>
      <NumberTile
        label={t('street.kpi.organizations')}
        value={active + inactive + dissolved}
        locale={locale}
        testId="kpi-organizations"
      />
      <NumberTile label={t('street.kpi.active')} value={active} locale={locale} testId="kpi-active" />
      <NumberTile label={t('street.kpi.inactive')} value={inactive} locale={locale} testId="kpi-inactive" />
      <NumberTile label={t('street.kpi.dissolved')} value={dissolved} locale={locale} testId="kpi-dissolved" />
    </>
  );
}
