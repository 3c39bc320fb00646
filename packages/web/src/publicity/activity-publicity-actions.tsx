import type { ActivityDetail, ActivityPublicityState, PublicityDraft } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../shared/api';
import { useResource } from '../shared/use-resource';
import { useSubmission } from '../shared/use-schema-form';
import './publicity.css';

/**
 * One tap from a record to its publicity draft, share page and poster. Shows "make" to whoever may
 * edit (the leader, staff), "edit" once a draft exists, and "view the share page" to anyone who
 * reads the activity once it is published.
 */
export function ActivityPublicityActions({ activity }: { activity: ActivityDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { resource } = useResource<ActivityPublicityState>(`/api/activities/${activity.id}/publicity`);
  const making = useSubmission();
  if (resource.status !== 'ready' || activity.mergedIntoId) return null;
  const { draft, canEdit } = resource.data;
  if (!draft && !canEdit) return null;

  async function make() {
    await making.run(async () => {
      const made = await api.post<PublicityDraft>(`/api/activities/${activity.id}/publicity`);
      navigate(`/publicity/${made.id}/edit`);
    });
  }

  return (
    <section className="activity-section publicity-actions" data-testid="publicity-actions">
      <h2>{t('publicity.actions.heading')}</h2>
      {draft ? (
        <p className={`publicity-status publicity-status--${draft.status}`} data-testid="publicity-status">
          {draft.status === 'published' ? t('publicity.actions.published') : t('publicity.actions.draft')}
        </p>
      ) : (
        <p className="muted">{t('publicity.actions.hint')}</p>
      )}
      <div className="publicity-actions__buttons">
        {!draft && canEdit && (
          <button
            type="button"
            className="button button--primary button--block"
            onClick={make}
            disabled={making.isSubmitting}
            data-testid="publicity-make"
          >
            {making.isSubmitting ? t('publicity.actions.making') : t('publicity.actions.make')}
          </button>
        )}
        {draft && canEdit && (
          <Link
            className="button button--primary button--block"
            to={`/publicity/${draft.id}/edit`}
            data-testid="publicity-edit"
          >
            {t('publicity.actions.edit')}
          </Link>
        )}
        {draft?.status === 'published' && (
          <Link className="button button--secondary button--block" to={draft.sharePath} data-testid="publicity-view">
            {t('publicity.actions.view')}
          </Link>
        )}
      </div>
      {making.failure && (
        <p className="publicity-error" role="alert">
          {making.failure}
        </p>
      )}
    </section>
  );
}
