import { type ActivitySummary, addDays, can, type PlannedOccurrence } from '@seedbed/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { BarChart } from '../shared/charts/bar-chart';
import { formatDate, formatDateTime } from '../shared/format';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { useSubmission } from '../shared/use-schema-form';
import { LocalStatus } from './form-controls';
import { shanghaiClock } from './form-values';
import { type LocalActivity, listLocal, onLocalChange } from './local-store';
import { OccurrenceSignInLink } from './occurrence-sign-in-link';
import { runOutbox, startOutbox } from './outbox-runner';
import './activities.css';

interface Figures {
  total: number;
  perMonth: { month: string; count: number }[];
  byOpenness: Record<'members_only' | 'invited' | 'open_to_all', number>;
  joint: number;
  planned: { due: number; held: number; gaps: number };
}

/** The organization page's activities: figures, recent records, planned ones, the phone's outbox, a big button to record. */
export function OrganizationActivitiesSection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const mayRecord = can(user, 'activity.record');
  const today = shanghaiClock(new Date()).date;
  const id = encodeURIComponent(organizationId);
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
      {mayRecord && (
        <div className="activities-section__actions">
          <Link
            className="button button--primary button--block button--big"
            to={`/activities/new?organizationId=${id}`}
            data-testid="record-activity"
          >
            {t('activities.record')}
          </Link>
          {can(user, 'activity.plan') && (
            <Link
              className="button button--secondary"
              to={`/activities/plan?organizationId=${id}`}
              data-testid="plan-activity"
            >
              {t('activities.section.addPlan')}
            </Link>
          )}
        </div>
      )}
      {mayRecord && <Outbox organizationId={organizationId} />}
      <PlannedList organizationId={organizationId} today={today} mayRecord={mayRecord} />
      <RecentList organizationId={organizationId} />
      <FiguresPanel organizationId={organizationId} today={today} />
    </section>
  );
}

/** Activities typed on this phone and not yet on the server. */
function Outbox({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<LocalActivity[]>([]);
  useEffect(() => {
    let isCurrent = true;
    const load = () =>
      void listLocal()
        .then((all) => {
          if (isCurrent) setItems(all.filter((item) => item.organizationId === organizationId));
        })
        .catch(() => undefined);
    load();
    startOutbox();
    const stop = onLocalChange(load);
    return () => {
      isCurrent = false;
      stop();
    };
  }, [organizationId]);
  if (items.length === 0) return null;
  const id = encodeURIComponent(organizationId);
  return (
    <div className="outbox" data-testid="activity-outbox">
      <h3>{t('activities.local.outboxTitle')}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.localId} className="outbox__item" data-testid="outbox-item">
            <span className="outbox__title">{item.values.title || t('activities.local.untitled')}</span>
            <LocalStatus state={item.state} testId="outbox-status" />
            <span className="outbox__links">
              <Link to={`/activities/new?organizationId=${id}&local=${item.localId}`}>
                {t('activities.local.open')}
              </Link>
              {item.state === 'pending' && (
                <button type="button" className="button button--link" onClick={() => void runOutbox(true)}>
                  {t('activities.local.retryNow')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function PlannedList({
  organizationId,
  today,
  mayRecord,
}: {
  organizationId: string;
  today: string;
  mayRecord: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();
  const recording = useSubmission();
  const [busy, setBusy] = useState<string | null>(null);
  const { resource } = useResource<PlannedOccurrence[] | { items: PlannedOccurrence[] }>(
    `/api/planned-activities?organizationId=${encodeURIComponent(organizationId)}&from=${addDays(today, -30)}&to=${addDays(today, 30)}`,
  );
  if (resource.status !== 'ready') return null;
  const occurrences = Array.isArray(resource.data) ? resource.data : resource.data.items;

  async function held(occurrence: PlannedOccurrence) {
    const key = `${occurrence.plannedActivityId}/${occurrence.on}`;
    setBusy(key);
    const isRecorded = await recording.run(async () => {
      const record = await api.post<{ id: string }>(
        `/api/planned-activities/${encodeURIComponent(occurrence.plannedActivityId)}/occurrences/${occurrence.on}/record`,
        {},
      );
      navigate(`/activities/${record.id}`);
    });
    if (!isRecorded) setBusy(null);
  }

  return (
    <div className="planned" data-testid="planned-activities">
      <h3>{t('activities.section.planned')}</h3>
      {occurrences.length === 0 ? (
        <p className="muted">{t('activities.section.noPlanned')}</p>
      ) : (
        <ul className="planned__list">
          {occurrences.map((occurrence) => {
            const key = `${occurrence.plannedActivityId}/${occurrence.on}`;
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
                    <button
                      type="button"
                      className="button button--primary"
                      disabled={busy === key}
                      data-testid="planned-held"
                      onClick={() => void held(occurrence)}
                    >
                      {t('activities.section.held')}
                    </button>
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

function RecentList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { resource } = useResource<{ items: ActivitySummary[] }>(
    `/api/activities?organizationId=${encodeURIComponent(organizationId)}`,
  );
  if (resource.status !== 'ready') return null;
  const items = resource.data.items.slice(0, 10);
  return (
    <div className="recent" data-testid="recent-activities">
      <h3>{t('activities.section.recent')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('activities.section.none')}</p>
      ) : (
        <ul className="link-list">
          {items.map((activity) => (
            <li key={activity.id}>
              <Link to={`/activities/${activity.id}`} data-testid="recent-activity">
                {activity.title}
              </Link>
              <span className="muted"> {formatDate(activity.startsAt, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function FiguresPanel({ organizationId, today }: { organizationId: string; today: string }) {
  const { t } = useTranslation();
  const { resource } = useResource<Figures>(
    `/api/organizations/${encodeURIComponent(organizationId)}/activity-figures?from=${addDays(today, -365)}&to=${today}`,
  );
  if (resource.status !== 'ready') return null;
  const figures = resource.data;
  const open = figures.byOpenness.open_to_all + figures.byOpenness.invited;
  return (
    <div className="figures" data-testid="activity-figures">
      <h3>{t('activities.section.figures')}</h3>
      <div className="tiles">
        <Tile label={t('activities.section.total')} value={String(figures.total)} testId="figure-total" />
        <Tile label={t('activities.section.open')} value={String(open)} />
        <Tile label={t('activities.section.membersOnly')} value={String(figures.byOpenness.members_only)} />
        <Tile label={t('activities.section.joint')} value={String(figures.joint)} />
        <Tile
          label={t('activities.section.plannedHeld')}
          value={t('activities.section.plannedHeldValue', { held: figures.planned.held, due: figures.planned.due })}
        />
      </div>
      {figures.perMonth.length > 0 && (
        <BarChart
          bars={figures.perMonth.map((month) => ({
            label: month.month.slice(2),
            value: month.count,
            color: '#3b7d4f',
          }))}
          title={t('activities.section.perMonth')}
          description={t('activities.section.perMonthDescription')}
          categoryHeader={t('activities.section.month')}
          valueHeader={t('activities.section.count')}
          unavailableMessage={t('activities.section.chartUnavailable')}
          testId="activity-months-chart"
        />
      )}
    </div>
  );
}

function Tile({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="tile" data-testid={testId}>
      <span className="tile__label">{label}</span>
      <span className="tile__value">{value}</span>
    </div>
  );
}
