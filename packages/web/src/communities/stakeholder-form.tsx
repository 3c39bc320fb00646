import {
  type CommitteeAttitude,
  committeeAttitudes,
  type Stakeholder,
  type StakeholderKind,
  stakeholderInputSchema,
  stakeholderKinds,
  stakeholderUpdateInputSchema,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { formInput } from '../shared/form-input';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import { RecordFormFrame, type RecordFormProps, SelectField, savesRecord, useOptions } from './survey-fields';

/**
 * A stakeholder: added under the cards (with its estate and a first attitude), or edited in place from
 * its card (then a cleared field is sent as null). A masked phone (138****1234) is never sent back:
 * the field starts empty for roles that see a mask, and left empty it is left alone.
 */
export function StakeholderForm(props: RecordFormProps<Stakeholder>) {
  const { survey, record } = props;
  const { t } = useTranslation();
  const isEdit = record !== undefined;
  const schema = isEdit ? stakeholderUpdateInputSchema : stakeholderInputSchema;
  const prefix = isEdit ? 'stakeholder-edit' : 'stakeholder';
  const isMasked = record?.contactPhone?.includes('*') ?? false;
  const form = useSchemaForm(
    schema,
    {
      kind: (record?.kind ?? '') as StakeholderKind | '',
      name: record?.name ?? '',
      estateId: '',
      contactName: record?.contactName ?? '',
      contactPhone: isMasked ? '' : (record?.contactPhone ?? ''),
      attitude: '' as CommitteeAttitude | '',
      relationshipNotes: record?.relationshipNotes ?? '',
    },
    {
      toInput: ({ estateId, attitude, ...shared }) => ({
        // The estate and a first attitude are asked when adding only (attitudes change through their own log).
        ...formInput(isEdit ? shared : { ...shared, estateId, attitude }, schema, { isEdit }),
        ...(isMasked && !shared.contactPhone.trim() && { contactPhone: undefined }),
      }),
      ...savesRecord(props, `/api/communities/${survey.communityId}/stakeholders`, (id) => `/api/stakeholders/${id}`),
      afterSave: isEdit
        ? 'keep'
        : (values) => ({
            ...values,
            name: '',
            contactName: '',
            contactPhone: '',
            relationshipNotes: '',
            attitude: '' as const,
          }),
      constraintsFrom: stakeholderInputSchema,
    },
  );
  const kinds = useOptions(stakeholderKinds, 'communities.stakeholderKind');
  const attitudes = useOptions(committeeAttitudes, 'committeeAttitude');
  const estates = survey.estates.map((e) => ({ value: e.id, label: e.name }));

  return (
    <RecordFormFrame
      form={form}
      isEdit={isEdit}
      prefix={prefix}
      title={t('communities.stakeholder.newTitle')}
      editTitle={t('communities.editTitle')}
    >
      <SelectField
        label={t('communities.stakeholder.kindLabel')}
        options={kinds}
        {...form.field('kind')}
        testId={`${prefix}-kind`}
      />
      <TextField label={t('communities.stakeholder.name')} {...form.field('name')} testId={`${prefix}-name`} />
      {!isEdit && (
        <SelectField label={t('communities.resource.estate')} options={estates} {...form.field('estateId')} />
      )}
      <TextField
        label={t('communities.stakeholder.contactName')}
        {...form.field('contactName')}
        testId={`${prefix}-contact-name`}
      />
      <TextField
        label={t('communities.stakeholder.contactPhone')}
        type="tel"
        inputMode="tel"
        {...form.field('contactPhone')}
        testId={isEdit ? 'stakeholder-edit-phone' : 'stakeholder-phone-input'}
      />
      {!isEdit && (
        <SelectField
          label={t('communities.stakeholder.attitude')}
          options={attitudes}
          {...form.field('attitude')}
          testId="stakeholder-attitude-input"
        />
      )}
      <TextField
        label={t('communities.stakeholder.relationshipNotes')}
        multiline
        {...form.field('relationshipNotes')}
        testId={`${prefix}-notes`}
      />
    </RecordFormFrame>
  );
}
