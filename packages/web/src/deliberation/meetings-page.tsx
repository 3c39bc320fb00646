import { can, type MeetingSummary } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { MeetingTypeForm } from './meeting-type-form';

/** The meetings the caller sees, newest first: each a big link to its page (a phone's list). */
export function MeetingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('deliberation.title'));
  const meetings = useResource<MeetingSummary[]>('/api/meetings');
  const user = useUser();
  return (
    <article className="page page--narrow" data-testid="meetings-page">
      <header className="page-header">
        <h1>{t('deliberation.title')}</h1>
      </header>
      <p className="muted">{t('deliberation.intro')}</p>
      {can(user, 'deliberation.manage') && (
        <p>
          <Link className="button button--primary" to="/meetings/new" data-testid="meeting-new">
            {t('deliberation.form.new')}
          </Link>
        </p>
      )}
      {can(user, 'deliberation.types.manage') && <MeetingTypeForm />}
      <ResourceView resource={meetings.resource} onRetry={meetings.reload}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('deliberation.empty')}</p>
          ) : (
            <ul className="meeting-list">
              {list.map((meeting) => (
                <li key={meeting.id} className="card">
                  <Link to={`/meetings/${meeting.id}`} data-testid="meeting-link">
                    <strong>{meeting.title}</strong>
                  </Link>
                  <p className="muted">
                    {meeting.heldOn} · {meeting.typeName}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
    </article>
  );
}
