import {
  assessmentInputSchema,
  type Campaign,
  type EvaluationResult,
  type Stage,
  shanghaiDate,
  stagesOf,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

/**
 * What staff do with one team's line of the campaign table: its incubator sheet while open, its
 * report as PDF and .xlsx, and — once closed, with a total — 以评促建: open a stage assessment of the
 * team with this result as its evidence (the server writes the total, rank and gap in; the advice
 * goes along).
 */
export function ResultActions({ campaign, result }: { campaign: Campaign; result: EvaluationResult }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const report = `/api/evaluation-campaigns/${campaign.id}/report`;
  const query = `organizationId=${result.organizationId}`;
  const canAssess = (campaign.status === 'closed' || campaign.status === 'released') && result.total !== null;
  return (
    <div className="evaluation-row-actions">
      {campaign.status === 'open' && (
        <Link to={`/evaluation/${campaign.id}/sheet?dimension=incubator&${query}`}>
          {t('evaluation.campaign.incubatorSheet')}
        </Link>
      )}
      <a href={`${report}.pdf?${query}&lang=${locale}`} target="_blank" rel="noreferrer">
        {t('evaluation.campaign.reportPdf')}
      </a>
      <a href={`${report}.xlsx?${query}&lang=${locale}`} data-testid="evaluation-report-xlsx">
        {t('evaluation.campaign.reportXlsx')}
      </a>
      {canAssess && <StageFromResult campaign={campaign} result={result} />}
    </div>
  );
}

function StageFromResult({ campaign, result }: { campaign: Campaign; result: EvaluationResult }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const form = useSchemaForm(
    assessmentInputSchema,
    { stage: 'sapling' as Stage, assessedOn: shanghaiDate(new Date()) },
    {
      toInput: ({ stage, assessedOn }) => ({ stage, assessedOn, criteria: [], evidence: [] }),
      send: (assessment) =>
        api.post(`/api/evaluation-campaigns/${campaign.id}/stage-assessments`, {
          organizationId: result.organizationId,
          assessment,
        }),
    },
  );
  if (!isOpen)
    return (
      <button
        type="button"
        className="button button--secondary"
        onClick={() => setOpen(true)}
        data-testid="evaluation-open-assessment"
      >
        {t('evaluation.assess.open')}
      </button>
    );
  return (
    <form className="form" noValidate onSubmit={form.onSubmit} data-testid="evaluation-assess-form">
      <p className="muted">{t('evaluation.assess.hint', { name: result.organizationName })}</p>
      <SelectField
        label={t('evaluation.assess.stage')}
        {...form.field('stage')}
        options={stagesOf('five_stage').map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))}
        testId="evaluation-assess-stage"
      />
      <TextField label={t('evaluation.assess.date')} type="date" {...form.field('assessedOn')} />
      <FormFooter
        state={form}
        label={t('evaluation.assess.save')}
        savedLabel={t('evaluation.assess.saved')}
        testId="evaluation-assess-save"
      />
      {form.isSaved && <Link to={`/organizations/${result.organizationId}`}>{t('evaluation.assess.seeTeam')}</Link>}
    </form>
  );
}
