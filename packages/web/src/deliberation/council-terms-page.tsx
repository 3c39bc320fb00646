import { type CouncilTerm, can, shanghaiDate } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { CouncilTermForm } from './council-term-form';
import './deliberation.css';

/**
 * A children's council's terms 届, newest first: each its number, dates, one goal and how many
 * members, a big link to its page; the council's leader and staff start the next term here.
 */
export function CouncilTermsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  useDocumentTitle(t('deliberation.terms.title'));
  const user = useUser();
  const terms = useResource<CouncilTerm[]>(`/api/organizations/${encodeURIComponent(id)}/council-terms`);
  return (
    <article className="page page--narrow" data-testid="council-terms-page">
      <header className="page-header">
        <h1>{t('deliberation.terms.title')}</h1>
      </header>
      <ResourceView resource={terms.resource} onRetry={terms.reload}>
        {(list) => (
          <>
            {list.length === 0 && <p>{t('deliberation.terms.none')}</p>}
            <ul className="meeting-list">
              {list.map((term) => (
                <li key={term.id} className="card">
                  <Link to={`/council-terms/${term.id}`} data-testid="council-term-link">
                    <strong>{t('deliberation.terms.number', { number: term.number })}</strong>
                  </Link>
                  <p className="muted">
                    <TermDates term={term} /> · {t('deliberation.terms.members', { count: term.members.length })}
                  </p>
                  <p>{term.goal ?? t('deliberation.terms.noGoal')}</p>
                </li>
              ))}
            </ul>
            {can(user, 'deliberation.terms.manage') && (
              <CouncilTermForm
                organizationId={id}
                nextNumber={Math.max(0, ...list.map((term) => term.number)) + 1}
                today={shanghaiDate(new Date())}
                onSaved={(term) => void navigate(`/council-terms/${term.id}`)}
              />
            )}
          </>
        )}
      </ResourceView>
    </article>
  );
}

export function TermDates({ term }: { term: Pick<CouncilTerm, 'startsOn' | 'endsOn'> }) {
  const { t } = useTranslation();
  return (
    <>{t('deliberation.terms.dates', { from: term.startsOn, to: term.endsOn ?? t('deliberation.terms.ongoing') })}</>
  );
}
