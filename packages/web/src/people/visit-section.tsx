import { type PersonDetail, shanghaiDate } from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api, asApiError } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { formatDate } from '../shared/format';
import { TextField } from '../shared/text-field';

/** The visit log 走访记录, newest first, with the seed's two-visit nudge and the "log a visit" form. */
export function VisitSection({ person, onChanged }: { person: PersonDetail; onChanged: (p: PersonDetail) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [visitedOn, setVisitedOn] = useState(() => shanghaiDate(new Date()));
  const [place, setPlace] = useState('');
  const [learned, setLearned] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  if (person.visits === null) return null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setSubmitting(true);
    try {
      const body = {
        visitedOn,
        ...(place.trim() && { place: place.trim() }),
        ...(learned.trim() && { learned: learned.trim() }),
      };
      onChanged(await api.post<PersonDetail>(`/api/people/${person.id}/visits`, body));
      setPlace('');
      setLearned('');
    } catch (error) {
      setFailure(asApiError(error).message);
    } finally {
      setSubmitting(false);
    }
  }

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
        <form className="form" noValidate onSubmit={submit} data-testid="visit-form">
          <h3>{t('people.visits.add')}</h3>
          <TextField
            label={t('people.visits.date')}
            type="date"
            value={visitedOn}
            onChange={setVisitedOn}
            testId="visit-date"
          />
          <TextField
            label={t('people.visits.place')}
            value={place}
            onChange={setPlace}
            maxLength={200}
            testId="visit-place"
          />
          <TextField
            label={t('people.visits.learned')}
            value={learned}
            onChange={setLearned}
            multiline
            maxLength={5000}
            testId="visit-learned"
          />
          {failure && <ErrorNotice message={failure} />}
          <button type="submit" className="button button--primary" disabled={isSubmitting} data-testid="visit-submit">
            {t('people.visits.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
