import type { CampaignSummary, CampaignTable } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { dimensionColumns } from './dimension-columns';
import './evaluation.css';

/**
 * Released campaigns for officials and funders (their scope): each organization's dimensions, total
 * and rank — to follow the street's teams and what the money built. The server sends no advice, no
 * sheets and no rater (`readReleasedTable`); this page shows only what it sends.
 */
export function ReleasedListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('evaluation.released.title'));
  const { resource, reload } = useResource<CampaignSummary[]>('/api/evaluation-campaigns/released');
  return (
    <article className="page" data-testid="evaluation-released-page">
      <header className="page-header">
        <h1>{t('evaluation.released.title')}</h1>
      </header>
      <p className="muted">{t('evaluation.released.hint')}</p>
      <ResourceView resource={resource} onRetry={reload}>
        {(campaigns) =>
          campaigns.length === 0 ? (
            <p className="muted">{t('evaluation.released.empty')}</p>
          ) : (
            <ul className="evaluation-tasks">
              {campaigns.map((campaign) => (
                <li key={campaign.id}>
                  <Link to={`/evaluation/released/${campaign.id}`} data-testid="evaluation-released-link">
                    {campaign.name} · {campaign.year}
                  </Link>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
    </article>
  );
}

export function ReleasedCampaignPage() {
  const { id = '' } = useParams();
  const { resource, reload } = useResource<CampaignTable>(`/api/evaluation-campaigns/${id}/released-table`);
  return (
    <article className="page page--wide" data-testid="evaluation-released-campaign-page">
      <ResourceView resource={resource} onRetry={reload}>
        {(table) => <ReleasedTable table={table} />}
      </ResourceView>
    </article>
  );
}

function ReleasedTable({ table }: { table: CampaignTable }) {
  const { t } = useTranslation();
  const { campaign } = table;
  useDocumentTitle(campaign.name);
  return (
    <>
      <header className="page-header">
        <h1>{campaign.name}</h1>
      </header>
      <p>{t('evaluation.campaign.weights', campaign.weights)}</p>
      <p className="muted">{t('evaluation.released.anonymous')}</p>
      <DataTable
        testId="evaluation-released-results"
        rows={[...table.results].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))}
        rowKey={(result) => result.organizationId}
        columns={[
          { label: t('evaluation.campaign.team'), isRowHeader: true, cell: (result) => result.organizationName },
          { label: t('evaluation.campaign.rank'), isNumeric: true, cell: (result) => result.rank ?? '—' },
          {
            label: t('evaluation.campaign.total'),
            isNumeric: true,
            cell: (result) => result.total ?? t('evaluation.released.pending'),
          },
          ...dimensionColumns(campaign, t),
        ]}
      />
    </>
  );
}
