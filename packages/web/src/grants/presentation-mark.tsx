import { type DecisionCandidateView, presentationScoreInputSchema } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { useSchemaForm } from '../shared/use-schema-form';

/**
 * A decision-table cell for 展示评审 (public presentation): the marks so far (their mean and how
 * many judges), and a box for staff to enter one more judge's mark out of 100 as it is read out.
 */
export function PresentationMark({
  candidate,
  onRecorded,
}: {
  candidate: DecisionCandidateView;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const { presentationMean, presentationCount } = candidate.scores;
  const form = useSchemaForm(
    presentationScoreInputSchema,
    { points: '' },
    {
      toInput: ({ points }) => ({ points: points.trim() === '' ? undefined : Number(points) }),
      send: (body) => api.post(`/api/grant-proposals/${candidate.proposalId}/presentation-scores`, body),
      afterSave: 'reset',
      onSaved: onRecorded,
    },
  );
  return (
    <form className="grant-presentation" noValidate onSubmit={form.onSubmit} data-testid="grant-presentation">
      <span data-testid="grant-presentation-mean">
        {presentationMean === null
          ? t('grantReviews.presentation.none')
          : t('grantReviews.presentation.mean', { mean: presentationMean.toFixed(2), count: presentationCount })}
      </span>
      <input
        className="grant-amount"
        type="number"
        min={0}
        max={100}
        inputMode="numeric"
        aria-label={t('grantReviews.presentation.points', { title: candidate.title })}
        aria-invalid={form.errors.points ? true : undefined}
        value={form.values.points}
        onChange={(event) => form.set('points', event.target.value)}
        data-testid="grant-presentation-points"
      />
      <button type="submit" className="button" disabled={form.isSubmitting} data-testid="grant-presentation-add">
        {t('grantReviews.presentation.add')}
      </button>
      {(form.errors.points || form.failure) && <p className="field__error">{form.errors.points ?? form.failure}</p>}
    </form>
  );
}
