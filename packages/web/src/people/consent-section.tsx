import { can, type PersonDetail, personConsentInputSchema, shanghaiDate } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { FormFooter } from '../shared/form-footer';
import { formInput } from '../shared/form-input';
import { formatDate } from '../shared/format';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useSchemaForm, useSubmission } from '../shared/use-schema-form';
import './people.css';

/**
 * What the person agreed to, when, and when they withdrew (PIPL art. 14–15). For a child under 14
 * the consent is a guardian's (art. 31): their name and relation are asked for, and required.
 */
export function ConsentSection({ person, onChanged }: { person: PersonDetail; onChanged: (p: PersonDetail) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const user = useUser();
  const withdrawal = useSubmission();
  const canWrite = can(user, 'person.consent.write') && !person.isErased && !person.mergedIntoId;

  async function withdraw(consentId: string) {
    if (!window.confirm(t('people.consents.confirmWithdraw'))) return;
    const withdrawnOn = shanghaiDate(new Date());
    await withdrawal.run(async () =>
      onChanged(
        await api.post<PersonDetail>(`/api/people/${person.id}/consents/${consentId}/withdraw`, { withdrawnOn }),
      ),
    );
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
      {withdrawal.failure && <ErrorNotice message={withdrawal.failure} />}
      {canWrite && <ConsentForm person={person} onChanged={onChanged} />}
    </section>
  );
}

function ConsentForm({ person, onChanged }: { person: PersonDetail; onChanged: (p: PersonDetail) => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    personConsentInputSchema,
    { purpose: '', agreedOn: shanghaiDate(new Date()), guardianName: '', guardianRelation: '' },
    {
      // A child's guardian is asked for and sent as typed, so a blank one is refused.
      toInput: ({ guardianName, guardianRelation, ...consent }) => ({
        ...formInput(consent, personConsentInputSchema),
        ...(person.isChild && { guardianName, guardianRelation }),
      }),
      send: (data) => api.post<PersonDetail>(`/api/people/${person.id}/consents`, data),
      onSaved: onChanged,
      afterSave: (values) => ({ ...values, purpose: '', guardianName: '', guardianRelation: '' }),
    },
  );

  return (
    <div className="person-sections">
      <details>
        <summary data-testid="consent-open">{t('people.consents.add')}</summary>
        <form className="form" noValidate onSubmit={form.onSubmit} data-testid="consent-form">
          <TextField
            label={t('people.consents.purpose')}
            {...form.field('purpose')}
            hint={t('people.consents.purposeHint')}
            testId="consent-purpose"
          />
          <TextField
            label={t('people.consents.agreedOn')}
            type="date"
            {...form.field('agreedOn')}
            testId="consent-agreed-on"
          />
          {person.isChild && (
            <>
              <p className="muted">{t('people.consents.childHint')}</p>
              <TextField
                label={t('people.consents.guardianName')}
                {...form.field('guardianName')}
                required
                testId="consent-guardian-name"
              />
              <TextField
                label={t('people.consents.guardianRelation')}
                {...form.field('guardianRelation')}
                required
                hint={t('people.consents.guardianRelationHint')}
                testId="consent-guardian-relation"
              />
            </>
          )}
          <FormFooter state={form} label={t('people.consents.submit')} testId="consent-submit" />
        </form>
      </details>
    </div>
  );
}
