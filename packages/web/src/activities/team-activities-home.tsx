import { addDays, can, type PlannedOccurrence } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { formatDate } from '../shared/format';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { Outbox } from './activity-outbox';
import { shanghaiClock } from './form-values';
import { HeldButton } from './held-button';
import { PlannedList } from './organization-activities-section';
import { RecentActivities } from './recent-activities';
import { RecordButtons } from './record-buttons';
import { occurrenceKey, useRecordOccurrence } from './use-record-occurrence';
import './activities.css';

/** How far back a planned date without a record still asks the leader (older ones are history). */
const gapDays = 60;

/**
 * The team's own home, what a leader does first (issue 16): 举办了 for today's planned activity and
 * 记录活动, within the first screen; what waits on this phone; planned dates that passed without a
 * record; the last few records, one tap each; the coming planned dates.
 */
export function TeamActivitiesHome({ organizationId }: { organizationId: string }) {
  const user = useUser();
  const mayRecord = can(user, 'activity.record');
  const today = shanghaiClock(new Date()).date;
  return (
    <section className="activities-section team-activities" data-testid="organization-activities">
      {mayRecord && <TodaysPlans organizationId={organizationId} today={today} />}
      <RecordButtons organizationId={organizationId} />
      {mayRecord && <Outbox organizationId={organizationId} />}
      {mayRecord && <NeedsAction organizationId={organizationId} today={today} />}
      <RecentActivities organizationId={organizationId} limit={5} />
      <PlannedList organizationId={organizationId} today={today} mayRecord={mayRecord} />
    </section>
  );
}

function useOccurrences(
  kind: 'planned-activities' | 'activity-gaps',
  organizationId: string,
  from: string,
  to: string,
) {
  const { resource } = useResource<{ items: PlannedOccurrence[] }>(
    `/api/${kind}?organizationId=${encodeURIComponent(organizationId)}&from=${from}&to=${to}`,
  );
  return resource.status === 'ready' ? resource.data.items : [];
}

/** Today's planned activity: 举办了 turns it into the record in one tap; once recorded, a link to it. */
function TodaysPlans({ organizationId, today }: { organizationId: string; today: string }) {
  const { t } = useTranslation();
  const { held, busy, failure } = useRecordOccurrence();
  const occurrences = useOccurrences('planned-activities', organizationId, today, today);
  if (occurrences.length === 0) return null;
  return (
    <div className="today-plans" data-testid="today-plans">
      {occurrences.map((occurrence) =>
        occurrence.activityId && !occurrence.awaitsHeld ? (
          <Link
            key={occurrenceKey(occurrence)}
            className="button button--secondary button--block"
            to={`/activities/${occurrence.activityId}`}
            data-testid="today-recorded"
          >
            {t('activities.home.todayRecorded', { title: occurrence.title })}
          </Link>
        ) : (
          <button
            key={occurrenceKey(occurrence)}
            type="button"
            className="button button--primary button--block button--big today-plans__held"
            disabled={busy === occurrenceKey(occurrence)}
            data-testid="today-held"
            onClick={() => void held(occurrence)}
          >
            <span>{t('activities.home.todayHeld', { title: occurrence.title })}</span>
            <span className="today-plans__time">
              {t('activities.home.todayTime', { time: shanghaiClock(new Date(occurrence.startsAt)).time })}
            </span>
          </button>
        ),
      )}
      {failure && <p className="field__error">{failure}</p>}
    </div>
  );
}

/** 要处理的事: planned dates of the last two months that passed without a record. */
function NeedsAction({ organizationId, today }: { organizationId: string; today: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const recording = useRecordOccurrence();
  const gaps = useOccurrences('activity-gaps', organizationId, addDays(today, -gapDays), addDays(today, -1));
  if (gaps.length === 0) return null;
  return (
    <div className="needs-action" data-testid="needs-action">
      <h3>{t('activities.home.needsAction')}</h3>
      <p className="muted">{t('activities.home.gapsHint')}</p>
      <ul className="planned__list">
        {gaps.map((gap) => (
          <li key={occurrenceKey(gap)} className="planned__item" data-testid="needs-action-gap">
            <span>
              <strong>{gap.title}</strong>
              <span className="muted"> {formatDate(gap.on, locale)}</span>
            </span>
            <HeldButton occurrence={gap} recording={recording} testId="gap-held" />
          </li>
        ))}
      </ul>
      {recording.failure && <p className="field__error">{recording.failure}</p>}
    </div>
  );
}
