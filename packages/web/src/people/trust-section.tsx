import { type PersonDetail, type TrustStage, trustStages } from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api, asApiError } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { formatDate } from '../shared/format';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';

/** The trust stage 陌生 → 熟络 → 初步信任 → 信任, its dated history, and staff's move with a reason. */
export function TrustSection({ person, onChanged }: { person: PersonDetail; onChanged: (p: PersonDetail) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const next = trustStages[Math.min(trustStages.indexOf(person.trustStage) + 1, trustStages.length - 1)] as TrustStage;
  const [toStage, setToStage] = useState<TrustStage>(next);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setSubmitting(true);
    try {
      const updated = await api.post<PersonDetail>(`/api/people/${person.id}/trust`, { toStage, reason });
      onChanged(updated);
      setReason('');
      const after = trustStages.indexOf(updated.trustStage);
      setToStage(trustStages[Math.min(after + 1, trustStages.length - 1)] as TrustStage);
    } catch (error) {
      setFailure(asApiError(error).message);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section className="card" aria-labelledby="trust-title">
      <h2 id="trust-title">{t('people.trust.title')}</h2>
      <p className="lead">
        <span className="stage-badge" data-testid="trust-stage" data-stage={person.trustStage}>
          {t(`people.trustStages.${person.trustStage}`)}
        </span>
      </p>
      {person.trustHistory.length > 0 && (
        <>
          <h3>{t('people.trust.history')}</h3>
          <ul className="link-list">
            {person.trustHistory.map((change) => (
              <li key={change.id} data-testid="trust-history-row">
                {formatDate(change.changedOn, locale)} ·{' '}
                {t('people.trust.entry', {
                  from: t(`people.trustStages.${change.fromStage}`),
                  to: t(`people.trustStages.${change.toStage}`),
                })}
                {change.reason && <div className="muted">{change.reason}</div>}
              </li>
            ))}
          </ul>
        </>
      )}
      {person.canMoveTrust && (
        <form className="form" noValidate onSubmit={submit} data-testid="trust-form">
          <h3>{t('people.trust.move')}</h3>
          <SelectField
            label={t('people.trust.to')}
            value={toStage}
            onChange={(value) => setToStage(value as TrustStage)}
            options={trustStages.map((stage) => ({ value: stage, label: t(`people.trustStages.${stage}`) }))}
            testId="trust-to"
          />
          <TextField
            label={t('people.trust.reason')}
            value={reason}
            onChange={setReason}
            required
            maxLength={1000}
            hint={t('people.trust.reasonHint')}
            testId="trust-reason"
          />
          {failure && <ErrorNotice message={failure} />}
          <button type="submit" className="button button--primary" disabled={isSubmitting} data-testid="trust-submit">
            {t('people.trust.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
