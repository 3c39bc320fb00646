import { type Space, spaceInputSchema, spaceOwners, spaceUpdateInputSchema, usageFrequencies } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { formInput } from '../shared/form-input';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import { RecordFormFrame, type RecordFormProps, SelectField, savesRecord, useOptions } from './survey-fields';

type Frequency = (typeof usageFrequencies)[number];

/**
 * A usable space: added under the table, or edited in place from its row (then notes show too, and a
 * cleared field is sent as null). After adding one, the owner and frequency stay chosen for the next.
 */
export function SpaceForm(props: RecordFormProps<Space>) {
  const { survey, record } = props;
  const { t } = useTranslation();
  const isEdit = record !== undefined;
  const schema = isEdit ? spaceUpdateInputSchema : spaceInputSchema;
  const prefix = isEdit ? 'space-edit' : 'space';
  const form = useSchemaForm(
    schema,
    {
      name: record?.name ?? '',
      owner: (record?.owner ?? '') as Space['owner'] | '',
      capacity: record?.capacity?.toString() ?? '',
      openingRules: record?.openingRules ?? '',
      manager: record?.manager ?? '',
      usageFrequency: (record?.usageFrequency ?? '') as Frequency | '',
      notes: record?.notes ?? '',
    },
    {
      toInput: (values) => formInput(values, schema, { isEdit, numbers: ['capacity'] }),
      ...savesRecord(props, `/api/communities/${survey.communityId}/spaces`, (id) => `/api/spaces/${id}`),
      afterSave: isEdit
        ? 'keep'
        : (values) => ({ ...values, name: '', capacity: '', openingRules: '', manager: '', notes: '' }),
      constraintsFrom: spaceInputSchema,
    },
  );
  const owners = useOptions(spaceOwners, 'communities.spaceOwner');
  const frequencies = useOptions(usageFrequencies, 'communities.usageFrequency');

  return (
    <RecordFormFrame form={form} isEdit={isEdit} prefix={prefix} title={t('communities.space.newTitle')}>
      <TextField label={t('communities.space.name')} {...form.field('name')} testId={`${prefix}-name`} />
      <SelectField
        label={t('communities.space.owner')}
        options={owners}
        {...form.field('owner')}
        testId={`${prefix}-owner`}
      />
      <TextField
        label={t('communities.space.capacity')}
        inputMode="numeric"
        {...form.field('capacity')}
        testId={`${prefix}-capacity`}
      />
      <TextField label={t('communities.space.openingRules')} {...form.field('openingRules')} />
      <TextField label={t('communities.space.manager')} {...form.field('manager')} />
      <SelectField
        label={t('communities.space.usageFrequency')}
        options={frequencies}
        {...form.field('usageFrequency')}
      />
      {isEdit && <TextField label={t('communities.notes')} multiline {...form.field('notes')} />}
    </RecordFormFrame>
  );
}
