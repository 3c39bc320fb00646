import { type ActivityDetail, can, type DuplicatePair, recordsForTeam, type TrackingLog } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { formatDateTime } from '../shared/format';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { shanghaiParts, TrackingLogForm } from './tracking-log-form';
import './tracking.css';

/**
 * The staff side of one activity (追踪日志, seed 002): the tracking logs — the full text for staff,
 * assistants and admins; for the organization, officials and funders one line per visit ("工作人员
 * X 于 … 现场观察") — the form to write one, and a banner when this record is a suspected duplicate
 * or was merged into another.
 */
export function ActivityStaffSide({ activity, onChanged }: { activity: ActivityDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const mayWrite = can(user, 'tracking.record');
  const mayCheckDuplicates = can(user, 'tracking.duplicates.read');
  const logs = useResource<{ items: TrackingLog[] }>(`/api/activities/${activity.id}/tracking-logs`);
  const [isWriting, setWriting] = useState(false);

  return (
    <section className="card tracking-side" data-testid="activity-staff-side" aria-labelledby="tracking-side-heading">
      <h2 id="tracking-side-heading">{t('tracking.side.heading')}</h2>
      {activity.mergedIntoId && (
        <p className="tracking-banner" data-testid="tracking-merged-banner">
          {t('tracking.side.mergedBanner')}{' '}
          <Link to={`/activities/${activity.mergedIntoId}`}>{t('tracking.side.mergedLink')}</Link>
        </p>
      )}
      {/* The team's recorders (leader, deputy) get the activity page's own "complete it" notice instead. */}
      {activity.createdByTracking && !recordsForTeam(user) && (
        <p className="muted" data-testid="tracking-created-note">
          {t('tracking.side.createdByTracking')}
        </p>
      )}
      {mayCheckDuplicates && !activity.mergedIntoId && <DuplicateBanner activityId={activity.id} />}
      {logs.resource.status === 'ready' &&
        (logs.resource.data.items.length === 0 ? (
          <p className="muted" data-testid="tracking-logs-empty">
            {t('tracking.side.none')}
          </p>
        ) : (
          <ul className="tracking-logs" data-testid="tracking-logs">
            {logs.resource.data.items.map((log) => (
              <TrackingLogItem key={log.id} log={log} />
            ))}
          </ul>
        ))}
      {mayWrite && !activity.mergedIntoId && (
        <>
          <button
            className="button button--secondary"
            type="button"
            onClick={() => setWriting(!isWriting)}
            data-testid="tracking-write"
            aria-expanded={isWriting}
          >
            {isWriting ? t('tracking.side.cancel') : t('tracking.side.write')}
          </button>
          {isWriting && (
            <TrackingLogForm
              testId="tracking-log-form"
              organizations={activity.organizations}
              defaults={{
                organizationId: activity.organizations[0]?.id,
                date: shanghaiParts(activity.startsAt).date,
                from: shanghaiParts(activity.startsAt).time,
                to: shanghaiParts(activity.endsAt).time,
                place: activity.place?.name ?? activity.place?.text ?? '',
                observed: activity.title,
              }}
              submit={async (input) => {
                const log = await api.post<TrackingLog>(`/api/activities/${activity.id}/tracking-logs`, input);
                return { activityId: log.activityId, logId: log.id };
              }}
              onSaved={({ failedPhotos }) => {
                logs.reload();
                // The page reloads the activity (evidence, photos), which closes this form; when
                // photos failed, the form stays open with its notice so staff can see it.
                if (failedPhotos === 0) {
                  setWriting(false);
                  onChanged();
                }
              }}
            />
          )}
        </>
      )}
    </section>
  );
}

function TrackingLogItem({ log }: { log: TrackingLog }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const time = formatDateTime(log.observedStartsAt, locale) ?? '';
  if (log.isSummary)
    return (
      <li className="tracking-log tracking-log--summary" data-testid="tracking-log">
        {t('tracking.side.observedLine', { name: log.staffName, time })}
      </li>
    );
  return (
    <li className="tracking-log" data-testid="tracking-log">
      <p className="tracking-log__head">
        <strong>{log.observed}</strong>{' '}
        <span className="muted">
          {time}–{shanghaiParts(log.observedEndsAt).time} {log.placeText && `· ${log.placeText}`} ·{' '}
          {t('tracking.side.by', { name: log.staffName })}
          {log.photoCount > 0 && ` · ${t('tracking.side.photos', { count: log.photoCount })}`}
        </span>
      </p>
      {log.processRecord && (
        <p className="tracking-log__text">
          <span className="label">{t('tracking.form.processRecord')}</span> {log.processRecord}
        </p>
      )}
      {log.feelings && (
        <p className="tracking-log__text">
          <span className="label">{t('tracking.form.feelings')}</span> {log.feelings}
        </p>
      )}
      {log.cultivationIdeas && (
        <p className="tracking-log__text">
          <span className="label">{t('tracking.form.cultivationIdeas')}</span> {log.cultivationIdeas}
        </p>
      )}
    </li>
  );
}

function DuplicateBanner({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const pairs = useResource<{ items: DuplicatePair[] }>(`/api/activity-duplicates?activityId=${activityId}`);
  if (pairs.resource.status !== 'ready' || pairs.resource.data.items.length === 0) return null;
  return (
    <p className="tracking-banner" data-testid="tracking-duplicate-banner">
      {t('tracking.side.duplicateBanner')}{' '}
      <Link to={`/activities/duplicates?activityId=${activityId}`}>{t('tracking.side.duplicateLink')}</Link>
    </p>
  );
}
