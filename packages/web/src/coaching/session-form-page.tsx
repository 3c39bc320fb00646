import type { CoachingSession, OrganizationSummary } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../shared/document-title';
import { useResource } from '../shared/use-resource';
import { SessionForm } from './session-form';
import './coaching.css';

/**
 * Record a coaching session right after it, on a phone: kind chips, today's date, a duration preset,
 * the organizations present (search and tap), a topic. Everything else is optional and folded.
 */
export function SessionFormPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('coaching.form.title'));
  const [params] = useSearchParams();
  const { resource } = useResource<{ items: OrganizationSummary[] }>('/api/organizations');
  const organizations = resource.status === 'ready' ? resource.data.items : [];
  const [saved, setSaved] = useState<CoachingSession | null>(null);
  const [formKey, setFormKey] = useState(0);
  const initial = params.get('organizationId');
  return (
    <article className="page page--narrow" data-testid="coaching-session-form-page">
      <header className="page-header">
        <h1>{t('coaching.form.title')}</h1>
      </header>
      {saved ? (
        <div className="card" data-testid="coaching-session-saved">
          <p className="success">{t('coaching.form.saved')}</p>
          <p>
            {saved.heldOn} · {t(`coaching.kinds.${saved.kind}`)} · {saved.topic}
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setSaved(null);
              setFormKey((k) => k + 1);
            }}
          >
            {t('coaching.form.another')}
          </button>{' '}
          <Link to="/coaching/sessions">{t('coaching.list.title')}</Link>
        </div>
      ) : (
        <SessionForm
          key={formKey}
          organizations={organizations}
          initialIds={initial ? [initial] : []}
          onSaved={setSaved}
        />
      )}
    </article>
  );
}
