import {
  courtyardInputSchema,
  type EstateType,
  estateInputSchema,
  estateTypes,
  estateUpdateInputSchema,
  ownersCommitteeStatuses,
  type SurveyEstate,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../shared/form-footer';
import { formInput } from '../shared/form-input';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import {
  RecordFormFrame,
  type RecordFormProps,
  SelectField,
  savesRecord,
  sendSurvey,
  useOptions,
} from './survey-fields';

/**
 * An estate 小区: added under the table, or edited in place from its row (then notes show too, and a
 * cleared field is sent as null). After adding one, the type stays chosen for the next.
 */
export function EstateForm(props: RecordFormProps<SurveyEstate>) {
  const { survey, record } = props;
  const { t } = useTranslation();
  const isEdit = record !== undefined;
  const prefix = isEdit ? 'estate-edit' : 'estate';
  const form = useSchemaForm(
    isEdit ? estateUpdateInputSchema : estateInputSchema,
    {
      name: record?.name ?? '',
      estateType: (record?.estateType ?? '') as EstateType | '',
      buildYear: record?.buildYear?.toString() ?? '',
      households: record?.households?.toString() ?? '',
      propertyCompany: record?.propertyCompany ?? '',
      ownersCommittee: record?.ownersCommittee ?? '',
      ownersCommitteeStatus: (record?.ownersCommitteeStatus ?? '') as CommitteeStatus | '',
      notes: record?.notes ?? '',
    },
    {
      toInput: (values) => formInput(values, isEdit ? estateUpdateInputSchema : estateInputSchema, { isEdit, numbers }),
      ...savesRecord(props, `/api/communities/${survey.communityId}/estates`, (id) => `/api/estates/${id}`),
      afterSave: isEdit ? 'keep' : (values) => ({ ...blankEstate, estateType: values.estateType }),
      constraintsFrom: estateInputSchema,
    },
  );
  const types = useOptions(estateTypes, 'estateType');
  const statuses = useOptions(ownersCommitteeStatuses, 'communities.ownersCommitteeStatus');

  return (
    <RecordFormFrame form={form} isEdit={isEdit} prefix={prefix} title={t('communities.estate.newTitle')}>
      <TextField label={t('communities.estate.name')} {...form.field('name')} testId={`${prefix}-name`} />
      <SelectField
        label={t('communities.estate.type')}
        options={types}
        {...form.field('estateType')}
        testId={`${prefix}-type`}
      />
      <TextField
        label={t('communities.estate.buildYear')}
        hint={t('communities.estate.buildYearHint')}
        inputMode="numeric"
        {...form.field('buildYear')}
        testId={`${prefix}-build-year`}
      />
      <TextField
        label={t('communities.estate.households')}
        inputMode="numeric"
        {...form.field('households')}
        testId={`${prefix}-households`}
      />
      <TextField label={t('communities.estate.propertyCompany')} {...form.field('propertyCompany')} />
      <TextField label={t('communities.estate.ownersCommittee')} {...form.field('ownersCommittee')} />
      <SelectField
        label={t('communities.estate.ownersCommitteeStatus')}
        options={statuses}
        {...form.field('ownersCommitteeStatus')}
        testId={`${prefix}-committee-status`}
      />
      {isEdit && <TextField label={t('communities.notes')} multiline {...form.field('notes')} />}
    </RecordFormFrame>
  );
}

type CommitteeStatus = (typeof ownersCommitteeStatuses)[number];

const numbers = ['buildYear', 'households'] as const;

const blankEstate = {
  name: '',
  estateType: '' as EstateType | '',
  buildYear: '',
  households: '',
  propertyCompany: '',
  ownersCommittee: '',
  ownersCommitteeStatus: '' as CommitteeStatus | '',
  notes: '',
};

/** A courtyard 院落 added to an estate, from the estate's row. */
export function CourtyardForm({ estateId, onSaved }: { estateId: string; onSaved: RecordFormProps<never>['onSaved'] }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    courtyardInputSchema,
    { name: '' },
    { send: sendSurvey('post', `/api/estates/${estateId}/courtyards`), onSaved, afterSave: 'reset' },
  );
  return (
    <form className="form form--inline" data-testid="courtyard-form" noValidate onSubmit={form.onSubmit}>
      <TextField label={t('communities.estate.courtyardName')} {...form.field('name')} />
      <FormFooter state={form} label={t('communities.estate.addCourtyard')} testId="courtyard-submit" />
    </form>
  );
}
