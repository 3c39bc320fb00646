import type { Meeting } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { MeetingForm } from './meeting-form';
import './deliberation.css';

/** /meetings/new (?organizationId= from a team's page): the form, then the new meeting's page. */
export function NewMeetingPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('deliberation.form.newTitle'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <article className="page page--narrow" data-testid="meeting-new-page">
      <header className="page-header">
        <h1>{t('deliberation.form.newTitle')}</h1>
      </header>
      <MeetingForm
        meeting={null}
        initialOrganizationId={params.get('organizationId') ?? undefined}
        onSaved={(saved) => navigate(`/meetings/${saved.id}`)}
      />
      <p>
        <Link to="/meetings">{t('deliberation.form.cancel')}</Link>
      </p>
    </article>
  );
}

/** /meetings/:id/edit: title, day, place and agenda of a meeting, then back to its page. */
export function EditMeetingPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('deliberation.form.editTitle'));
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const meeting = useResource<Meeting>(`/api/meetings/${encodeURIComponent(id)}`);
  return (
    <article className="page page--narrow" data-testid="meeting-edit-page">
      <header className="page-header">
        <h1>{t('deliberation.form.editTitle')}</h1>
      </header>
      <ResourceView resource={meeting.resource} onRetry={meeting.reload}>
        {(loaded) => <MeetingForm meeting={loaded} onSaved={(saved) => navigate(`/meetings/${saved.id}`)} />}
      </ResourceView>
      <p>
        <Link to={`/meetings/${encodeURIComponent(id)}`}>{t('deliberation.form.cancel')}</Link>
      </p>
    </article>
  );
}
