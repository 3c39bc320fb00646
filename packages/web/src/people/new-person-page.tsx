import {
  type ActivistKind,
  activistKinds,
  type FoundVia,
  foundVias,
  type PersonDetail,
  personCreateInputSchema,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { FormFooter } from '../shared/form-footer';
import { formInput } from '../shared/form-input';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import { CheckField } from './check-field';
import { useCommunityOptions } from './community-options';
import { useEstateOptions } from './estate-options';

/**
 * A short form (domain: collect the minimum): name and community; estate, phone, birth year and
 * "activist" (with its kind and how they were found) optional.
 */
export function NewPersonPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('people.form.title'));
  const navigate = useNavigate();
  const communities = useCommunityOptions();
  const form = useSchemaForm(
    personCreateInputSchema,
    {
      name: '',
      communityId: '',
      phone: '',
      birthYear: '',
      estateId: '',
      isActivist: false,
      activistKind: '' as ActivistKind | '',
      foundVia: '' as FoundVia | '',
    },
    {
      // The activist's kind and how they were found go with "activist" only.
      toInput: ({ activistKind, foundVia, ...values }) =>
        formInput(values.isActivist ? { ...values, activistKind, foundVia } : values, personCreateInputSchema, {
          numbers: ['birthYear'],
        }),
      send: (data) => api.post<PersonDetail>('/api/people', data),
      onSaved: (created) => navigate(`/people/${created.id}`),
    },
  );
  const { values } = form;
  const estates = useEstateOptions(values.communityId || null);

  return (
    <section className="page page--narrow">
      <h1>{t('people.form.title')}</h1>
      <form className="form card" noValidate onSubmit={form.onSubmit} data-testid="new-person-form">
        <TextField label={t('people.form.name')} {...form.field('name')} testId="new-person-name" />
        <SelectField
          label={t('people.form.community')}
          {...form.field('communityId')}
          onChange={(communityId) => form.setValues((now) => ({ ...now, communityId, estateId: '' }))}
          options={[
            { value: '', label: t('people.form.chooseCommunity') },
            ...communities.map((c) => ({ value: c.id, label: c.name })),
          ]}
          testId="new-person-community"
        />
        {estates.length > 0 && (
          <SelectField
            label={t('people.form.estate')}
            {...form.field('estateId')}
            options={[
              { value: '', label: t('people.form.chooseEstate') },
              ...estates.map((e) => ({ value: e.id, label: e.name })),
            ]}
            testId="new-person-estate"
          />
        )}
        <TextField
          label={t('people.form.phone')}
          {...form.field('phone')}
          type="tel"
          inputMode="tel"
          hint={t('people.form.phoneHint')}
          testId="new-person-phone"
        />
        <TextField
          label={t('people.form.birthYear')}
          {...form.field('birthYear')}
          inputMode="numeric"
          testId="new-person-birth-year"
        />
        <CheckField
          label={t('people.form.isActivist')}
          checked={values.isActivist}
          onChange={(isActivist) => form.set('isActivist', isActivist)}
          testId="new-person-activist"
        />
        {values.isActivist && (
          <>
            <SelectField
              label={t('people.facts.kind')}
              {...form.field('activistKind')}
              options={[
                { value: '', label: t('people.notRecorded') },
                ...activistKinds.map((kind) => ({ value: kind, label: t(`people.activistKinds.${kind}`) })),
              ]}
              testId="new-person-activist-kind"
            />
            <SelectField
              label={t('people.facts.foundVia')}
              {...form.field('foundVia')}
              options={[
                { value: '', label: t('people.notRecorded') },
                ...foundVias.map((via) => ({ value: via, label: t(`people.foundVia.${via}`) })),
              ]}
              testId="new-person-found-via"
            />
          </>
        )}
        <FormFooter state={form} label={t('people.form.submit')} testId="new-person-submit" />
      </form>
    </section>
  );
}
