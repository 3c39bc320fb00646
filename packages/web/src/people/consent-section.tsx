import { can, type PersonDetail, personConsentInputSchema, shanghaiDate } from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api, asApiError } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { formatDate } from '../shared/format';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromServer } from '../shared/validation';
import './people.css';

/**
 * What the person agreed to, when, and when they withdrew (PIPL art. 14–15). For a child under 14
 * the consent is a guardian's (art. 31): their name and relation are asked for, and required.
 */
export function ConsentSection({ person, onChanged }: { person: PersonDetail; onChanged: (p: PersonDetail) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const user = useUser();
  const [failure, setFailure] = useState<string | null>(null);
  const canWrite = can(user.role, 'person.consent.write') && !person.isErased && !person.mergedIntoId;

  async function withdraw(consentId: string) {
    if (!window.confirm(t('people.consents.confirmWithdraw'))) return;
    setFailure(null);
    try {
      const withdrawnOn = shanghaiDate(new Date());
      onChanged(
        await api.post<PersonDetail>(`/api/people/${person.id}/consents/${consentId}/withdraw`, { withdrawnOn }),
      );
    } catch (error) {
      setFailure(asApiError(error).message);
    }
  }

  return (
    <section className="card" aria-labelledby="consents-title" data-testid="consent-section">
      <h2 id="consents-title">{t('people.consents.title')}</h2>
      {person.consents.length === 0 ? (
        <p className="muted">{t('people.noRecord')}</p>
      ) : (
        <ul className="link-list">
          {person.consents.map((consent) => (
            <li key={consent.id} className="consent-row" data-testid="consent-row">
              <div>
                <strong>{consent.purpose}</strong> ·{' '}
                {t('people.consents.agreed', { date: formatDate(consent.agreedOn, locale) })}
                {consent.withdrawnOn && (
                  <span data-testid="consent-withdrawn">
                    {' '}
                    · {t('people.consents.withdrawn', { date: formatDate(consent.withdrawnOn, locale) })}
                  </span>
                )}
                {consent.guardianName && (
                  <div className="muted">
                    {t('people.consents.guardian', {
                      name: consent.guardianName,
                      relation: consent.guardianRelation ?? '',
                    })}
                  </div>
                )}
              </div>
              {canWrite && !consent.withdrawnOn && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => withdraw(consent.id)}
                  data-testid="consent-withdraw"
                >
                  {t('people.consents.withdraw')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {failure && <ErrorNotice message={failure} />}
      {canWrite && <ConsentForm person={person} onChanged={onChanged} />}
    </section>
  );
}

function ConsentForm({ person, onChanged }: { person: PersonDetail; onChanged: (p: PersonDetail) => void }) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState('');
  const [agreedOn, setAgreedOn] = useState(() => shanghaiDate(new Date()));
  const [guardianName, setGuardianName] = useState('');
  const [guardianRelation, setGuardianRelation] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const parsed = personConsentInputSchema.safeParse({
      purpose,
      agreedOn,
      ...(person.isChild && { guardianName, guardianRelation }),
    });
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues, t));
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      onChanged(await api.post<PersonDetail>(`/api/people/${person.id}/consents`, parsed.data));
      setPurpose('');
      setGuardianName('');
      setGuardianRelation('');
    } catch (error) {
      const apiError = asApiError(error);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div className="person-sections">
      <details>
        <summary data-testid="consent-open">{t('people.consents.add')}</summary>
        <form className="form" noValidate onSubmit={submit} data-testid="consent-form">
          <TextField
            label={t('people.consents.purpose')}
            value={purpose}
            onChange={setPurpose}
            required
            maxLength={500}
            hint={t('people.consents.purposeHint')}
            error={errors.purpose}
            testId="consent-purpose"
          />
          <TextField
            label={t('people.consents.agreedOn')}
            type="date"
            value={agreedOn}
            onChange={setAgreedOn}
            required
            error={errors.agreedOn}
            testId="consent-agreed-on"
          />
          {person.isChild && (
            <>
              <p className="muted">{t('people.consents.childHint')}</p>
              <TextField
                label={t('people.consents.guardianName')}
                value={guardianName}
                onChange={setGuardianName}
                required
                maxLength={60}
                error={errors.guardianName}
                testId="consent-guardian-name"
              />
              <TextField
                label={t('people.consents.guardianRelation')}
                value={guardianRelation}
                onChange={setGuardianRelation}
                required
                maxLength={30}
                hint={t('people.consents.guardianRelationHint')}
                error={errors.guardianRelation}
                testId="consent-guardian-relation"
              />
            </>
          )}
          {failure && <ErrorNotice message={failure} />}
          <button type="submit" className="button button--primary" disabled={isSubmitting} data-testid="consent-submit">
            {t('people.consents.submit')}
          </button>
        </form>
      </details>
    </div>
  );
}
