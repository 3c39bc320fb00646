import {
  formatFen,
  type GrantReviewAssignmentView,
  grantReviewInputSchema,
  reviewRecommendations,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { FormFooter } from '../shared/form-footer';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import { fenToYuanText, yuanTextToFen } from './money-input';
import { ProposalSummary } from './proposal-summary';
import './grants.css';

/**
 * A reviewer scores one assigned proposal (desktop): the proposal on the left, the sheet on the
 * right — points per criterion of the round's rubric with a note each, overall comments, a
 * recommendation and, if less than asked, the amount they would give. Blind: the page shows the
 * reviewer's own sheet only.
 */
export function ReviewSheetPage() {
  const { id = '' } = useParams();
  const { resource, reload } = useResource<GrantReviewAssignmentView>(`/api/grant-review-assignments/${id}`);
  return (
    <article className="page page--wide" data-testid="grant-review-sheet-page">
      <ResourceView resource={resource} onRetry={reload}>
        {(view) => <ReviewSheet view={view} />}
      </ResourceView>
    </article>
  );
}

interface SheetValues {
  points: Record<string, string>;
  notes: Record<string, string>;
  comment: string;
  recommendation: 'yes' | 'maybe' | 'no';
  recommendedYuan: string;
}

function ReviewSheet({ view }: { view: GrantReviewAssignmentView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  useDocumentTitle(t('grantReviews.sheet.title', { title: view.proposal.title }));
  const [isLocked] = useState(view.isReleased);
  const saved = view.review;
  const form = useSchemaForm(
    grantReviewInputSchema,
    {
      points: Object.fromEntries(
        view.rubric.map((criterion) => [
          criterion.key,
          String(saved?.scores.find((score) => score.criterionKey === criterion.key)?.points ?? ''),
        ]),
      ),
      notes: Object.fromEntries(
        view.rubric.map((criterion) => [
          criterion.key,
          saved?.scores.find((score) => score.criterionKey === criterion.key)?.comment ?? '',
        ]),
      ),
      comment: saved?.comment ?? '',
      recommendation: saved?.recommendation ?? 'yes',
      recommendedYuan: saved?.recommendedFen == null ? '' : fenToYuanText(saved.recommendedFen),
    } satisfies SheetValues,
    {
      toInput: (values) => ({
        scores: view.rubric.map((criterion) => ({
          criterionKey: criterion.key,
          points: values.points[criterion.key] === '' ? Number.NaN : Number(values.points[criterion.key]),
          comment: values.notes[criterion.key] ?? '',
        })),
        comment: values.comment,
        recommendation: values.recommendation,
        recommendedFen: values.recommendedYuan.trim() === '' ? null : (yuanTextToFen(values.recommendedYuan) ?? -1),
      }),
      send: (input) => api.put(`/api/grant-review-assignments/${view.assignment.id}/review`, input),
    },
  );
  const setIn = (field: 'points' | 'notes', key: string, value: string) =>
    form.setValues((current) => ({ ...current, [field]: { ...current[field], [key]: value } }));
  return (
    <>
      <header className="page-header">
        <h1>{t('grantReviews.sheet.title', { title: view.proposal.title })}</h1>
      </header>
      <p className="muted">
        {view.assignment.organizationName} · {view.assignment.roundName} ·{' '}
        {t('grantReviews.sheet.asked', { amount: formatFen(view.assignment.requestedFen, locale) })}
      </p>
      <div className="grant-review-columns">
        <section aria-label={t('grantReviews.sheet.proposal')}>
          <ProposalSummary content={view.proposal.content} />
        </section>
        <section>
          <p className="muted">{t('grantReviews.sheet.blind')}</p>
          {isLocked && <p role="status">{t('grantReviews.sheet.locked')}</p>}
          <form className="form" noValidate onSubmit={form.onSubmit} data-testid="grant-review-form">
            {view.rubric.map((criterion, index) => (
              <fieldset key={criterion.key} className="grant-criterion" disabled={isLocked}>
                <legend>{t('grantReviews.sheet.points', { name: criterion.name, max: criterion.maxPoints })}</legend>
                {criterion.description && <p className="muted">{criterion.description}</p>}
                <TextField
                  label={t('grantReviews.sheet.points', { name: criterion.name, max: criterion.maxPoints })}
                  inputMode="numeric"
                  value={form.values.points[criterion.key] ?? ''}
                  onChange={(value) => setIn('points', criterion.key, value)}
                  error={form.errors[`scores.${index}.points`] ?? form.errors[`scores.${index}`]}
                  testId={`grant-review-points-${criterion.key}`}
                />
                <TextField
                  label={t('grantReviews.sheet.criterionComment')}
                  value={form.values.notes[criterion.key] ?? ''}
                  onChange={(value) => setIn('notes', criterion.key, value)}
                  maxLength={500}
                />
              </fieldset>
            ))}
            <TextField
              label={t('grantReviews.sheet.comment')}
              multiline
              {...form.field('comment')}
              testId="grant-review-comment"
            />
            <SelectField
              label={t('grantReviews.sheet.recommendation')}
              value={form.values.recommendation}
              onChange={(value) => form.set('recommendation', value)}
              options={reviewRecommendations.map((value) => ({
                value,
                label: t(`grantReviews.recommendation.${value}`),
              }))}
              testId="grant-review-recommendation"
            />
            <TextField
              label={t('grantReviews.sheet.recommendedYuan')}
              inputMode="numeric"
              value={form.values.recommendedYuan}
              onChange={(value) => form.set('recommendedYuan', value)}
              error={form.errors.recommendedFen}
              testId="grant-review-recommended"
            />
            {!isLocked && (
              <FormFooter
                state={form}
                label={t('grantReviews.sheet.save')}
                savedLabel={t('grantReviews.sheet.saved')}
                testId="grant-review-save"
                statusTestId="grant-review-status"
              />
            )}
          </form>
        </section>
      </div>
    </>
  );
}
