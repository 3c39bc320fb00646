import type { Estate } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { formatCount } from '../shared/format';

/** Estates 小区 of a community, one card each: type, age, size, property company, owners' committee, courtyards. */
export function EstateList({ estates }: { estates: readonly Estate[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const empty = t('common.empty');
  if (estates.length === 0) return <p className="muted">{t('community.noEstates')}</p>;
  return (
    <ul className="card-grid">
      {estates.map((estate) => (
        <li key={estate.id} className="card estate" data-testid="estate-card">
          <h3>{estate.name}</h3>
          <dl className="facts facts--compact">
            <div className="facts__row">
              <dt>{t('community.estate.type')}</dt>
              <dd>{t(`estateType.${estate.estateType}`)}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('community.estate.buildYear')}</dt>
              <dd>{estate.buildYear ?? empty}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('community.estate.households')}</dt>
              <dd>{formatCount(estate.households, locale) ?? empty}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('community.estate.propertyCompany')}</dt>
              <dd>{estate.propertyCompany || empty}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('community.estate.ownersCommittee')}</dt>
              <dd>{estate.ownersCommittee || empty}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('community.estate.courtyards')}</dt>
              <dd>
                {estate.courtyards.length > 0
                  ? estate.courtyards.map((courtyard) => courtyard.name).join(t('common.listSeparator'))
                  : empty}
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
