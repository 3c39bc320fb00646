import {
  type ActivistKind,
  activistKinds,
  type FoundVia,
  foundVias,
  type PersonDetail,
  personCreateInputSchema,
} from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, asApiError } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromServer } from '../shared/validation';
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
  const [name, setName] = useState('');
  const [communityId, setCommunityId] = useState('');
  const [phone, setPhone] = useState('');
  const [birthYear, setBirthYear] = useState('');
  const [estateId, setEstateId] = useState('');
  const [isActivist, setActivist] = useState(false);
  const [activistKind, setActivistKind] = useState<ActivistKind | ''>('');
  const [foundVia, setFoundVia] = useState<FoundVia | ''>('');
  const estates = useEstateOptions(communityId || null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const parsed = personCreateInputSchema.safeParse({
      name,
      communityId,
      isActivist,
      ...(estateId && { estateId }),
      ...(isActivist && activistKind && { activistKind }),
      ...(isActivist && foundVia && { foundVia }),
      ...(phone.trim() && { phone: phone.trim() }),
      ...(birthYear.trim() && { birthYear: Number(birthYear) }),
    });
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues, t));
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      const created = await api.post<PersonDetail>('/api/people', parsed.data);
      navigate(`/people/${created.id}`);
    } catch (error) {
      const apiError = asApiError(error);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
      setSubmitting(false);
    }
  }

  return (
    <section className="page page--narrow">
      <h1>{t('people.form.title')}</h1>
      <form className="form card" noValidate onSubmit={submit} data-testid="new-person-form">
        <TextField
          label={t('people.form.name')}
          value={name}
          onChange={setName}
          required
          maxLength={60}
          error={errors.name}
          testId="new-person-name"
        />
        <SelectField
          label={t('people.form.community')}
          value={communityId}
          onChange={(id) => {
            setCommunityId(id);
            setEstateId('');
          }}
          options={[
            { value: '', label: t('people.form.chooseCommunity') },
            ...communities.map((c) => ({ value: c.id, label: c.name })),
          ]}
          error={errors.communityId}
          testId="new-person-community"
        />
        {estates.length > 0 && (
          <SelectField
            label={t('people.form.estate')}
            value={estateId}
            onChange={setEstateId}
            options={[
              { value: '', label: t('people.form.chooseEstate') },
              ...estates.map((e) => ({ value: e.id, label: e.name })),
            ]}
            error={errors.estateId}
            testId="new-person-estate"
          />
        )}
        <TextField
          label={t('people.form.phone')}
          value={phone}
          onChange={setPhone}
          type="tel"
          inputMode="tel"
          hint={t('people.form.phoneHint')}
          error={errors.phone}
          testId="new-person-phone"
        />
        <TextField
          label={t('people.form.birthYear')}
          value={birthYear}
          onChange={setBirthYear}
          inputMode="numeric"
          error={errors.birthYear}
          testId="new-person-birth-year"
        />
        <CheckField
          label={t('people.form.isActivist')}
          checked={isActivist}
          onChange={setActivist}
          testId="new-person-activist"
        />
        {isActivist && (
          <>
            <SelectField
              label={t('people.facts.kind')}
              value={activistKind}
              onChange={(kind) => setActivistKind(kind as ActivistKind | '')}
              options={[
                { value: '', label: t('people.notRecorded') },
                ...activistKinds.map((kind) => ({ value: kind, label: t(`people.activistKinds.${kind}`) })),
              ]}
              testId="new-person-activist-kind"
            />
            <SelectField
              label={t('people.facts.foundVia')}
              value={foundVia}
              onChange={(via) => setFoundVia(via as FoundVia | '')}
              options={[
                { value: '', label: t('people.notRecorded') },
                ...foundVias.map((via) => ({ value: via, label: t(`people.foundVia.${via}`) })),
              ]}
              testId="new-person-found-via"
            />
          </>
        )}
        {failure && <ErrorNotice message={failure} />}
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={isSubmitting}
            data-testid="new-person-submit"
          >
            {isSubmitting ? t('people.form.saving') : t('people.form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
