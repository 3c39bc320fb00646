import { defaultSteps, rubricWeightSum, rubricWeightTotal } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/text-field';
import { AddRow, newItemKey, RemoveRow, withoutIndex } from './list-rows';
import { StepRows } from './step-rows';
import type { RoundForm } from './use-round-form';

/** Sections of the round editor (round-form-page.tsx), each changing the one form state. */

const toggled = (list: readonly string[], item: string) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/** Ticks for a choice of several (directions, communities). */
export function TickList({
  legend,
  options,
  selected,
  onChange,
  error,
  testId,
}: {
  legend: string;
  options: readonly { id: string; name: string }[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  error?: string | undefined;
  testId: string;
}) {
  return (
    <fieldset className="field" data-testid={testId}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="check">
          <input
            type="checkbox"
            checked={selected.includes(option.id)}
            onChange={() => onChange(toggled(selected, option.id))}
          />
          {option.name}
        </label>
      ))}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}

/** The rubric: each criterion's name, description, points and weight; the running sum refuses ≠ 100. */
export function RubricSection({ form }: { form: RoundForm }) {
  const { t } = useTranslation();
  const { rubric } = form.values;
  const sum = rubricWeightSum(rubric);
  const change = (index: number, patch: Partial<(typeof rubric)[number]>) =>
    form.set(
      'rubric',
      rubric.map((criterion, i) => (i === index ? { ...criterion, ...patch } : criterion)),
    );
  return (
    <fieldset className="form__section" data-testid="grant-rubric">
      <legend>{t('grants.form.rubric')}</legend>
      {rubric.map((criterion, index) => (
        <div key={criterion.key} className="grant-row">
          <TextField
            label={t('grants.form.criterion')}
            value={criterion.name}
            onChange={(name) => change(index, { name })}
          />
          <TextField
            label={t('grants.form.criterionDescription')}
            value={criterion.description}
            onChange={(description) => change(index, { description })}
          />
          <TextField
            label={t('grants.form.maxPoints')}
            inputMode="numeric"
            value={String(criterion.maxPoints)}
            onChange={(text) => change(index, { maxPoints: Number(text) || 0 })}
          />
          <TextField
            label={t('grants.form.weight')}
            inputMode="numeric"
            value={String(criterion.weightPercent)}
            onChange={(text) => change(index, { weightPercent: Number(text) || 0 })}
            testId={`grant-weight-${index}`}
          />
          {rubric.length > 1 && (
            <RemoveRow
              onRemove={() => form.set('rubric', withoutIndex(rubric, index))}
              testId="grant-criterion-remove"
            />
          )}
        </div>
      ))}
      <AddRow
        label={t('grants.form.addCriterion')}
        onAdd={() =>
          form.set('rubric', [
            ...rubric,
            { key: newItemKey('criterion', rubric), name: '', description: '', maxPoints: 10, weightPercent: 0 },
          ])
        }
        testId="grant-criterion-add"
      />
      <p
        className={sum === rubricWeightTotal ? 'success' : 'field__error'}
        role="status"
        data-testid="grant-weight-sum"
      >
        {sum === rubricWeightTotal ? t('grants.form.weightSum', { sum }) : t('grants.form.weightSumWrong', { sum })}
      </p>
      {form.errors.rubric && sum === rubricWeightTotal && <p className="field__error">{form.errors.rubric}</p>}
    </fieldset>
  );
}

/** The dated pipeline: each step's name and dates, or the default laid out again from the start date. */
export function StepsSection({ form }: { form: RoundForm }) {
  const { t } = useTranslation();
  const { steps } = form.values;
  return (
    <fieldset className="form__section" data-testid="grant-steps">
      <legend>{t('grants.form.steps')}</legend>
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          form.setValues((now) => {
            const laid = defaultSteps(now.startsOn);
            return { ...now, steps: laid, endsOn: laid.at(-1)?.endsOn ?? now.endsOn };
          })
        }
        data-testid="grant-steps-relayout"
      >
        {t('grants.form.relayOut')}
      </button>
      <StepRows steps={steps} errors={form.errors} onChange={(next) => form.set('steps', next)} />
    </fieldset>
  );
}

/** Who may apply (read here; each rule says who checks it) and the negative list (labels and keywords). */
export function RulesSection({ form }: { form: RoundForm }) {
  const { t } = useTranslation();
  const { eligibility, negativeList } = form.values;
  const change = (index: number, patch: Partial<(typeof negativeList)[number]>) =>
    form.set(
      'negativeList',
      negativeList.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)),
    );
  return (
    <>
      <fieldset className="form__section" data-testid="grant-eligibility">
        <legend>{t('grants.form.eligibility')}</legend>
        {eligibility.map((rule, index) => (
          <div key={rule.key} className="grant-row">
            {rule.mode === 'checked' ? (
              // A checked rule names a check the system runs: its words stay those of the check.
              <p>
                {rule.text} · {t('grants.form.checked')}
              </p>
            ) : (
              <TextField
                label={`${t('grants.form.ruleText')}（${t('grants.form.confirmed')}）`}
                value={rule.text}
                onChange={(text) =>
                  form.set(
                    'eligibility',
                    eligibility.map((r, i) => (i === index ? { ...r, text } : r)),
                  )
                }
              />
            )}
            <RemoveRow
              onRemove={() => form.set('eligibility', withoutIndex(eligibility, index))}
              testId="grant-rule-remove"
            />
          </div>
        ))}
        <AddRow
          label={t('grants.form.addRule')}
          onAdd={() =>
            form.set('eligibility', [
              ...eligibility,
              { key: newItemKey('rule', eligibility), text: '', mode: 'confirmed' },
            ])
          }
          testId="grant-rule-add"
        />
      </fieldset>
      <fieldset className="form__section" data-testid="grant-negative-list">
        <legend>{t('grants.form.negative')}</legend>
        {negativeList.map((entry, index) => (
          <div key={entry.key} className="grant-row">
            <TextField
              label={t('grants.form.negativeLabel')}
              value={entry.label}
              onChange={(label) => change(index, { label })}
            />
            <TextField
              label={t('grants.form.negativeKeywords')}
              value={entry.keywords}
              onChange={(keywords) => change(index, { keywords })}
            />
            <RemoveRow
              onRemove={() => form.set('negativeList', withoutIndex(negativeList, index))}
              testId="grant-negative-remove"
            />
          </div>
        ))}
        <AddRow
          label={t('grants.form.addNegative')}
          onAdd={() =>
            form.set('negativeList', [
              ...negativeList,
              { key: newItemKey('spending', negativeList), label: '', keywords: '', exceptions: [] },
            ])
          }
          testId="grant-negative-add"
        />
      </fieldset>
    </>
  );
}
