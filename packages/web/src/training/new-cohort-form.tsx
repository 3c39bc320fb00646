import { trainingCohortInputSchema } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FoldedForm } from '../shared/folded-form';
import { formInput } from '../shared/form-input';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

const defaultCommitment =
  '我自愿参加培训，承诺：按时上课，不无故缺席；认真完成课后实践；结业后在社区里牵头或参与一件公共的事。';

/**
 * Opens a cohort of a programme: few required fields (name, start, commitment text); the planned
 * sessions default to 8 and, left blank, the attendance rule to all but one of them (core's default).
 */
export function NewCohortForm({ programmeId, onMade }: { programmeId: string; onMade: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    trainingCohortInputSchema,
    {
      name: '',
      startsOn: '',
      place: '',
      plannedSessions: '8',
      minimumSessionsAttended: '',
      commitmentText: defaultCommitment,
    },
    {
      toInput: (values) =>
        formInput(values, trainingCohortInputSchema, { numbers: ['plannedSessions', 'minimumSessionsAttended'] }),
      send: (data) => api.post(`/api/training/programmes/${encodeURIComponent(programmeId)}/cohorts`, data),
      onSaved: onMade,
      afterSave: 'reset',
    },
  );
  return (
    <FoldedForm
      title={t('training.list.newCohort')}
      testId="training-new-cohort"
      form={form}
      submitLabel={t('training.cohort.save')}
    >
      <TextField label={t('training.cohort.name')} {...form.field('name')} testId="training-cohort-name" />
      <TextField
        label={t('training.cohort.startsOn')}
        type="date"
        {...form.field('startsOn')}
        testId="training-cohort-starts"
      />
      <TextField label={t('training.cohort.place')} {...form.field('place')} />
      <TextField
        label={t('training.cohort.plannedSessions')}
        inputMode="numeric"
        {...form.field('plannedSessions')}
        testId="training-cohort-planned"
      />
      <TextField
        label={t('training.cohort.minimum')}
        hint={t('training.cohort.minimumHint')}
        inputMode="numeric"
        {...form.field('minimumSessionsAttended')}
        testId="training-cohort-minimum"
      />
      <TextField label={t('training.cohort.commitmentText')} multiline {...form.field('commitmentText')} />
    </FoldedForm>
  );
}
