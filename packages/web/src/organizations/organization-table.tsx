import type { OrganizationSummary } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StageBadge } from './stage-badge';
import { StatusLabel } from './status-label';

/** Organizations as a table (name, type, stage, status, members), each linking to its page. */
export function OrganizationTable({ organizations }: { organizations: readonly OrganizationSummary[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('community.columns.name')}</th>
            <th scope="col">{t('community.columns.type')}</th>
            <th scope="col">{t('community.columns.stage')}</th>
            <th scope="col">{t('community.columns.status')}</th>
            <th scope="col" className="numeric">
              {t('community.columns.members')}
            </th>
          </tr>
        </thead>
        <tbody>
          {organizations.map((organization) => (
            <tr key={organization.id} data-testid="organization-row">
              <th scope="row">
                <Link to={`/organizations/${organization.id}`}>{organization.name}</Link>
              </th>
              <td>{t(`organizationType.${organization.organizationType}`)}</td>
              <td>
                <StageBadge stage={organization.stage} />
              </td>
              <td>
                <StatusLabel status={organization.status} />
              </td>
              <td className="numeric">{organization.memberCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
