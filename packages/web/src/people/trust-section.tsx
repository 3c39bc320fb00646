import { type PersonDetail, personTrustMoveInputSchema, type TrustStage, trustStages } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { formatDate } from '../shared/format';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

/** The trust stage 陌生 → 熟络 → 初步信任 → 信任, its dated history, and staff's move with a reason. */
export function TrustSection({ person, onChanged }: { person: PersonDetail; onChanged: (p: PersonDetail) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const nextAfter = (stage: TrustStage) =>
    trustStages[Math.min(trustStages.indexOf(stage) + 1, trustStages.length - 1)] as TrustStage;
  const form = useSchemaForm(
    personTrustMoveInputSchema,
    { toStage: nextAfter(person.trustStage), reason: '' },
    {
      send: (data) => api.post<PersonDetail>(`/api/people/${person.id}/trust`, data),
      onSaved: onChanged,
      afterSave: (_typed, updated) => ({ toStage: nextAfter(updated.trustStage), reason: '' }),
    },
  );

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
        <form className="form" noValidate onSubmit={form.onSubmit} data-testid="trust-form">
          <h3>{t('people.trust.move')}</h3>
          <SelectField
            label={t('people.trust.to')}
            {...form.field('toStage')}
            options={trustStages.map((stage) => ({ value: stage, label: t(`people.trustStages.${stage}`) }))}
            testId="trust-to"
          />
          <TextField
            label={t('people.trust.reason')}
            {...form.field('reason')}
            hint={t('people.trust.reasonHint')}
            testId="trust-reason"
          />
          <FormFooter state={form} label={t('people.trust.submit')} testId="trust-submit" />
        </form>
      )}
    </section>
  );
}
