import { type MeetingType, majorityRuleSchema, meetingTypeInputSchema } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FoldedForm } from '../shared/folded-form';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

/**
 * Staff add a meeting type the site uses (楼栋议事会…) with its quorum and voting rule; folded, since
 * it is rare. The eight defaults are always there.
 */
export function MeetingTypeForm({ onAdded }: { onAdded?: (type: MeetingType) => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    meetingTypeInputSchema,
    { name: '', quorumPercent: '50', majorityRule: 'simple' },
    {
      toInput: (values) => ({ ...values, quorumPercent: Number(values.quorumPercent) }),
      send: (input) => api.post<MeetingType>('/api/meeting-types', input),
      afterSave: 'reset',
      ...(onAdded && { onSaved: onAdded }),
    },
  );
  return (
    <FoldedForm
      title={t('deliberation.typeForm.title')}
      testId="meeting-type-form"
      form={form}
      submitLabel={t('deliberation.typeForm.save')}
      savedLabel={t('deliberation.typeForm.saved')}
    >
      <TextField label={t('deliberation.typeForm.name')} {...form.field('name')} testId="meeting-type-name" />
      <TextField
        label={t('deliberation.typeForm.quorum')}
        inputMode="numeric"
        {...form.field('quorumPercent')}
        error={form.errors.quorumPercent}
        testId="meeting-type-quorum"
      />
      <SelectField
        label={t('deliberation.typeForm.rule')}
        options={majorityRuleSchema.options.map((rule) => ({ value: rule, label: t(`deliberation.rule.${rule}`) }))}
        {...form.field('majorityRule')}
        testId="meeting-type-rule"
      />
    </FoldedForm>
  );
}
