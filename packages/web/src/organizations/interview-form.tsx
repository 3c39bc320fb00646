import { interviewInputSchema, shanghaiDate } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FoldedForm } from '../shared/folded-form';
import { formInput } from '../shared/form-input';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

const interviewTopics = ['origin', 'development', 'activities', 'difficulties', 'hopes', 'notes'] as const;
const noTopics = { origin: '', development: '', activities: '', difficulties: '', hopes: '', notes: '' };

/** Baseline interview: date, interviewer, and the six topics of seed 002's first-months interviews. */
export function InterviewForm({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    interviewInputSchema,
    { interviewedOn: shanghaiDate(new Date()), interviewer: '', ...noTopics },
    {
      toInput: (values) => formInput(values, interviewInputSchema),
      send: (data) => api.post(`/api/organizations/${organizationId}/interviews`, data),
      onSaved: onDone,
      afterSave: (values) => ({ ...values, ...noTopics }),
    },
  );
  return (
    <FoldedForm
      title={t('organizations.forms.interview.title')}
      testId="interview-form"
      form={form}
      submitLabel={t('organizations.forms.submit')}
    >
      <TextField
        label={t('organizations.forms.interview.interviewedOn')}
        type="date"
        {...form.field('interviewedOn')}
        testId="interview-date"
      />
      <TextField
        label={t('organizations.forms.interview.interviewer')}
        {...form.field('interviewer')}
        testId="interview-interviewer"
      />
      {interviewTopics.map((key) => (
        <TextField
          key={key}
          label={t(`organizations.interviews.${key}`)}
          multiline
          {...form.field(key)}
          testId={`interview-${key}`}
        />
      ))}
    </FoldedForm>
  );
}
