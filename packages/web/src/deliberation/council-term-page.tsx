import { type CouncilTerm, can, type Meeting, type MeetingSummary } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { CouncilTermForm } from './council-term-form';
import { TermDates } from './council-terms-page';
import './deliberation.css';

/**
 * One council term 届: its one goal, its members, its meetings and, under each, the votes taken and
 * what came of them; at the end, what the term achieved. Its leader and staff change the goal,
 * the members and the outcome here.
 */
export function CouncilTermPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser();
  const term = useResource<CouncilTerm>(`/api/council-terms/${encodeURIComponent(id)}`);
  useDocumentTitle(
    term.resource.status === 'ready'
      ? t('deliberation.terms.number', { number: term.resource.data.number })
      : t('deliberation.terms.title'),
  );
  return (
    <article className="page page--narrow" data-testid="council-term-page">
      <ResourceView resource={term.resource} onRetry={term.reload}>
        {(current) => (
          <>
            <header className="page-header">
              <h1>{t('deliberation.terms.number', { number: current.number })}</h1>
            </header>
            <p className="muted">
              <TermDates term={current} /> ·{' '}
              <Link to={`/organizations/${current.organizationId}/council-terms`}>{t('deliberation.terms.title')}</Link>
            </p>
            <section className="card">
              <h2>{t('deliberation.terms.goal')}</h2>
              <p data-testid="term-goal-text">{current.goal ?? t('deliberation.terms.noGoal')}</p>
            </section>
            <section className="card">
              <h2>{t('deliberation.terms.members', { count: current.members.length })}</h2>
              <p className="meeting-lines" data-testid="term-member-names">
                {current.members.map((m) => m.name).join('、') || t('deliberation.meeting.none')}
              </p>
            </section>
            <section className="card" data-testid="term-meetings">
              <h2>{t('deliberation.terms.meetings')}</h2>
              {current.meetings.length === 0 && <p className="muted">{t('deliberation.meeting.none')}</p>}
              {current.meetings.map((meeting) => (
                <TermMeeting key={meeting.id} meeting={meeting} />
              ))}
            </section>
            <section className="card">
              <h2>{t('deliberation.terms.outcome')}</h2>
              <p className="meeting-minutes" data-testid="term-outcome-text">
                {current.outcome ?? t('deliberation.meeting.none')}
              </p>
            </section>
            {can(user, 'deliberation.terms.manage') && (
              <CouncilTermForm
                organizationId={current.organizationId}
                term={current}
                nextNumber={current.number}
                today={current.startsOn}
                onSaved={term.replace}
              />
            )}
          </>
        )}
      </ResourceView>
    </article>
  );
}

/** A meeting of the term: a link to it, and its votes with their outcomes (read from the meeting). */
function TermMeeting({ meeting }: { meeting: MeetingSummary }) {
  const { t } = useTranslation();
  const detail = useResource<Meeting>(`/api/meetings/${encodeURIComponent(meeting.id)}`);
  const votes = detail.resource.status === 'ready' ? detail.resource.data.votes : [];
  return (
    <div className="vote">
      <Link to={`/meetings/${meeting.id}`} data-testid="term-meeting-link">
        <strong>{meeting.title}</strong>
      </Link>
      <p className="muted">
        {meeting.heldOn} · {meeting.typeName}
      </p>
      {votes.length > 0 && (
        <ul className="meeting-lines">
          {votes.map((vote) => {
            const result = vote.result;
            const leaders = result?.leaders
              .map((choice) => vote.options.find((o) => o.id === choice)?.label ?? choice)
              .join('、');
            return (
              <li key={vote.id}>
                {t('deliberation.terms.voteLine', {
                  question: vote.question,
                  result: result
                    ? `${t(`deliberation.vote.outcome.${result.outcome}`)}${leaders ? ` ${leaders}` : ''}`
                    : t('deliberation.vote.stillOpen'),
                })}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
