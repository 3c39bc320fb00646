import { type CommunitySummary, can } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { formatCount } from '../shared/format';
import { useUser } from '../shared/session';

/** The street's communities, one row each, linking to the community page. */
export function CommunityTable({ communities }: { communities: readonly CommunitySummary[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const empty = t('common.empty');
  // 居委会态度 is the incubator's judgement: the column is there for its staff only.
  const mayReadAttitude = can(useUser(), 'community.committee_attitude.read');
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
            {mayReadAttitude && <th scope="col">{t('street.columns.attitude')}</th>}
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
              {mayReadAttitude && (
                <td>
                  {community.committeeAttitude ? (
                    <span className={`attitude attitude--${community.committeeAttitude}`}>
                      {t(`committeeAttitude.${community.committeeAttitude}`)}
                    </span>
                  ) : (
                    empty
                  )}
                </td>
              )}
              <td className="numeric">{formatCount(community.organizationCount, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
