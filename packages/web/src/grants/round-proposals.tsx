import { formatFen, type GrantProposalSummary } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { DataTable } from '../shared/data-table';
import { formatDateTime } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';

/** A round's proposals on its staff page: title, team, money asked, status and endorsement, newest change last seen. */
export function RoundProposals({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { resource, reload } = useResource<GrantProposalSummary[]>(
    `/api/grant-rounds/${encodeURIComponent(roundId)}/proposals`,
  );
  return (
    <section data-testid="round-proposals">
      <h2>{t('proposals.list.title')}</h2>
      <ResourceView resource={resource} onRetry={reload}>
        {(proposals) =>
          proposals.length === 0 ? (
            <p className="muted">{t('proposals.list.empty')}</p>
          ) : (
            <>
              <p>
                {t('proposals.list.total', {
                  count: proposals.length,
                  total: formatFen(
                    proposals.reduce((sum, proposal) => sum + proposal.requestedFen, 0),
                    locale,
                  ),
                })}
              </p>
              <DataTable
                rows={proposals}
                rowKey={(proposal) => proposal.id}
                rowTestId="round-proposal"
                testId="round-proposals-table"
                columns={[
                  {
                    label: t('proposals.fields.title'),
                    isRowHeader: true,
                    cell: (proposal) => <Link to={`/proposals/${proposal.id}`}>{proposal.title}</Link>,
                  },
                  { label: t('proposals.page.team'), cell: (proposal) => proposal.organization.name },
                  {
                    label: t('proposals.page.requested'),
                    isNumeric: true,
                    cell: (proposal) => formatFen(proposal.requestedFen, locale),
                    testId: 'round-proposal-requested',
                  },
                  { label: t('proposals.list.status'), cell: (proposal) => t(`proposals.status.${proposal.status}`) },
                  {
                    label: t('proposals.page.endorsement'),
                    cell: (proposal) => t(`proposals.endorsementStatus.${proposal.endorsementStatus}`),
                  },
                  {
                    label: t('proposals.list.updated'),
                    cell: (proposal) => formatDateTime(proposal.updatedAt, locale),
                  },
                ]}
              />
            </>
          )
        }
      </ResourceView>
    </section>
  );
}
