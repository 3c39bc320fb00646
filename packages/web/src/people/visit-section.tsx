import { type PersonDetail, personVisitInputSchema, shanghaiDate } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { formInput } from '../shared/form-input';
import { formatDate } from '../shared/format';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

/** The visit log 走访记录, newest first, with the seed's two-visit nudge and the "log a visit" form. */
export function VisitSection({ person, onChanged }: { person: PersonDetail; onChanged: (p: PersonDetail) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const form = useSchemaForm(
    personVisitInputSchema,
    { visitedOn: shanghaiDate(new Date()), place: '', learned: '' },
    {
      toInput: (values) => formInput(values, personVisitInputSchema),
      send: (data) => api.post<PersonDetail>(`/api/people/${person.id}/visits`, data),
      onSaved: onChanged,
      afterSave: (values) => ({ ...values, place: '', learned: '' }),
    },
  );
  if (person.visits === null) return null;

  return (
    <section className="card" aria-labelledby="visits-title">
      <h2 id="visits-title">{t('people.visits.title')}</h2>
      <p>
        {t('people.visits.count', { count: person.visitCount })}{' '}
        {person.needsVisits && (
          <span className="status status--inactive" data-testid="visit-nudge">
            {t('people.nudgeHint')}
          </span>
        )}
      </p>
      {person.visits.length === 0 ? (
        <p className="muted">{t('people.noRecord')}</p>
      ) : (
        <ul className="link-list">
          {person.visits.map((visit) => (
            <li key={visit.id} data-testid="visit-row">
              <strong>{formatDate(visit.visitedOn, locale)}</strong> · {visit.visitorName}
              {visit.place && <> · {visit.place}</>}
              {visit.learned && <div>{visit.learned}</div>}
            </li>
          ))}
        </ul>
      )}
      {person.canVisit && (
        <form className="form" noValidate onSubmit={form.onSubmit} data-testid="visit-form">
          <h3>{t('people.visits.add')}</h3>
          <TextField label={t('people.visits.date')} type="date" {...form.field('visitedOn')} testId="visit-date" />
          <TextField label={t('people.visits.place')} {...form.field('place')} testId="visit-place" />
          <TextField label={t('people.visits.learned')} {...form.field('learned')} multiline testId="visit-learned" />
          <FormFooter state={form} label={t('people.visits.submit')} testId="visit-submit" />
        </form>
      )}
    </section>
  );
}
