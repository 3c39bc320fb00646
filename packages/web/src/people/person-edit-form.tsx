import { activistKinds, foundVias, type PersonDetail, personUpdateInputSchema, shanghaiDate } from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromServer } from '../shared/validation';
import { CheckField } from './check-field';
import { useEstateOptions } from './estate-options';
import { IntroducerPicker } from './introducer-picker';
import { editValuesOf, isChildValue, type PersonEditValues, patchFrom } from './person-edit-values';
import { TraitRatings } from './trait-ratings';
import './people.css';

/**
 * Staff's edit of a person's facts, in collapsible sections so a phone shows one group at a time
 * (domain: forms stay short). Nothing is required but the name; only changed fields are sent.
 */
export function PersonEditForm({
  person,
  onSaved,
  onCancel,
}: {
  person: PersonDetail;
  onSaved: (person: PersonDetail) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const today = shanghaiDate(new Date());
  const estates = useEstateOptions(person.communityId);
  const [values, setValues] = useState<PersonEditValues>(() => editValuesOf(person));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const set =
    <K extends keyof PersonEditValues>(key: K) =>
    (value: PersonEditValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const isChild = isChildValue(values, today);
  const courtyards = estates.find((e) => e.id === values.estateId)?.courtyards ?? [];
  // The stored estate stays selectable while the community's estates load.
  const estateOptions =
    estates.length > 0 ? estates : person.estateId ? [{ id: person.estateId, name: person.estateName ?? '' }] : [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const patch = patchFrom(person, values, today);
    if (Object.keys(patch).length === 0) {
      onCancel();
      return;
    }
    const parsed = personUpdateInputSchema.safeParse(patch);
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues, t));
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      onSaved(await api.patch<PersonDetail>(`/api/people/${person.id}`, parsed.data));
    } catch (error) {
      const apiError = asApiError(error);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
      setSubmitting(false);
    }
  }

  return (
    <form className="form card person-sections" noValidate onSubmit={submit} data-testid="person-edit-form">
      <h2>{t('people.edit.title')}</h2>
      <details open data-testid="edit-basic">
        <summary>{t('people.edit.basic')}</summary>
        <TextField
          label={t('people.form.name')}
          value={values.name}
          onChange={set('name')}
          required
          maxLength={60}
          error={errors.name}
          testId="edit-name"
        />
        {isChild ? (
          <p className="muted" data-testid="edit-child-no-phone">
            {t('people.form.phoneHint')}
          </p>
        ) : (
          <TextField
            label={t('people.form.phone')}
            value={values.phone}
            onChange={set('phone')}
            type="tel"
            inputMode="tel"
            error={errors.phone}
            testId="edit-phone"
          />
        )}
        <TextField
          label={t('people.form.birthYear')}
          value={values.birthYear}
          onChange={set('birthYear')}
          inputMode="numeric"
          error={errors.birthYear}
          testId="edit-birth-year"
        />
        <TextField
          label={t('people.edit.birthDate')}
          type="date"
          value={values.birthDate}
          onChange={(birthDate) =>
            setValues((current) => ({
              ...current,
              birthDate,
              // The year follows the date, so the two never disagree.
              birthYear: birthDate ? birthDate.slice(0, 4) : current.birthYear,
            }))
          }
          error={errors.birthDate}
          testId="edit-birth-date"
        />
      </details>
      <details data-testid="edit-address">
        <summary>{t('people.edit.address')}</summary>
        <SelectField
          label={t('people.edit.estate')}
          value={values.estateId}
          onChange={(estateId) => setValues((current) => ({ ...current, estateId, courtyardId: '' }))}
          options={[
            { value: '', label: t('people.edit.noEstate') },
            ...estateOptions.map((e) => ({ value: e.id, label: e.name })),
          ]}
          error={errors.estateId}
          testId="edit-estate"
        />
        {courtyards.length > 0 && (
          <SelectField
            label={t('people.edit.courtyard')}
            value={values.courtyardId}
            onChange={set('courtyardId')}
            options={[
              { value: '', label: t('people.edit.noCourtyard') },
              ...courtyards.map((c) => ({ value: c.id, label: c.name })),
            ]}
            testId="edit-courtyard"
          />
        )}
        <TextField
          label={t('people.facts.address')}
          value={values.addressNote}
          onChange={set('addressNote')}
          maxLength={200}
          hint={t('people.edit.addressHint')}
          error={errors.addressNote}
          testId="edit-address-note"
        />
      </details>
      <details data-testid="edit-activist">
        <summary>{t('people.edit.activist')}</summary>
        <CheckField
          label={t('people.form.isActivist')}
          checked={values.isActivist}
          onChange={set('isActivist')}
          testId="edit-is-activist"
        />
        <SelectField
          label={t('people.facts.kind')}
          value={values.activistKind}
          onChange={(kind) => set('activistKind')(kind as PersonEditValues['activistKind'])}
          options={[
            { value: '', label: t('people.notRecorded') },
            ...activistKinds.map((kind) => ({ value: kind, label: t(`people.activistKinds.${kind}`) })),
          ]}
          testId="edit-activist-kind"
        />
        <SelectField
          label={t('people.facts.foundVia')}
          value={values.foundVia}
          onChange={(via) => set('foundVia')(via as PersonEditValues['foundVia'])}
          options={[
            { value: '', label: t('people.notRecorded') },
            ...foundVias.map((via) => ({ value: via, label: t(`people.foundVia.${via}`) })),
          ]}
          testId="edit-found-via"
        />
        <IntroducerPicker
          communityId={person.communityId}
          selfId={person.id}
          value={values.introducedBy}
          onChange={set('introducedBy')}
        />
        {errors.introducedById && <p className="field__error">{errors.introducedById}</p>}
      </details>
      <details data-testid="edit-traits">
        <summary>{t('people.traits.title')}</summary>
        <TraitRatings value={values.traits} onChange={set('traits')} />
      </details>
      <details data-testid="edit-volunteer">
        <summary>{t('people.edit.volunteer')}</summary>
        <TextField
          label={t('people.edit.volunteerOn')}
          type="date"
          value={values.volunteerRegisteredOn}
          onChange={set('volunteerRegisteredOn')}
          error={errors.volunteerRegisteredOn}
          testId="edit-volunteer-on"
        />
        <TextField
          label={t('people.edit.volunteerPlatform')}
          value={values.volunteerPlatform}
          onChange={set('volunteerPlatform')}
          maxLength={200}
          hint={t('people.edit.volunteerPlatformHint')}
          testId="edit-volunteer-platform"
        />
      </details>
      <details data-testid="edit-interests">
        <summary>{t('people.edit.interests')}</summary>
        <TextField
          label={t('people.facts.interests')}
          value={values.interests}
          onChange={set('interests')}
          multiline
          maxLength={5000}
          testId="edit-interests-text"
        />
        <TextField
          label={t('people.facts.wishes')}
          value={values.wishes}
          onChange={set('wishes')}
          multiline
          maxLength={5000}
          testId="edit-wishes"
        />
        <TextField
          label={t('people.facts.notes')}
          value={values.notes}
          onChange={set('notes')}
          multiline
          maxLength={5000}
          testId="edit-notes"
        />
      </details>
      {failure && <ErrorNotice message={failure} />}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting} data-testid="edit-submit">
          {isSubmitting ? t('people.form.saving') : t('people.edit.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel} data-testid="edit-cancel">
          {t('people.edit.cancel')}
        </button>
      </div>
    </form>
  );
}
