import { type GrantRound, grantRoundStepsInputSchema, type PipelineStep } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

/**
 * Moving a published round's steps (a 宣讲会 postponed, a 公示 made longer): the rules stay fixed,
 * the dates may change, in order and inside the round's period (the server says which step is wrong).
 */
export function RoundStepsEditor({ round, onSaved }: { round: GrantRound; onSaved: (round: GrantRound) => void }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const form = useSchemaForm(
    grantRoundStepsInputSchema,
    { steps: round.steps },
    {
      send: (input) => api.put<GrantRound>(`/api/grant-rounds/${round.id}/steps`, input),
      onSaved: (saved) => {
        setOpen(false);
        onSaved(saved);
      },
    },
  );
  if (!isOpen)
    return (
      <button
        type="button"
        className="button button--secondary"
        onClick={() => setOpen(true)}
        data-testid="grant-steps-edit"
      >
        {t('grants.round.editSteps')}
      </button>
    );
  const change = (index: number, patch: Partial<PipelineStep>) =>
    form.set(
      'steps',
      form.values.steps.map((step, i) => (i === index ? { ...step, ...patch } : step)),
    );
  const stepError = Object.entries(form.errors).find(([path]) => path.startsWith('steps'))?.[1];
  return (
    <form className="form card" noValidate onSubmit={form.onSubmit} data-testid="grant-steps-form">
      {form.values.steps.map((step, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id; while editing, a step is its place in the list.
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
        </div>
      ))}
      {stepError && <p className="field__error">{stepError}</p>}
      <FormFooter state={form} label={t('grants.round.saveSteps')} testId="grant-steps-save" />
    </form>
  );
}
