import {
  type ServiceModelCard,
  type ServiceModelCardInput,
  serviceModelCardInputSchema,
  serviceModelFields,
  serviceModelSessionInputSchema,
  serviceModelSteps,
  shanghaiDate,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, networkErrorCode } from '../shared/api';
import { FoldedForm } from '../shared/folded-form';
import { FormFooter } from '../shared/form-footer';
import { formInput } from '../shared/form-input';
import { keepLocalDraft, readLocalDraft } from '../shared/local-draft';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

/**
 * The card's five answers on a phone: big boxes, none required, one big 保存. What is typed is kept
 * on the phone as it is typed (the team's own words), so a dropped signal loses nothing.
 */
type Answers = Record<(typeof serviceModelFields)[number], string>;
const draftKey = (organizationId: string) => `seedbed.service-model.${organizationId}`;

function answersOf(card: ServiceModelCard): Answers {
  return Object.fromEntries(serviceModelFields.map((field) => [field, card[field] ?? ''])) as Answers;
}

function readDraft(organizationId: string): Answers | null {
  const text = readLocalDraft(draftKey(organizationId));
  if (!text) return null;
  try {
    return JSON.parse(text) as Answers;
  } catch {
    return null;
  }
}

export function ServiceModelAnswersForm({
  card,
  onSaved,
}: {
  card: ServiceModelCard;
  onSaved: (card: ServiceModelCard) => void;
}) {
  const { t } = useTranslation();
  const [draft] = useState(() => readDraft(card.organizationId));
  const saved = answersOf(card);
  const isDraftRestored = draft !== null && JSON.stringify(draft) !== JSON.stringify(saved);
  const form = useSchemaForm(serviceModelCardInputSchema, isDraftRestored ? draft : saved, {
    toInput: (values) => formInput(values, serviceModelCardInputSchema, { isEdit: true }),
    send: (input: ServiceModelCardInput) =>
      api.patch<ServiceModelCard>(`/api/organizations/${encodeURIComponent(card.organizationId)}/service-model`, input),
    onSaved: (updated) => {
      keepLocalDraft(draftKey(card.organizationId), null);
      onSaved(updated);
    },
  });
  return (
    <form className="form service-model-form" noValidate onSubmit={form.onSubmit} data-testid="service-model-form">
      {isDraftRestored && (
        <p className="muted" data-testid="service-model-draft">
          {t('organizations.serviceModel.draft')}
        </p>
      )}
      {serviceModelFields.map((name) => {
        const field = form.field(name);
        return (
          <TextField
            key={name}
            label={t(`organizations.serviceModel.${name}`)}
            multiline
            {...field}
            onChange={(value) => {
              keepLocalDraft(draftKey(card.organizationId), JSON.stringify({ ...form.values, [name]: value }));
              field.onChange(value);
            }}
            testId={`service-model-${name}`}
          />
        );
      })}
      {form.failureCode === networkErrorCode && (
        <p className="muted" data-testid="service-model-kept">
          {t('organizations.serviceModel.kept')}
        </p>
      )}
      <FormFooter
        state={form}
        label={t('organizations.serviceModel.save')}
        savedLabel={t('organizations.serviceModel.saved')}
        isBlock
        statusTestId="service-model-saved"
        testId="service-model-save"
      />
    </form>
  );
}

/** A 梳理 session: date, step, whether it completed the step, notes. */
export function ServiceModelSessionForm({
  organizationId,
  onSaved,
}: {
  organizationId: string;
  onSaved: (card: ServiceModelCard) => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    serviceModelSessionInputSchema,
    {
      heldOn: shanghaiDate(new Date()),
      step: 'activity_review' as (typeof serviceModelSteps)[number],
      completesStep: false,
      notes: '',
    },
    {
      toInput: (values) => formInput(values, serviceModelSessionInputSchema),
      send: (input) =>
        api.post<ServiceModelCard>(
          `/api/organizations/${encodeURIComponent(organizationId)}/service-model/sessions`,
          input,
        ),
      onSaved,
      afterSave: (values) => ({ ...values, completesStep: false, notes: '' }),
    },
  );
  return (
    <FoldedForm
      title={t('organizations.serviceModel.session.title')}
      testId="service-model-session-form"
      form={form}
      submitLabel={t('organizations.serviceModel.session.save')}
    >
      <TextField label={t('organizations.serviceModel.session.heldOn')} type="date" {...form.field('heldOn')} />
      <SelectField
        label={t('organizations.serviceModel.session.step')}
        {...form.field('step')}
        options={serviceModelSteps.map((step) => ({
          value: step,
          label: t(`organizations.serviceModel.steps.${step}`),
        }))}
        testId="service-model-session-step"
      />
      <label className="service-model-tick">
        <input
          type="checkbox"
          checked={form.values.completesStep}
          onChange={(event) => form.set('completesStep', event.target.checked)}
          data-testid="service-model-session-completes"
        />
        {t('organizations.serviceModel.session.completesStep')}
      </label>
      <TextField label={t('organizations.serviceModel.session.notes')} multiline {...form.field('notes')} />
    </FoldedForm>
  );
}
