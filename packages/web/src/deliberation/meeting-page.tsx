import { can, type Meeting } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { FollowUpsSection } from './follow-ups-section';
import { AttendeeForms, DecisionForm, MotionForm } from './meeting-record-forms';
import { MeetingShare } from './meeting-share';
import { MinutesEditor } from './minutes-editor';
import { VoteCard } from './vote-card';
import { VoteOpenForm } from './vote-open-form';
import './deliberation.css';

/**
 * A meeting's page, for the chair on a desk and a team leader on a phone: what was on the agenda,
 * who came, motions, decisions, follow-ups with their owners, the record, and each vote — its
 * count while open (a secret vote shows only how many voted), its result once closed.
 */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const meeting = useResource<Meeting>(`/api/meetings/${encodeURIComponent(id)}`);
  useDocumentTitle(meeting.resource.status === 'ready' ? meeting.resource.data.title : t('deliberation.title'));
  const user = useUser();
  const mayRun = can(user, 'deliberation.manage');
  return (
    <article className="page page--narrow" data-testid="meeting-page">
      <ResourceView resource={meeting.resource} onRetry={meeting.reload}>
        {(m) => (
          <>
            <header className="page-header">
              <h1>{m.title}</h1>
            </header>
            <p className="muted">
              {m.heldOn} · {m.typeName}
              {m.place ? ` · ${t('deliberation.meeting.place', { place: m.place })}` : ''}
            </p>
            <p>
              <a
                className="button"
                href={`/api/meetings/${m.id}/minutes.pdf?lang=${i18n.language}`}
                target="_blank"
                rel="noreferrer"
                data-testid="minutes-pdf"
              >
                {t('deliberation.meeting.printMinutes')}
              </a>
            </p>
            {mayRun && (
              <p>
                <Link className="button button--secondary" to={`/meetings/${m.id}/edit`} data-testid="meeting-edit">
                  {t('deliberation.form.edit')}
                </Link>
              </p>
            )}
            <Section
              title={t('deliberation.meeting.agenda')}
              lines={m.agenda.map((a) => `${a.position}. ${a.title}`)}
            />
            <Section
              title={t('deliberation.meeting.attendees', { count: m.attendees.length })}
              lines={m.attendees.map((a) => (a.isChild ? `${a.name}（${t('deliberation.meeting.child')}）` : a.name))}
            />
            {mayRun && <AttendeeForms meeting={m} onChanged={meeting.replace} />}
            <Section
              title={t('deliberation.meeting.motions')}
              lines={m.motions.map((x) =>
                x.amendsId ? `${x.text}（${t('deliberation.meeting.amendment')}）` : x.text,
              )}
            />
            {mayRun && <MotionForm meeting={m} onChanged={meeting.replace} />}
            <section className="card" data-testid="meeting-votes">
              <h2>{t('deliberation.vote.title')}</h2>
              {m.votes.length === 0 && <p className="muted">{t('deliberation.meeting.none')}</p>}
              {m.votes.map((vote) => (
                <VoteCard key={vote.id} vote={vote} mayRun={mayRun} onChanged={meeting.refresh} />
              ))}
              {mayRun && <VoteOpenForm meeting={m} onOpened={meeting.refresh} />}
            </section>
            <Section title={t('deliberation.meeting.decisions')} lines={m.decisions.map((d) => d.text)} />
            {mayRun && <DecisionForm meeting={m} onChanged={meeting.replace} />}
            <FollowUpsSection meeting={m} mayRun={mayRun} onChanged={meeting.replace} />
            {mayRun ? (
              <MinutesEditor meeting={m} onSaved={meeting.replace} />
            ) : (
              <section className="card">
                <h2>{t('deliberation.meeting.minutes')}</h2>
                <p className="meeting-minutes">{m.minutes || t('deliberation.meeting.noMinutes')}</p>
              </section>
            )}
            {mayRun && <MeetingShare meeting={m} onChanged={meeting.replace} />}
          </>
        )}
      </ResourceView>
    </article>
  );
}

function Section({ title, lines }: { title: string; lines: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h2>{title}</h2>
      {lines.length === 0 ? (
        <p className="muted">{t('deliberation.meeting.none')}</p>
      ) : (
        <ul className="meeting-lines">
          {lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are shown, never reordered
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
