import type { CampaignSummary } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { CampaignForm } from './campaign-form';
import './evaluation.css';

/**
 * Staff's evaluation campaigns (desktop): the list, and a new campaign (campaign-form.tsx) — its
 * teams, the weights of the four dimensions (they must sum to 100; the sum shows as it is typed) and
 * each dimension's form, the default one unless staff change it.
 */
export function CampaignListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('evaluation.list.title'));
  const { resource, reload } = useResource<CampaignSummary[]>('/api/evaluation-campaigns');
  return (
    <article className="page page--wide" data-testid="evaluation-campaigns-page">
      <header className="page-header">
        <h1>{t('evaluation.list.title')}</h1>
      </header>
      <ResourceView resource={resource} onRetry={reload}>
        {(campaigns) =>
          campaigns.length === 0 ? (
            <p className="muted">{t('evaluation.list.empty')}</p>
          ) : (
            <DataTable
              testId="evaluation-campaign-list"
              rows={campaigns}
              rowKey={(campaign) => campaign.id}
              columns={[
                {
                  label: t('evaluation.list.name'),
                  isRowHeader: true,
                  cell: (campaign) => <Link to={`/evaluation/${campaign.id}`}>{campaign.name}</Link>,
                },
                { label: t('evaluation.list.year'), cell: (campaign) => campaign.year, isNumeric: true },
                { label: t('evaluation.list.state'), cell: (campaign) => t(`evaluation.status.${campaign.status}`) },
              ]}
            />
          )
        }
      </ResourceView>
      <NewCampaignForm />
    </article>
  );
}

function NewCampaignForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <section data-testid="evaluation-new-campaign">
      <h2>{t('evaluation.form.title')}</h2>
      <CampaignForm onSaved={(made) => navigate(`/evaluation/${made.id}`)} />
    </section>
  );
}
