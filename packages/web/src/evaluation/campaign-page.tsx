import {
  type Campaign,
  type CampaignTable,
  campaignStatuses,
  type EvaluationResult,
  missingDimensions,
  selfGapExplanation,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { ResourceView } from '../shared/resource-view';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useWrite } from '../shared/use-write';
import { CampaignExperts } from './campaign-experts';
import { CampaignForm } from './campaign-form';
import { dimensionColumns } from './dimension-columns';
import './evaluation.css';
import { PeerPairs } from './peer-pairs';
import { ResultActions } from './result-actions';

/**
 * One campaign for staff (desktop): its weights and status with the next step (开始 → 截止 → 公布),
 * the draft's form (teams, weights, each dimension's criteria), its experts, who rates whom, the
 * results table — each dimension, the weighted total, the rank, the self-vs-others
 * gap in words — with advice per organization, the incubator's scoring and the exports.
 */
export function CampaignPage() {
  const { id = '' } = useParams();
  const table = useResource<CampaignTable>(`/api/evaluation-campaigns/${id}/table`);
  return (
    <article className="page page--wide" data-testid="evaluation-campaign-page">
      <ResourceView resource={table.resource} onRetry={table.reload}>
        {(data) => <CampaignView table={data} onChange={table.refresh} />}
      </ResourceView>
    </article>
  );
}

function CampaignView({ table, onChange }: { table: CampaignTable; onChange: () => void }) {
  const { t } = useTranslation();
  const { campaign } = table;
  useDocumentTitle(campaign.name);
  return (
    <>
      <header className="page-header">
        <h1>{campaign.name}</h1>
      </header>
      <p>
        {t(`evaluation.status.${campaign.status}`)} · {t('evaluation.campaign.weights', campaign.weights)}
      </p>
      <NextStep campaign={campaign} onChange={onChange} />
      {campaign.status === 'draft' && (
        <details className="evaluation-edit">
          <summary data-testid="evaluation-edit-toggle">{t('evaluation.campaign.edit')}</summary>
          <CampaignForm campaign={campaign} onSaved={onChange} />
        </details>
      )}
      <CampaignExperts campaign={campaign} />
      <PeerPairs campaign={campaign} />
      <Results table={table} onChange={onChange} />
      <section>
        <h2>{t('evaluation.campaign.exports')}</h2>
        <div className="evaluation-actions">
          <a className="button button--secondary" href={`/api/evaluation-campaigns/${campaign.id}/table.xlsx`}>
            {t('evaluation.campaign.tableXlsx')}
          </a>
          <a
            className="button button--secondary"
            href={`/api/evaluation-campaigns/${campaign.id}/table.pdf?lang=${currentLocale()}`}
            target="_blank"
            rel="noreferrer"
          >
            {t('evaluation.campaign.tablePdf')}
          </a>
        </div>
      </section>
    </>
  );
}

function NextStep({ campaign, onChange }: { campaign: Campaign; onChange: () => void }) {
  const { t } = useTranslation();
  const write = useWrite(onChange);
  const next = campaignStatuses[campaignStatuses.indexOf(campaign.status) + 1];
  if (next === undefined || next === 'draft') return null;
  return (
    <section className="evaluation-actions">
      <p className="muted">{t(`evaluation.campaign.moveHint.${next}`)}</p>
      <button
        type="button"
        className="button"
        disabled={write.busy}
        onClick={() => write.run(() => api.post(`/api/evaluation-campaigns/${campaign.id}/status`, { to: next }))}
        data-testid={`evaluation-move-${next}`}
      >
        {t(`evaluation.campaign.move.${next}`)}
      </button>
      {write.error && <ErrorNotice message={write.error} />}
    </section>
  );
}

function Results({ table, onChange }: { table: CampaignTable; onChange: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { campaign } = table;
  const totalOf = (result: EvaluationResult) =>
    result.total !== null
      ? String(result.total)
      : t('evaluation.campaign.waiting', {
          missing: missingDimensions(result.dimensions, campaign.weights)
            .map((d) => t(`evaluation.dimension.${d}`))
            .join('、'),
        });
  return (
    <section>
      <h2>{t('evaluation.campaign.table')}</h2>
      <p className="muted">{t('evaluation.campaign.missingNote')}</p>
      <DataTable
        testId="evaluation-results"
        rows={table.results}
        rowKey={(result) => result.organizationId}
        rowAttributes={(result) => ({ 'data-organization': result.organizationId })}
        columns={[
          { label: t('evaluation.campaign.team'), isRowHeader: true, cell: (result) => result.organizationName },
          ...dimensionColumns(campaign, t),
          { label: t('evaluation.campaign.total'), isNumeric: true, cell: totalOf, testId: 'evaluation-total' },
          { label: t('evaluation.campaign.rank'), isNumeric: true, cell: (result) => result.rank ?? '—' },
          {
            label: t('evaluation.campaign.gap'),
            testId: 'evaluation-gap',
            cell: (result) =>
              result.gap ? (
                <span className={result.gap.isSignal ? 'evaluation-gap--signal' : undefined}>
                  {selfGapExplanation(result.gap, locale)}
                </span>
              ) : (
                '—'
              ),
          },
          {
            label: t('evaluation.campaign.advice'),
            cell: (result) => <AdviceForm campaign={campaign} result={result} onSaved={onChange} />,
          },
          {
            label: t('evaluation.campaign.reportPdf'),
            isLabelHidden: true,
            cell: (result) => <ResultActions campaign={campaign} result={result} />,
          },
        ]}
      />
    </section>
  );
}

function AdviceForm({
  campaign,
  result,
  onSaved,
}: {
  campaign: Campaign;
  result: EvaluationResult;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [advice, setAdvice] = useState(result.advice);
  const [isSaved, setSaved] = useState(false);
  const write = useWrite(() => {
    setSaved(true);
    onSaved();
  });
  if (campaign.status === 'released') return <span>{result.advice || '—'}</span>;
  return (
    <div>
      <TextField
        label={t('evaluation.campaign.advice')}
        value={advice}
        onChange={(value) => {
          setAdvice(value);
          setSaved(false);
        }}
        multiline
        maxLength={5000}
        testId="evaluation-advice"
      />
      <button
        type="button"
        className="button button--secondary"
        disabled={write.busy}
        onClick={() =>
          write.run(() =>
            api.put(`/api/evaluation-campaigns/${campaign.id}/advice`, {
              organizationId: result.organizationId,
              advice,
            }),
          )
        }
        data-testid="evaluation-save-advice"
      >
        {t('evaluation.campaign.saveAdvice')}
      </button>
      {isSaved && <span role="status">{t('evaluation.campaign.adviceSaved')}</span>}
      {write.error && <ErrorNotice message={write.error} />}
    </div>
  );
}
