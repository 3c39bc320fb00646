import {
  type CampaignSummary,
  defaultEvaluationForm,
  defaultEvaluationWeights,
  type EvaluationWeights,
  evaluationDimensions,
  type OrganizationList,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../shared/api';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { ResourceView } from '../shared/resource-view';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useWrite } from '../shared/use-write';
import './evaluation.css';

/**
 * Staff's evaluation campaigns (desktop): the list, and a new campaign — its teams, the weights of
 * the four dimensions (they must sum to 100; the sum shows as it is typed) and the default form.
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
  const teams = useResource<OrganizationList>('/api/organizations?limit=500');
  const [name, setName] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [period, setPeriod] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [weights, setWeights] = useState<Record<keyof EvaluationWeights, string>>(
    Object.fromEntries(evaluationDimensions.map((d) => [d, String(defaultEvaluationWeights[d])])) as Record<
      keyof EvaluationWeights,
      string
    >,
  );
  const [peerCount, setPeerCount] = useState('3');
  const write = useWrite(() => undefined);
  const sum = evaluationDimensions.reduce((total, d) => total + (Number(weights[d]) || 0), 0);
  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const submit = () =>
    write.run(async () => {
      const made = await api.post<{ id: string }>('/api/evaluation-campaigns', {
        name,
        year: Number(year),
        period,
        organizationIds: [...chosen],
        weights: Object.fromEntries(evaluationDimensions.map((d) => [d, Number(weights[d])])),
        peerCount: Number(peerCount),
      });
      navigate(`/evaluation/${made.id}`);
    });
  return (
    <section data-testid="evaluation-new-campaign">
      <h2>{t('evaluation.form.title')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          label={t('evaluation.form.name')}
          value={name}
          onChange={setName}
          maxLength={80}
          testId="evaluation-name"
        />
        <TextField label={t('evaluation.form.year')} value={year} onChange={setYear} inputMode="numeric" />
        <TextField label={t('evaluation.form.period')} value={period} onChange={setPeriod} maxLength={40} />
        <fieldset className="evaluation-weights">
          <legend>{t('evaluation.form.weights')}</legend>
          {evaluationDimensions.map((dimension) => (
            <TextField
              key={dimension}
              label={t(`evaluation.dimension.${dimension}`)}
              value={weights[dimension]}
              onChange={(value) => setWeights((current) => ({ ...current, [dimension]: value }))}
              inputMode="numeric"
              testId={`evaluation-weight-${dimension}`}
            />
          ))}
          <p className={sum === 100 ? 'muted' : 'evaluation-sum--wrong'} role="status">
            {t('evaluation.form.weightSum', { sum })}
          </p>
        </fieldset>
        <TextField
          label={t('evaluation.form.peerCount')}
          value={peerCount}
          onChange={setPeerCount}
          inputMode="numeric"
        />
        <p className="muted">{t('evaluation.form.defaultForm', { count: defaultEvaluationForm.length })}</p>
        <fieldset className="evaluation-teams">
          <legend>{t('evaluation.form.teams')}</legend>
          <ResourceView resource={teams.resource} onRetry={teams.reload}>
            {(list) => (
              <div className="evaluation-team-choices">
                {list.items
                  .filter((team) => team.status === 'active')
                  .map((team) => (
                    <label key={team.id} className="check">
                      <input
                        type="checkbox"
                        checked={chosen.has(team.id)}
                        onChange={() => toggle(team.id)}
                        data-testid="evaluation-team-choice"
                      />
                      {team.name}
                    </label>
                  ))}
              </div>
            )}
          </ResourceView>
        </fieldset>
        {write.error && <ErrorNotice message={write.error} />}
        <button type="submit" className="button" disabled={write.busy} data-testid="evaluation-create">
          {t('evaluation.form.save')}
        </button>
      </form>
    </section>
  );
}
