import type { OrganizationSummary } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../shared/data-table';
import { StageBadge } from './stage-badge';
import { StatusLabel } from './status-label';

/**
 * Organizations as a table (name, type, stage, status, members), each linking to its page; a list
 * across communities names each one's home community.
 */
export function OrganizationTable({
  organizations,
  withHomeCommunity = false,
}: {
  organizations: readonly OrganizationSummary[];
  withHomeCommunity?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <DataTable
      rows={organizations}
      rowKey={(organization) => organization.id}
      rowTestId="organization-row"
      columns={[
        {
          label: t('community.columns.name'),
          isRowHeader: true,
          cell: (organization) => <Link to={`/organizations/${organization.id}`}>{organization.name}</Link>,
        },
        withHomeCommunity && {
          label: t('organizations.newOrganization.homeCommunity'),
          cell: (organization) => organization.homeCommunityName,
        },
        {
          label: t('community.columns.type'),
          cell: (organization) => t(`organizationType.${organization.organizationType}`),
        },
        { label: t('community.columns.stage'), cell: (organization) => <StageBadge stage={organization.stage} /> },
        { label: t('community.columns.status'), cell: (organization) => <StatusLabel status={organization.status} /> },
        { label: t('community.columns.members'), isNumeric: true, cell: (organization) => organization.memberCount },
      ]}
    />
  );
}
