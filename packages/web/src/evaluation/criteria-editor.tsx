import type { EvaluationCriterion, EvaluationDimension, EvaluationForm } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/text-field';
import type { FieldErrors } from '../shared/validation';

/** A criterion as typed: the points as text until the schema reads them. */
export type CriterionDraft = Omit<EvaluationCriterion, 'maxPoints'> & { maxPoints: string };

export const criterionDraftsOf = (form: EvaluationForm): CriterionDraft[] =>
  form.map((criterion) => ({ ...criterion, maxPoints: String(criterion.maxPoints) }));

/** A key no other criterion of the form has (the key ties saved sheets to their criterion; staff never type it). */
function newKey(criteria: readonly CriterionDraft[]): string {
  let n = criteria.length + 1;
  while (criteria.some((criterion) => criterion.key === `c${n}`)) n++;
  return `c${n}`;
}

/**
 * One dimension's form while a campaign is a draft: each criterion's title, maximum points and how
 * to judge it; add, remove, move up and down. The maxima's sum shows as it is typed (a sheet is put
 * on 100 from it, so any sum works). Limits come from core's `evaluationCriterionSchema` via the form.
 */
export function CriteriaEditor({
  dimension,
  criteria,
  onChange,
  errors,
  limits,
}: {
  dimension: EvaluationDimension;
  criteria: CriterionDraft[];
  onChange: (next: CriterionDraft[]) => void;
  errors: FieldErrors;
  limits: (field: 'title' | 'description') => { maxLength?: number | undefined };
}) {
  const { t } = useTranslation();
  const sum = criteria.reduce((total, criterion) => total + (Number(criterion.maxPoints) || 0), 0);
  const edit = (index: number, change: Partial<CriterionDraft>) =>
    onChange(criteria.map((criterion, i) => (i === index ? { ...criterion, ...change } : criterion)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...criteria];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved as CriterionDraft);
    onChange(next);
  };
  return (
    <fieldset className="evaluation-criteria" data-testid={`evaluation-form-${dimension}`}>
      <legend>{t('evaluation.editor.formOf', { dimension: t(`evaluation.dimension.${dimension}`) })}</legend>
      <p className="muted" role="status">
        {t('evaluation.editor.maxSum', { count: criteria.length, sum })}
      </p>
      <ol className="evaluation-criteria__list">
        {criteria.map((criterion, index) => {
          const at = `forms.${dimension}.${index}`;
          return (
            <li key={criterion.key} className="evaluation-criterion">
              <TextField
                label={t('evaluation.editor.title')}
                value={criterion.title}
                onChange={(title) => edit(index, { title })}
                error={errors[`${at}.title`]}
                required
                maxLength={limits('title').maxLength}
                testId={`evaluation-criterion-title-${dimension}`}
              />
              <TextField
                label={t('evaluation.editor.maxPoints')}
                value={criterion.maxPoints}
                onChange={(maxPoints) => edit(index, { maxPoints })}
                error={errors[`${at}.maxPoints`]}
                inputMode="numeric"
                required
                testId={`evaluation-criterion-max-${dimension}`}
              />
              <TextField
                label={t('evaluation.editor.description')}
                value={criterion.description}
                onChange={(description) => edit(index, { description })}
                error={errors[`${at}.description`]}
                multiline
                maxLength={limits('description').maxLength}
              />
              <div className="evaluation-actions">
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  {t('evaluation.editor.up')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={index === criteria.length - 1}
                  onClick={() => move(index, 1)}
                >
                  {t('evaluation.editor.down')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={criteria.length === 1}
                  onClick={() => onChange(criteria.filter((_, i) => i !== index))}
                  data-testid={`evaluation-criterion-remove-${dimension}`}
                >
                  {t('evaluation.editor.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {errors[`forms.${dimension}`] && <p className="field__error">{errors[`forms.${dimension}`]}</p>}
      <button
        type="button"
        className="button button--secondary"
        disabled={criteria.length >= 20}
        onClick={() => onChange([...criteria, { key: newKey(criteria), title: '', description: '', maxPoints: '10' }])}
        data-testid={`evaluation-criterion-add-${dimension}`}
      >
        {t('evaluation.editor.add')}
      </button>
    </fieldset>
  );
}
