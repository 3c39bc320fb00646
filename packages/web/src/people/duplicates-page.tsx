import type { PersonDetail, PersonDuplicatePair, PersonSummary } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { useSubmission } from '../shared/use-schema-form';

/** Possible duplicates side by side; staff keep one and merge the other into it (all history kept). */
export function DuplicatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('people.duplicates.title'));
  const { resource, reload } = useResource<{ items: PersonDuplicatePair[] }>('/api/people/duplicates');
  const merging = useSubmission();

  async function merge(keep: PersonSummary, duplicate: PersonSummary) {
    const isMerged = await merging.run(() =>
      api.post<PersonDetail>(`/api/people/${keep.id}/merge`, { mergeId: duplicate.id }),
    );
    if (isMerged) reload();
  }

  return (
    <section className="page page--wide" data-testid="duplicates-page">
      <h1>{t('people.duplicates.title')}</h1>
      <p className="lead">{t('people.duplicates.intro')}</p>
      {merging.failure && <ErrorNotice message={merging.failure} />}
      <p className="success" role="status">
        {merging.isSaved ? t('people.duplicates.merged') : ''}
      </p>
      <ResourceView resource={resource} onRetry={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('people.duplicates.none')}</p>
          ) : (
            <ul className="card-grid">
              {items.map(({ reason, people: [left, right] }) => (
                <li key={`${left.id}-${right.id}`} className="card" data-testid="duplicate-pair">
                  <p className="label">{t(`people.duplicates.reason.${reason}`)}</p>
                  <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
                    <PersonCard person={left} />
                    <PersonCard person={right} />
                  </div>
                  <div className="form__actions">
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => merge(left, right)}
                      data-testid="merge-keep-left"
                    >
                      {t('people.duplicates.keepLeft')}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => merge(right, left)}
                      data-testid="merge-keep-right"
                    >
                      {t('people.duplicates.keepRight')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
    </section>
  );
}

function PersonCard({ person }: { person: PersonSummary }) {
  const { t } = useTranslation();
  return (
    <div style={{ flex: '1 1 140px' }}>
      <Link to={`/people/${person.id}`}>
        <strong>{person.name}</strong>
      </Link>
      <div className="muted">{[person.communityName, person.estateName].filter(Boolean).join(' · ')}</div>
      <div>{person.phone ?? '—'}</div>
      <div className="muted">
        {t(`people.trustStages.${person.trustStage}`)} · {t('people.visits.count', { count: person.visitCount })}
      </div>
    </div>
  );
}
