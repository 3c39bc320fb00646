import {
  type CultivationPlan,
  cultivationPlanInputSchema,
  type PlanStatus,
  type SupportKind,
  shanghaiDate,
  standalonePlanReviewInputSchema,
  supportKinds,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromServer } from '../shared/validation';
import { Chips } from './chips';
import './coaching.css';

/** Staff's forms on the plan card: make or change the plan, and review it (kept as its history). */

/** Any core schema: only its safeParse is used (the web package does not import zod itself). */
interface Schema {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: unknown }
    | { success: false; error: { issues: Parameters<typeof fieldErrorsFromIssues>[0] } };
}

/** Shared by the two staff forms: validate with the core schema, send, show errors beside the fields. */
function useSend(onDone: () => void) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSaved, setSaved] = useState(false);
  const [isSending, setSending] = useState(false);
  async function send(schema: Schema, value: unknown, call: (body: unknown) => Promise<unknown>) {
    setFailure(null);
    setSaved(false);
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues, t));
      return false;
    }
    setErrors({});
    setSending(true);
    try {
      await call(parsed.data);
      setSaved(true);
      onDone();
      return true;
    } catch (error) {
      const apiError = asApiError(error);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
      return false;
    } finally {
      setSending(false);
    }
  }
  return { errors, failure, isSaved, isSending, send };
}

export function ReviewForm({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useSend(onDone);
  const [reviewedOn, setReviewedOn] = useState(() => shanghaiDate(new Date()));
  const [whatChanged, setWhatChanged] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [nextStepOn, setNextStepOn] = useState('');
  const submit = async () => {
    const done = await form.send(
      standalonePlanReviewInputSchema,
      {
        reviewedOn,
        whatChanged: whatChanged.trim(),
        nextStep: nextStep.trim() || undefined,
        nextStepOn: nextStepOn || undefined,
      },
      (body) => api.post(`/api/organizations/${encodeURIComponent(organizationId)}/cultivation-plan/reviews`, body),
    );
    if (done) {
      setWhatChanged('');
      setNextStep('');
      setNextStepOn('');
    }
  };
  return (
    <details className="registry-details">
      <summary>{t('coaching.reviewForm.title')}</summary>
      <form
        className="form"
        data-testid="coaching-review-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          label={t('coaching.reviewForm.reviewedOn')}
          type="date"
          value={reviewedOn}
          onChange={setReviewedOn}
          error={form.errors.reviewedOn}
          required
        />
        <TextField
          label={t('coaching.reviewForm.whatChanged')}
          multiline
          value={whatChanged}
          onChange={setWhatChanged}
          error={form.errors.whatChanged}
          required
          testId="coaching-review-changed"
        />
        <TextField
          label={t('coaching.reviewForm.nextStep')}
          value={nextStep}
          onChange={setNextStep}
          error={form.errors.nextStep}
          testId="coaching-review-next"
        />
        <TextField
          label={t('coaching.reviewForm.nextStepOn')}
          type="date"
          value={nextStepOn}
          onChange={setNextStepOn}
          error={form.errors.nextStepOn}
        />
        {form.failure && <ErrorNotice message={form.failure} />}
        {form.isSaved && <p className="success">{t('coaching.reviewForm.saved')}</p>}
        <button
          className="button button--primary"
          type="submit"
          disabled={form.isSending}
          data-testid="coaching-review-save"
        >
          {t('coaching.reviewForm.save')}
        </button>
      </form>
    </details>
  );
}

export function PlanForm({
  organizationId,
  plan,
  onDone,
}: {
  organizationId: string;
  plan: CultivationPlan | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useSend(onDone);
  const [goal, setGoal] = useState(plan?.goal ?? '');
  const [support, setSupport] = useState<SupportKind[]>(plan?.supportKinds ?? []);
  const [nextStep, setNextStep] = useState(plan?.nextStep ?? '');
  const [nextStepOn, setNextStepOn] = useState(plan?.nextStepOn ?? '');
  const [status, setStatus] = useState<PlanStatus>(plan?.status ?? 'active');
  const toggle = (kind: SupportKind) =>
    setSupport((now) => (now.includes(kind) ? now.filter((k) => k !== kind) : [...now, kind]));
  const submit = () =>
    form.send(
      cultivationPlanInputSchema,
      {
        goal: goal.trim(),
        supportKinds: support,
        nextStep: nextStep.trim() || null,
        nextStepOn: nextStepOn || null,
        status,
      },
      (body) => api.put(`/api/organizations/${encodeURIComponent(organizationId)}/cultivation-plan`, body),
    );
  return (
    <details className="registry-details">
      <summary>{plan ? t('coaching.planForm.edit') : t('coaching.planForm.create')}</summary>
      <form
        className="form"
        data-testid="coaching-plan-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          label={t('coaching.planForm.goal')}
          multiline
          value={goal}
          onChange={setGoal}
          error={form.errors.goal}
          required
          testId="coaching-plan-goal-input"
        />
        <Chips
          label={t('coaching.planForm.supportKinds')}
          options={supportKinds.map((kind) => ({ value: kind, label: t(`coaching.support.${kind}`) }))}
          selected={support}
          onToggle={toggle}
          testId="coaching-plan-support"
        />
        <TextField
          label={t('coaching.planForm.nextStep')}
          value={nextStep}
          onChange={setNextStep}
          error={form.errors.nextStep}
        />
        <TextField
          label={t('coaching.planForm.nextStepOn')}
          type="date"
          value={nextStepOn}
          onChange={setNextStepOn}
          error={form.errors.nextStepOn}
        />
        <SelectField
          label={t('coaching.planForm.status')}
          value={status}
          onChange={(value) => setStatus(value as PlanStatus)}
          options={(['active', 'paused', 'completed'] as const).map((s) => ({
            value: s,
            label: t(`coaching.status.${s}`),
          }))}
        />
        {form.failure && <ErrorNotice message={form.failure} />}
        {form.isSaved && <p className="success">{t('coaching.planForm.saved')}</p>}
        <button
          className="button button--primary"
          type="submit"
          disabled={form.isSending}
          data-testid="coaching-plan-save"
        >
          {t('coaching.planForm.save')}
        </button>
      </form>
    </details>
  );
}
