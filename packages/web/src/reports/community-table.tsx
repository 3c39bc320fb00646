import type { CommunitySummary } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { formatCount } from '../shared/format';

/** The street's communities, one row each, linking to the community page. */
export function CommunityTable({ communities }: { communities: readonly CommunitySummary[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const empty = t('common.empty');
  if (communities.length === 0) return <p className="muted">{t('street.noCommunities')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('street.columns.name')}</th>
            <th scope="col" className="numeric">
              {t('street.columns.residents')}
            </th>
            <th scope="col" className="numeric">
              {t('street.columns.households')}
            </th>
            <th scope="col">{t('street.columns.attitude')}</th>
            <th scope="col" className="numeric">
              {t('street.columns.organizations')}
            </th>
          </tr>
        </thead>
        <tbody>
          {communities.map((community) => (
            <tr key={community.id} data-testid="community-row">
              <th scope="row">
                <Link to={`/communities/${community.id}`}>{community.name}</Link>
              </th>
              <td className="numeric">{formatCount(community.residentPopulation, locale) ?? empty}</td>
              <td className="numeric">{formatCount(community.households, locale) ?? empty}</td>
              <td>
                {community.committeeAttitude ? (
                  <span className={`attitude attitude--${community.committeeAttitude}`}>
                    {t(`committeeAttitude.${community.committeeAttitude}`)}
                  </span>
                ) : (
                  empty
                )}
              </td>
              <td className="numeric">{formatCount(community.organizationCount, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
