import { type CommunitySummary, can } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { DataTable } from '../shared/data-table';
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
    <DataTable
      rows={communities}
      rowKey={(community) => community.id}
      rowTestId="community-row"
      columns={[
        {
          label: t('street.columns.name'),
          isRowHeader: true,
          cell: (community) => <Link to={`/communities/${community.id}`}>{community.name}</Link>,
        },
        {
          label: t('street.columns.residents'),
          isNumeric: true,
          cell: (community) => formatCount(community.residentPopulation, locale) ?? empty,
        },
        {
          label: t('street.columns.households'),
          isNumeric: true,
          cell: (community) => formatCount(community.households, locale) ?? empty,
        },
        mayReadAttitude && {
          label: t('street.columns.attitude'),
          cell: (community) =>
            community.committeeAttitude ? (
              <span className={`attitude attitude--${community.committeeAttitude}`}>
                {t(`committeeAttitude.${community.committeeAttitude}`)}
              </span>
            ) : (
              empty
            ),
        },
        {
          label: t('street.columns.organizations'),
          isNumeric: true,
          cell: (community) => formatCount(community.organizationCount, locale),
        },
      ]}
    />
  );
}
