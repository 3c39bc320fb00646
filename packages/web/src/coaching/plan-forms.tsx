import {
  type CultivationPlan,
  cultivationPlanInputSchema,
  type PlanStatus,
  type SupportKind,
  shanghaiDate,
  standalonePlanReviewInputSchema,
  supportKinds,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FoldedForm } from '../shared/folded-form';
import { formInput } from '../shared/form-input';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import { Chips } from './chips';
import './coaching.css';

/** Staff's forms on the plan card: make or change the plan, and review it (kept as its history). */

export function ReviewForm({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    standalonePlanReviewInputSchema,
    { reviewedOn: shanghaiDate(new Date()), whatChanged: '', nextStep: '', nextStepOn: '' },
    {
      toInput: (values) => formInput(values, standalonePlanReviewInputSchema),
      send: (data) =>
        api.post(`/api/organizations/${encodeURIComponent(organizationId)}/cultivation-plan/reviews`, data),
      onSaved: onDone,
      afterSave: (values) => ({ ...values, whatChanged: '', nextStep: '', nextStepOn: '' }),
    },
  );
  return (
    <FoldedForm
      title={t('coaching.reviewForm.title')}
      testId="coaching-review-form"
      form={form}
      submitLabel={t('coaching.reviewForm.save')}
      savedLabel={t('coaching.reviewForm.saved')}
    >
      <TextField label={t('coaching.reviewForm.reviewedOn')} type="date" {...form.field('reviewedOn')} />
      <TextField
        label={t('coaching.reviewForm.whatChanged')}
        multiline
        {...form.field('whatChanged')}
        testId="coaching-review-changed"
      />
      <TextField label={t('coaching.reviewForm.nextStep')} {...form.field('nextStep')} testId="coaching-review-next" />
      <TextField label={t('coaching.reviewForm.nextStepOn')} type="date" {...form.field('nextStepOn')} />
    </FoldedForm>
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
  const form = useSchemaForm(
    cultivationPlanInputSchema,
    {
      goal: plan?.goal ?? '',
      supportKinds: plan?.supportKinds ?? ([] as SupportKind[]),
      nextStep: plan?.nextStep ?? '',
      nextStepOn: plan?.nextStepOn ?? '',
      status: plan?.status ?? ('active' as PlanStatus),
    },
    {
      // A plan is replaced as a whole (PUT): a cleared next step is sent as null.
      toInput: (values) => formInput(values, cultivationPlanInputSchema, { isEdit: true }),
      send: (data) => api.put(`/api/organizations/${encodeURIComponent(organizationId)}/cultivation-plan`, data),
      onSaved: onDone,
    },
  );
  const support = form.values.supportKinds;
  return (
    <FoldedForm
      title={plan ? t('coaching.planForm.edit') : t('coaching.planForm.create')}
      testId="coaching-plan-form"
      form={form}
      submitLabel={t('coaching.planForm.save')}
      savedLabel={t('coaching.planForm.saved')}
    >
      <TextField
        label={t('coaching.planForm.goal')}
        multiline
        {...form.field('goal')}
        testId="coaching-plan-goal-input"
      />
      <Chips
        label={t('coaching.planForm.supportKinds')}
        options={supportKinds.map((kind) => ({ value: kind, label: t(`coaching.support.${kind}`) }))}
        selected={support}
        onToggle={(kind) =>
          form.set('supportKinds', support.includes(kind) ? support.filter((k) => k !== kind) : [...support, kind])
        }
        testId="coaching-plan-support"
      />
      <TextField label={t('coaching.planForm.nextStep')} {...form.field('nextStep')} />
      <TextField label={t('coaching.planForm.nextStepOn')} type="date" {...form.field('nextStepOn')} />
      <SelectField
        label={t('coaching.planForm.status')}
        {...form.field('status')}
        options={(['active', 'paused', 'completed'] as const).map((s) => ({
          value: s,
          label: t(`coaching.status.${s}`),
        }))}
      />
    </FoldedForm>
  );
}
