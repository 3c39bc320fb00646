import {
  type DecisionCandidateView,
  type DeterminationKind,
  determinationInputSchema,
  determinationKinds,
  formatFen,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import { yuanTextToFen } from './money-input';

/**
 * The committee's determination on one proposal: approve (the amount defaults to what was ticked
 * in the table; a reason when less than asked), decline, or ask for more information — the reason
 * is what the team reads on its phone. Core's `determinationProblems` is the server's rule.
 */
export function DeterminationForm({
  candidate,
  suggestedYuan,
  onCancel,
  onSaved,
}: {
  candidate: DecisionCandidateView;
  suggestedYuan: string;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const form = useSchemaForm(
    determinationInputSchema,
    {
      determination: (candidate.determination ?? 'approved') as DeterminationKind,
      amountYuan: suggestedYuan,
      reason: candidate.determinationReason ?? '',
    },
    {
      toInput: (values) => ({
        determination: values.determination,
        approvedFen: values.determination === 'approved' ? (yuanTextToFen(values.amountYuan) ?? -1) : null,
        reason: values.reason,
      }),
      fieldMessages: { approvedFen: t('grants.form.notFen') },
      send: (input) => api.put(`/api/grant-proposals/${candidate.proposalId}/determination`, input),
      onSaved,
    },
  );
  return (
    <section className="card" aria-labelledby="grant-decide-title">
      <h2 id="grant-decide-title">{t('grantReviews.decide.title', { title: candidate.title })}</h2>
      <p className="muted">{formatFen(candidate.requestedFen, locale)}</p>
      <form className="form" noValidate onSubmit={form.onSubmit} data-testid="grant-determination-form">
        <SelectField
          label={t('grantReviews.decide.kind')}
          value={form.values.determination}
          onChange={(value) => form.set('determination', value)}
          options={determinationKinds.map((kind) => ({ value: kind, label: t(`grantReviews.determination.${kind}`) }))}
          testId="grant-determination-kind"
        />
        {form.values.determination === 'approved' && (
          <TextField
            label={t('grantReviews.decide.amountYuan')}
            inputMode="numeric"
            value={form.values.amountYuan}
            onChange={(value) => form.set('amountYuan', value)}
            error={form.errors.approvedFen}
            testId="grant-determination-amount"
          />
        )}
        <TextField
          label={t('grantReviews.decide.reason')}
          hint={t('grantReviews.decide.reasonHint')}
          multiline
          {...form.field('reason')}
          testId="grant-determination-reason"
        />
        <FormFooter
          state={form}
          label={t('grantReviews.decide.save')}
          savedLabel={t('grantReviews.decide.saved')}
          testId="grant-determination-save"
        >
          <button type="button" className="button" onClick={onCancel}>
            {t('grantReviews.decide.cancel')}
          </button>
        </FormFooter>
      </form>
    </section>
  );
}
