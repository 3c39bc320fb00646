import {
  type CommunitySurvey,
  type EstateType,
  estateTypes,
  estateUpdateInputSchema,
  ownersCommitteeStatuses,
  type Space,
  type Stakeholder,
  type SurveyEstate,
  spaceOwners,
  spaceUpdateInputSchema,
  stakeholderKinds,
  stakeholderUpdateInputSchema,
  usageFrequencies,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/text-field';
import { FormFooter } from './form-footer';
import { optionalNumber, SelectField, useOptions, useSurveySubmit } from './survey-fields';

/**
 * Edit forms for survey records already saved, opened in place from a row's "edit" button. They
 * start from the record as it is and send only a PATCH; a cleared field is sent as null (cleared).
 */

type Saved = (survey: CommunitySurvey) => void;
interface EditProps<T> {
  record: T;
  onSaved: Saved;
  onDone: () => void;
}

/** '' → null (cleared), otherwise the trimmed text. */
const textOrNull = (value: string) => value.trim() || null;
const numberOrNull = (value: string) => optionalNumber(value) ?? null;

/** Closes the form after a successful save, so the row shows the new values. */
function useEditSubmit(onSaved: Saved, onDone: () => void) {
  return useSurveySubmit((survey) => {
    onSaved(survey);
    onDone();
  });
}

export function EstateEditForm({ record, onSaved, onDone }: EditProps<SurveyEstate>) {
  const { t } = useTranslation();
  const [name, setName] = useState(record.name);
  const [estateType, setEstateType] = useState<EstateType | ''>(record.estateType);
  const [buildYear, setBuildYear] = useState(record.buildYear?.toString() ?? '');
  const [households, setHouseholds] = useState(record.households?.toString() ?? '');
  const [propertyCompany, setPropertyCompany] = useState(record.propertyCompany ?? '');
  const [ownersCommittee, setOwnersCommittee] = useState(record.ownersCommittee ?? '');
  const [status, setStatus] = useState<(typeof ownersCommitteeStatuses)[number] | ''>(
    record.ownersCommitteeStatus ?? '',
  );
  const [notes, setNotes] = useState(record.notes ?? '');
  const form = useEditSubmit(onSaved, onDone);
  const types = useOptions(estateTypes, 'estateType');
  const statuses = useOptions(ownersCommitteeStatuses, 'survey.ownersCommitteeStatus');

  async function submit() {
    const parsed = estateUpdateInputSchema.safeParse({
      name,
      estateType: estateType || undefined,
      buildYear: numberOrNull(buildYear),
      households: numberOrNull(households),
      propertyCompany: textOrNull(propertyCompany),
      ownersCommittee: textOrNull(ownersCommittee),
      ownersCommitteeStatus: status || null,
      notes: textOrNull(notes),
    });
    await form.send('patch', `/api/estates/${record.id}`, parsed);
  }

  return (
    <form className="form" data-testid="estate-edit-form" noValidate onSubmit={form.handler(submit)}>
      <TextField label={t('survey.estate.name')} value={name} onChange={setName} error={form.errors.name} required />
      <SelectField
        label={t('survey.estate.type')}
        value={estateType}
        options={types}
        onChange={setEstateType}
        error={form.errors.estateType}
        required
      />
      <TextField
        label={t('survey.estate.buildYear')}
        hint={t('survey.estate.buildYearHint')}
        inputMode="numeric"
        value={buildYear}
        onChange={setBuildYear}
        error={form.errors.buildYear}
        testId="estate-edit-build-year"
      />
      <TextField
        label={t('survey.estate.households')}
        inputMode="numeric"
        value={households}
        onChange={setHouseholds}
        error={form.errors.households}
      />
      <TextField
        label={t('survey.estate.propertyCompany')}
        value={propertyCompany}
        onChange={setPropertyCompany}
        error={form.errors.propertyCompany}
        maxLength={200}
      />
      <TextField
        label={t('survey.estate.ownersCommittee')}
        value={ownersCommittee}
        onChange={setOwnersCommittee}
        error={form.errors.ownersCommittee}
        maxLength={200}
      />
      <SelectField
        label={t('survey.estate.ownersCommitteeStatus')}
        value={status}
        options={statuses}
        onChange={setStatus}
        error={form.errors.ownersCommitteeStatus}
        testId="estate-edit-committee-status"
      />
      <TextField label={t('survey.notes')} value={notes} onChange={setNotes} multiline />
      <FormFooter {...form} label={t('survey.save')} testId="estate-edit-submit" />
    </form>
  );
}

export function StakeholderEditForm({ record, onSaved, onDone }: EditProps<Stakeholder>) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Stakeholder['kind'] | ''>(record.kind);
  const [name, setName] = useState(record.name);
  const [contactName, setContactName] = useState(record.contactName ?? '');
  // A masked phone (138****1234) is never sent back: the field starts empty for roles that see a mask.
  const isMasked = record.contactPhone?.includes('*') ?? false;
  const [contactPhone, setContactPhone] = useState(isMasked ? '' : (record.contactPhone ?? ''));
  const [notes, setNotes] = useState(record.relationshipNotes ?? '');
  const form = useEditSubmit(onSaved, onDone);
  const kinds = useOptions(stakeholderKinds, 'survey.stakeholderKind');

  async function submit() {
    const parsed = stakeholderUpdateInputSchema.safeParse({
      kind: kind || undefined,
      name,
      contactName: textOrNull(contactName),
      contactPhone: isMasked && !contactPhone.trim() ? undefined : textOrNull(contactPhone),
      relationshipNotes: textOrNull(notes),
    });
    await form.send('patch', `/api/stakeholders/${record.id}`, parsed);
  }

  return (
    <form className="form" data-testid="stakeholder-edit-form" noValidate onSubmit={form.handler(submit)}>
      <h4>{t('survey.editTitle')}</h4>
      <SelectField
        label={t('survey.stakeholder.kindLabel')}
        value={kind}
        options={kinds}
        onChange={setKind}
        error={form.errors.kind}
        required
      />
      <TextField
        label={t('survey.stakeholder.name')}
        value={name}
        onChange={setName}
        error={form.errors.name}
        required
      />
      <TextField
        label={t('survey.stakeholder.contactName')}
        value={contactName}
        onChange={setContactName}
        error={form.errors.contactName}
        maxLength={60}
        testId="stakeholder-edit-contact-name"
      />
      <TextField
        label={t('survey.stakeholder.contactPhone')}
        type="tel"
        inputMode="tel"
        value={contactPhone}
        onChange={setContactPhone}
        error={form.errors.contactPhone}
        testId="stakeholder-edit-phone"
      />
      <TextField
        label={t('survey.stakeholder.relationshipNotes')}
        value={notes}
        onChange={setNotes}
        error={form.errors.relationshipNotes}
        multiline
        testId="stakeholder-edit-notes"
      />
      <FormFooter {...form} label={t('survey.save')} testId="stakeholder-edit-submit" />
    </form>
  );
}

export function SpaceEditForm({ record, onSaved, onDone }: EditProps<Space>) {
  const { t } = useTranslation();
  const [name, setName] = useState(record.name);
  const [owner, setOwner] = useState<Space['owner'] | ''>(record.owner);
  const [capacity, setCapacity] = useState(record.capacity?.toString() ?? '');
  const [rules, setRules] = useState(record.openingRules ?? '');
  const [manager, setManager] = useState(record.manager ?? '');
  const [frequency, setFrequency] = useState<(typeof usageFrequencies)[number] | ''>(record.usageFrequency ?? '');
  const [notes, setNotes] = useState(record.notes ?? '');
  const form = useEditSubmit(onSaved, onDone);
  const owners = useOptions(spaceOwners, 'survey.spaceOwner');
  const frequencies = useOptions(usageFrequencies, 'survey.usageFrequency');

  async function submit() {
    const parsed = spaceUpdateInputSchema.safeParse({
      name,
      owner: owner || undefined,
      capacity: numberOrNull(capacity),
      openingRules: textOrNull(rules),
      manager: textOrNull(manager),
      usageFrequency: frequency || null,
      notes: textOrNull(notes),
    });
    await form.send('patch', `/api/spaces/${record.id}`, parsed);
  }

  return (
    <form className="form" data-testid="space-edit-form" noValidate onSubmit={form.handler(submit)}>
      <TextField label={t('survey.space.name')} value={name} onChange={setName} error={form.errors.name} required />
      <SelectField
        label={t('survey.space.owner')}
        value={owner}
        options={owners}
        onChange={setOwner}
        error={form.errors.owner}
        required
      />
      <TextField
        label={t('survey.space.capacity')}
        inputMode="numeric"
        value={capacity}
        onChange={setCapacity}
        error={form.errors.capacity}
        testId="space-edit-capacity"
      />
      <TextField
        label={t('survey.space.openingRules')}
        value={rules}
        onChange={setRules}
        error={form.errors.openingRules}
      />
      <TextField label={t('survey.space.manager')} value={manager} onChange={setManager} error={form.errors.manager} />
      <SelectField
        label={t('survey.space.usageFrequency')}
        value={frequency}
        options={frequencies}
        onChange={setFrequency}
        error={form.errors.usageFrequency}
      />
      <TextField label={t('survey.notes')} value={notes} onChange={setNotes} multiline />
      <FormFooter {...form} label={t('survey.save')} testId="space-edit-submit" />
    </form>
  );
}
