import { type GrantRound, grantRoundStepsInputSchema } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { useSchemaForm } from '../shared/use-schema-form';
import { StepRows } from './step-rows';

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
  return (
    <form className="form card" noValidate onSubmit={form.onSubmit} data-testid="grant-steps-form">
      <StepRows steps={form.values.steps} errors={form.errors} onChange={(next) => form.set('steps', next)} />
      <FormFooter state={form} label={t('grants.round.saveSteps')} testId="grant-steps-save" />
    </form>
  );
}
