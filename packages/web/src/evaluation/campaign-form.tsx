import {
  type Campaign,
  campaignInputSchema,
  defaultEvaluationForms,
  defaultEvaluationWeights,
  type EvaluationDimension,
  evaluationCriterionSchema,
  evaluationDimensions,
  type GrantRoundSummary,
  type OrganizationList,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { ResourceView } from '../shared/resource-view';
import { fieldConstraints } from '../shared/schema-fields';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import { CriteriaEditor, type CriterionDraft, criterionDraftsOf } from './criteria-editor';

type Values = {
  name: string;
  year: string;
  period: string;
  /** The grant round it evaluates ('' for a standalone campaign, such as the year-end one). */
  roundId: string;
  peerCount: string;
  organizationIds: string[];
  weights: Record<EvaluationDimension, string>;
  forms: Record<EvaluationDimension, CriterionDraft[]>;
};

const mapDimensions = <T,>(of: (dimension: EvaluationDimension) => T) =>
  Object.fromEntries(evaluationDimensions.map((dimension) => [dimension, of(dimension)])) as Record<
    EvaluationDimension,
    T
  >;

function valuesOf(campaign: Campaign | undefined): Values {
  return {
    name: campaign?.name ?? '',
    year: String(campaign?.year ?? new Date().getFullYear()),
    period: campaign?.period ?? '',
    roundId: campaign?.roundId ?? '',
    peerCount: String(campaign?.peerCount ?? 3),
    organizationIds: campaign?.organizations.map((o) => o.id) ?? [],
    weights: mapDimensions((d) => String((campaign?.weights ?? defaultEvaluationWeights)[d])),
    forms: mapDimensions((d) => criterionDraftsOf((campaign?.forms ?? defaultEvaluationForms)[d])),
  };
}

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/**
 * A campaign's draft, made and edited in one form (core's `campaignInputSchema` parses it and gives
 * the limits): name, year, period, the teams, the four weights with their sum shown live (it must be
 * 100), how many others each team rates, and each dimension's form of criteria. Only a draft is
 * edited; opening fixes it.
 */
export function CampaignForm({ campaign, onSaved }: { campaign?: Campaign; onSaved: (saved: Campaign) => void }) {
  const { t } = useTranslation();
  const teams = useResource<OrganizationList>('/api/organizations?limit=500');
  const rounds = useResource<GrantRoundSummary[]>('/api/grant-rounds');
  const form = useSchemaForm(campaignInputSchema, valuesOf(campaign), {
    toInput: (values: Values) => ({
      name: values.name,
      year: numberOf(values.year),
      period: values.period,
      roundId: values.roundId === '' ? null : values.roundId,
      organizationIds: values.organizationIds,
      peerCount: numberOf(values.peerCount),
      weights: mapDimensions((d) => numberOf(values.weights[d])),
      forms: mapDimensions((d) => values.forms[d].map((c) => ({ ...c, maxPoints: numberOf(c.maxPoints) }))),
    }),
    send: (data) =>
      campaign
        ? api.put<Campaign>(`/api/evaluation-campaigns/${campaign.id}`, data)
        : api.post<Campaign>('/api/evaluation-campaigns', data),
    onSaved,
  });
  const { values } = form;
  const sum = evaluationDimensions.reduce((total, d) => total + (Number(values.weights[d]) || 0), 0);
  const toggle = (id: string) =>
    form.set(
      'organizationIds',
      values.organizationIds.includes(id)
        ? values.organizationIds.filter((chosen) => chosen !== id)
        : [...values.organizationIds, id],
    );
  const criterionLimits = (field: 'title' | 'description') => fieldConstraints(evaluationCriterionSchema, field);
  return (
    <form className="form" noValidate onSubmit={form.onSubmit} data-testid="evaluation-campaign-form">
      <TextField label={t('evaluation.form.name')} {...form.field('name')} testId="evaluation-name" />
      <TextField label={t('evaluation.form.year')} {...form.field('year')} inputMode="numeric" />
      <TextField label={t('evaluation.form.period')} {...form.field('period')} />
      <SelectField
        label={t('evaluation.form.round')}
        value={values.roundId}
        onChange={(roundId) => form.set('roundId', roundId)}
        placeholder={t('evaluation.form.standalone')}
        options={
          rounds.resource.status === 'ready' ? rounds.resource.data.map((r) => ({ value: r.id, label: r.name })) : []
        }
        error={form.errors.roundId}
        testId="evaluation-round"
      />
      <fieldset className="evaluation-weights">
        <legend>{t('evaluation.form.weights')}</legend>
        {evaluationDimensions.map((dimension) => (
          <TextField
            key={dimension}
            label={t(`evaluation.dimension.${dimension}`)}
            value={values.weights[dimension]}
            onChange={(value) => form.set('weights', { ...values.weights, [dimension]: value })}
            error={form.errors[`weights.${dimension}`]}
            inputMode="numeric"
            testId={`evaluation-weight-${dimension}`}
          />
        ))}
        <p
          className={sum === 100 ? 'muted' : 'evaluation-sum--wrong'}
          role="status"
          data-testid="evaluation-weight-sum"
        >
          {t('evaluation.form.weightSum', { sum })}
        </p>
        {form.errors.weights && <p className="field__error">{form.errors.weights}</p>}
      </fieldset>
      <TextField
        label={t('evaluation.form.peerCount')}
        {...form.field('peerCount')}
        hint={t('evaluation.form.peerCountHint')}
        inputMode="numeric"
      />
      <fieldset className="evaluation-teams">
        <legend>{t('evaluation.form.teams')}</legend>
        <ResourceView resource={teams.resource} onRetry={teams.reload}>
          {(list) => (
            <div className="evaluation-team-choices">
              {list.items
                .filter((team) => team.status === 'active' || values.organizationIds.includes(team.id))
                .map((team) => (
                  <label key={team.id} className="check">
                    <input
                      type="checkbox"
                      checked={values.organizationIds.includes(team.id)}
                      onChange={() => toggle(team.id)}
                      data-testid="evaluation-team-choice"
                    />
                    {team.name}
                  </label>
                ))}
            </div>
          )}
        </ResourceView>
        {form.errors.organizationIds && <p className="field__error">{form.errors.organizationIds}</p>}
      </fieldset>
      <details className="evaluation-forms">
        <summary data-testid="evaluation-forms-toggle">{t('evaluation.editor.summary')}</summary>
        {evaluationDimensions.map((dimension) => (
          <CriteriaEditor
            key={dimension}
            dimension={dimension}
            criteria={values.forms[dimension]}
            onChange={(next) => form.set('forms', { ...values.forms, [dimension]: next })}
            errors={form.errors}
            limits={criterionLimits}
          />
        ))}
      </details>
      <FormFooter
        state={form}
        label={campaign ? t('evaluation.form.update') : t('evaluation.form.save')}
        testId="evaluation-create"
      />
    </form>
  );
}
