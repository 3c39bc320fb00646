import type { CoachingSession, OrganizationSummary } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { useDocumentTitle } from '../shared/document-title';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { SessionForm } from './session-form';
import './coaching.css';

/** Change a recorded coaching session: the record form, prefilled (PATCH /api/coaching-sessions/{id}). */
export function SessionEditPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('coaching.edit.title'));
  const locale = currentLocale();
  const { id = '' } = useParams();
  const { resource, reload } = useResource<CoachingSession>(`/api/coaching-sessions/${encodeURIComponent(id)}`);
  const organizations = useResource<{ items: OrganizationSummary[] }>('/api/organizations').resource;
  const [saved, setSaved] = useState<CoachingSession | null>(null);
  return (
    <article className="page page--narrow" data-testid="coaching-session-edit-page">
      <header className="page-header">
        <h1>{t('coaching.edit.title')}</h1>
      </header>
      {saved ? (
        <div className="card" data-testid="coaching-session-saved">
          <p className="success">{t('coaching.edit.saved')}</p>
          <p data-testid="coaching-session-saved-summary">
            {formatDate(saved.heldOn, locale)} · {t(`coaching.kinds.${saved.kind}`)} · {saved.topic}
          </p>
          <Link className="button button--primary" to="/coaching/sessions" data-testid="coaching-back-to-list">
            {t('coaching.list.title')}
          </Link>
        </div>
      ) : (
        <ResourceView resource={resource} onRetry={reload}>
          {(session) => (
            <SessionForm
              organizations={organizations.status === 'ready' ? organizations.data.items : []}
              initialIds={[]}
              session={session}
              onSaved={setSaved}
            />
          )}
        </ResourceView>
      )}
    </article>
  );
}
