import { addDays, can, type PlannedOccurrence } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { formatDateTime } from '../shared/format';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { FiguresPanel } from './activity-figures-panel';
import { Outbox } from './activity-outbox';
import { shanghaiClock } from './form-values';
import { HeldButton } from './held-button';
import { OccurrenceSignInLink } from './occurrence-sign-in-link';
import { RecentActivities } from './recent-activities';
import { RecordButtons } from './record-buttons';
import { occurrenceKey, useRecordOccurrence } from './use-record-occurrence';
import './activities.css';

/** The organization page's activities: figures, recent records, planned ones, the phone's outbox, a big button to record. */
export function OrganizationActivitiesSection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const mayRecord = can(user, 'activity.record');
  const today = shanghaiClock(new Date()).date;
  // Experts review proposals, not activity records: one line says so instead of an empty section.
  if (!can(user, 'activity.read'))
    return (
      <p className="muted" data-testid="organization-activities-hidden">
        {t('activities.section.hidden')}
      </p>
    );
  return (
    <section className="activities-section" data-testid="organization-activities">
      <h2>{t('activities.section.title')}</h2>
      <RecordButtons organizationId={organizationId} />
      {mayRecord && <Outbox organizationId={organizationId} />}
      <PlannedList organizationId={organizationId} today={today} mayRecord={mayRecord} />
      <RecentActivities organizationId={organizationId} />
      <FiguresPanel organizationId={organizationId} today={today} />
    </section>
  );
}

export function PlannedList({
  organizationId,
  today,
  mayRecord,
}: {
  organizationId: string;
  today: string;
  mayRecord: boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const recording = useRecordOccurrence();
  const { resource } = useResource<PlannedOccurrence[] | { items: PlannedOccurrence[] }>(
    `/api/planned-activities?organizationId=${encodeURIComponent(organizationId)}&from=${addDays(today, -30)}&to=${addDays(today, 30)}`,
  );
  if (resource.status !== 'ready') return null;
  const occurrences = Array.isArray(resource.data) ? resource.data : resource.data.items;

  return (
    <div className="planned" data-testid="planned-activities">
      <h3>{t('activities.section.planned')}</h3>
      {occurrences.length === 0 ? (
        <p className="muted">{t('activities.section.noPlanned')}</p>
      ) : (
        <ul className="planned__list">
          {occurrences.map((occurrence) => {
            const key = occurrenceKey(occurrence);
            return (
              <li key={key} className="planned__item" data-testid="planned-occurrence" data-date={occurrence.on}>
                <span>
                  <strong>{occurrence.title}</strong>
                  <span className="muted"> {formatDateTime(occurrence.startsAt, locale)}</span>
                </span>
                <OccurrenceSignInLink occurrence={occurrence} today={today} />
                {occurrence.activityId && !occurrence.awaitsHeld ? (
                  <Link to={`/activities/${occurrence.activityId}`}>{t('activities.section.heldDone')}</Link>
                ) : (
                  mayRecord &&
                  occurrence.on <= today && (
                    <HeldButton occurrence={occurrence} recording={recording} testId="planned-held" />
                  )
                )}
              </li>
            );
          })}
        </ul>
      )}
      {recording.failure && <p className="field__error">{recording.failure}</p>}
    </div>
  );
}
