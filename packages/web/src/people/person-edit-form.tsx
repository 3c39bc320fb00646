import { activistKinds, foundVias, type PersonDetail, personUpdateInputSchema, shanghaiDate } from '@seedbed/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
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
  const form = useSchemaForm(personUpdateInputSchema, editValuesOf(person), {
    toInput: (values) => patchFrom(person, values, today),
    send: (patch) => api.patch<PersonDetail>(`/api/people/${person.id}`, patch),
    onSaved,
  });
  const { values, setValues, errors } = form;
  const set =
    <K extends keyof PersonEditValues>(key: K) =>
    (value: PersonEditValues[K]) =>
      form.set(key, value);
  const isChild = isChildValue(values, today);
  const courtyards = estates.find((e) => e.id === values.estateId)?.courtyards ?? [];
  // The stored estate stays selectable while the community's estates load.
  const estateOptions =
    estates.length > 0 ? estates : person.estateId ? [{ id: person.estateId, name: person.estateName ?? '' }] : [];

  /** Nothing changed: nothing to send, the form just closes. */
  function submit(event: FormEvent<HTMLFormElement>) {
    if (Object.keys(patchFrom(person, values, today)).length > 0) return form.onSubmit(event);
    event.preventDefault();
    onCancel();
  }

  return (
    <form className="form card person-sections" noValidate onSubmit={submit} data-testid="person-edit-form">
      <h2>{t('people.edit.title')}</h2>
      <details open data-testid="edit-basic">
        <summary>{t('people.edit.basic')}</summary>
        <TextField
          label={t('people.form.name')}
          {...form.field('name')}
          // A change may leave the name out, but never blank it.
          required
          testId="edit-name"
        />
        {isChild ? (
          <p className="muted" data-testid="edit-child-no-phone">
            {t('people.form.phoneHint')}
          </p>
        ) : (
          <TextField
            label={t('people.form.phone')}
            {...form.field('phone')}
            type="tel"
            inputMode="tel"
            testId="edit-phone"
          />
        )}
        <TextField
          label={t('people.form.birthYear')}
          {...form.field('birthYear')}
          inputMode="numeric"
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
          {...form.field('addressNote')}
          hint={t('people.edit.addressHint')}
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
          {...form.field('volunteerRegisteredOn')}
          testId="edit-volunteer-on"
        />
        <TextField
          label={t('people.edit.volunteerPlatform')}
          {...form.field('volunteerPlatform')}
          hint={t('people.edit.volunteerPlatformHint')}
          testId="edit-volunteer-platform"
        />
      </details>
      <details data-testid="edit-interests">
        <summary>{t('people.edit.interests')}</summary>
        <TextField
          label={t('people.facts.interests')}
          {...form.field('interests')}
          multiline
          testId="edit-interests-text"
        />
        <TextField label={t('people.facts.wishes')} {...form.field('wishes')} multiline testId="edit-wishes" />
        <TextField label={t('people.facts.notes')} {...form.field('notes')} multiline testId="edit-notes" />
      </details>
      <FormFooter state={form} label={t('people.edit.save')} testId="edit-submit">
        <button type="button" className="button button--ghost" onClick={onCancel} data-testid="edit-cancel">
          {t('people.edit.cancel')}
        </button>
      </FormFooter>
    </form>
  );
}
