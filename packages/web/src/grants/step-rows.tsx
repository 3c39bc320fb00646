import type { PipelineStep } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/text-field';
import { AddRow, RemoveRow, withoutIndex } from './list-rows';

/**
 * A round's pipeline as rows of name and dates, for the round's editor and for moving a published
 * round's dates (steps added or removed in both); the first error the form has on any step below them.
 */
export function StepRows({
  steps,
  errors,
  onChange,
}: {
  steps: readonly PipelineStep[];
  errors: Record<string, string | undefined>;
  onChange: (steps: PipelineStep[]) => void;
}) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<PipelineStep>) =>
    onChange(steps.map((step, i) => (i === index ? { ...step, ...patch } : step)));
  const stepError = Object.entries(errors).find(([path]) => path.startsWith('steps'))?.[1];
  return (
    <>
      {steps.map((step, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id; while editing, a step is its place in the list (a key from its name or dates would remount the input being typed in).
        <div key={index} className="grant-row">
          <TextField label={t('grants.form.stepName')} value={step.name} onChange={(name) => change(index, { name })} />
          <TextField
            label={t('grants.form.stepStarts')}
            type="date"
            value={step.startsOn}
            onChange={(startsOn) => change(index, { startsOn })}
          />
          <TextField
            label={t('grants.form.stepEnds')}
            type="date"
            value={step.endsOn}
            onChange={(endsOn) => change(index, { endsOn })}
          />
          {steps.length > 1 && (
            <RemoveRow onRemove={() => onChange(withoutIndex(steps, index))} testId="grant-step-remove" />
          )}
        </div>
      ))}
      {stepError && <p className="field__error">{stepError}</p>}
      <AddRow
        label={t('grants.form.addStep')}
        onAdd={() => {
          // A new step starts where the last one ends; staff set its name and dates.
          const last = steps.at(-1);
          const day = last?.endsOn ?? '';
          onChange([...steps, { kind: 'other', name: '', startsOn: day, endsOn: day }]);
        }}
        testId="grant-step-add"
      />
    </>
  );
}
