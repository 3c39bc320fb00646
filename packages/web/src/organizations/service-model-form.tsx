import {
  type CoachingSession,
  can,
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
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
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

/**
 * The coaching sessions 辅导 the team attended, newest first, to name the one a 梳理 was held at — a
 * workshop of several teams then counts once for the street. Shown to those who may read them
 * (staff, the leader) and only when there is one; picking one takes its day.
 */
function CoachingSessionPicker({
  organizationId,
  value,
  error,
  onPick,
}: {
  organizationId: string;
  value: string;
  error: string | undefined;
  onPick: (id: string, heldOn: string | null) => void;
}) {
  const { t } = useTranslation();
  const { resource } = useResource<{ items: CoachingSession[] }>(
    `/api/coaching-sessions?organizationId=${encodeURIComponent(organizationId)}`,
  );
  const sessions = resource.status === 'ready' ? resource.data.items : [];
  if (sessions.length === 0) return null;
  return (
    <SelectField
      label={t('organizations.serviceModel.session.coachingSession')}
      value={value}
      onChange={(id) => onPick(id, sessions.find((session) => session.id === id)?.heldOn ?? null)}
      placeholder={t('organizations.serviceModel.session.noCoachingSession')}
      options={sessions.map((session) => ({ value: session.id, label: `${session.heldOn} · ${session.topic}` }))}
      hint={t('organizations.serviceModel.session.coachingSessionHint')}
      error={error}
      testId="service-model-session-coaching"
    />
  );
}

/** A 梳理 session: date, step, the coaching session it was held at (or none), whether it completed the step, notes. */
export function ServiceModelSessionForm({
  organizationId,
  onSaved,
}: {
  organizationId: string;
  onSaved: (card: ServiceModelCard) => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const form = useSchemaForm(
    serviceModelSessionInputSchema,
    {
      heldOn: shanghaiDate(new Date()),
      step: 'activity_review' as (typeof serviceModelSteps)[number],
      coachingSessionId: '',
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
      afterSave: (values) => ({ ...values, coachingSessionId: '', completesStep: false, notes: '' }),
    },
  );
  return (
    <FoldedForm
      title={t('organizations.serviceModel.session.title')}
      testId="service-model-session-form"
      form={form}
      submitLabel={t('organizations.serviceModel.session.save')}
    >
      {can(user, 'coaching.read') && (
        <CoachingSessionPicker
          organizationId={organizationId}
          value={form.values.coachingSessionId}
          error={form.errors.coachingSessionId}
          onPick={(id, heldOn) => {
            form.set('coachingSessionId', id);
            if (heldOn) form.set('heldOn', heldOn);
          }}
        />
      )}
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
