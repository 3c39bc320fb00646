import {
  type ActivityDetail,
  type ActivitySummary,
  activitiesOverlap,
  type TrackingLogCreated,
  type TrackingLogInput,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { currentLocale } from '../i18n';
import { ApiError, api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { formatDateTime } from '../shared/format';
import { useResource } from '../shared/use-resource';
import { useSubmission } from '../shared/use-schema-form';
import { useOrganizationOptions } from './organization-options';
import { TrackingLogForm } from './tracking-log-form';
import './tracking.css';

type Outcome =
  | { kind: 'logged'; activityId: string; attachedTo: 'existing' | 'created' }
  | { kind: 'choose'; candidates: ActivitySummary[]; input: TrackingLogInput };

/**
 * /tracking/new?organizationId=: a staff member logs a visit without first finding the activity.
 * The server attaches the log to the matching activity or makes one; when several match, the
 * candidates are shown and the log goes to the one chosen.
 */
export function TrackingVisitPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('tracking.visit.title'));
  const [params] = useSearchParams();
  const organizations = useOrganizationOptions();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [attempt, setAttempt] = useState(0);
  const logging = useSubmission();
  const organizationId = params.get('organizationId') ?? undefined;

  async function logOn(activityId: string, input: TrackingLogInput) {
    const isLogged = await logging.run(() => api.post(`/api/activities/${activityId}/tracking-logs`, input));
    if (isLogged) setOutcome({ kind: 'logged', activityId, attachedTo: 'existing' });
  }

  return (
    <article className="page page--narrow" data-testid="tracking-visit-page">
      <h1>{t('tracking.visit.title')}</h1>
      <p className="lead">{t('tracking.visit.lead')}</p>
      {outcome?.kind === 'logged' && (
        <div className="card" data-testid="tracking-visit-result" data-attached-to={outcome.attachedTo}>
          <p>{outcome.attachedTo === 'existing' ? t('tracking.visit.attached') : t('tracking.visit.created')}</p>
          <ActivityLine activityId={outcome.activityId} />
          <div className="tracking-pair__actions">
            <Link
              className="button button--primary"
              to={`/activities/${outcome.activityId}`}
              data-testid="tracking-visit-open"
            >
              {t('tracking.visit.open')}
            </Link>
            <button
              className="button button--secondary"
              type="button"
              onClick={() => {
                setOutcome(null);
                setAttempt((n) => n + 1);
              }}
            >
              {t('tracking.visit.another')}
            </button>
          </div>
        </div>
      )}
      {outcome?.kind === 'choose' && (
        <div className="card" data-testid="tracking-visit-candidates">
          <p>{t('tracking.visit.chooseTitle')}</p>
          <ul className="tracking-logs">
            {outcome.candidates.map((candidate) => (
              <li key={candidate.id} className="tracking-log">
                <strong>{candidate.title}</strong>{' '}
                <span className="muted">{formatDateTime(candidate.startsAt, currentLocale())}</span>{' '}
                <button
                  className="button button--secondary"
                  type="button"
                  data-testid="tracking-visit-choose"
                  onClick={() => logOn(candidate.id, outcome.input)}
                >
                  {t('tracking.visit.choose')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {logging.failure && <ErrorNotice message={logging.failure} />}
      {outcome?.kind !== 'logged' && (organizations.length > 0 || organizationId) && (
        <div className="card">
          <TrackingLogForm
            key={attempt}
            testId="tracking-visit-form"
            organizations={
              organizations.length > 0 ? organizations : organizationId ? [{ id: organizationId, name: '' }] : []
            }
            defaults={{ organizationId }}
            submit={async (input) => {
              try {
                const created = await api.post<TrackingLogCreated>('/api/tracking-logs', input);
                setOutcome({ kind: 'logged', activityId: created.activityId, attachedTo: created.attachedTo });
                return { activityId: created.activityId, logId: created.log.id };
              } catch (error) {
                if (error instanceof ApiError && error.code === 'tracking.several_matches') {
                  const candidates = await api
                    .get<{ items: ActivitySummary[] }>(
                      `/api/activities?organizationId=${input.organizationId}&from=${input.observedStartsAt.slice(0, 10)}&to=${input.observedStartsAt.slice(0, 10)}`,
                    )
                    .then((answer) =>
                      answer.items.filter((a) =>
                        activitiesOverlap(
                          {
                            organizationIds: [input.organizationId],
                            startsAt: new Date(input.observedStartsAt),
                            endsAt: new Date(input.observedEndsAt),
                          },
                          {
                            organizationIds: a.organizations.map((o) => o.id),
                            startsAt: new Date(a.startsAt),
                            endsAt: new Date(a.endsAt),
                          },
                        ),
                      ),
                    );
                  setOutcome({ kind: 'choose', candidates, input });
                  return null;
                }
                throw error;
              }
            }}
          />
        </div>
      )}
    </article>
  );
}

/** The activity the log landed on, in a line: title, organizations, time. */
function ActivityLine({ activityId }: { activityId: string }) {
  const { resource } = useResource<ActivityDetail>(`/api/activities/${activityId}`);
  if (resource.status !== 'ready') return null;
  const activity = resource.data;
  return (
    <p data-testid="tracking-visit-activity">
      <strong>{activity.title}</strong>{' '}
      <span className="muted">
        {activity.organizations.map((o) => o.name).join('、')} · {formatDateTime(activity.startsAt, currentLocale())}
      </span>
    </p>
  );
}
