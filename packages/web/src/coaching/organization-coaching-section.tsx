import { type CoachingSession, type CultivationPlan, can, type StaffHours } from '@seedbed/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { LineChart } from '../shared/charts/line-chart';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { hoursOf } from './chips';
import { PlanForm, ReviewForm } from './plan-forms';
import './coaching.css';

/** The organization page's cultivation plan, coaching sessions and staff-hours trend (coaching slice). */
export function OrganizationCoachingSection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const mayReadPlan = can(user, 'coaching.plan.read');
  const mayReadHours = can(user, 'coaching.staff_hours.read');
  const mayReadSessions = can(user, 'coaching.read');
  if (!mayReadPlan && !mayReadHours && !mayReadSessions) return null;
  return (
    <section className="card" data-testid="organization-coaching">
      <h2>{t('coaching.section.title')}</h2>
      {mayReadPlan && <PlanCard organizationId={organizationId} />}
      {mayReadHours && <StaffHoursTrend organizationId={organizationId} />}
      {mayReadSessions && <RecentSessions organizationId={organizationId} />}
    </section>
  );
}

function PlanCard({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const locale = currentLocale();
  const { resource, reload } = useResource<{ plan: CultivationPlan | null }>(
    `/api/organizations/${encodeURIComponent(organizationId)}/cultivation-plan`,
  );
  const mayWrite = can(user, 'coaching.plan.write');
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {({ plan }) => (
        <div data-testid="coaching-plan">
          {plan === null ? (
            <p className="muted">{t('coaching.section.noPlan')}</p>
          ) : (
            <>
              <p>
                <strong>{t('coaching.section.goal')}：</strong>
                <span data-testid="coaching-plan-goal">{plan.goal}</span>
                <span className="muted"> · {t(`coaching.status.${plan.status}`)}</span>
              </p>
              {plan.supportKinds.length > 0 && (
                <p>
                  <strong>{t('coaching.section.supportKinds')}：</strong>
                  {plan.supportKinds.map((kind) => t(`coaching.support.${kind}`)).join(' · ')}
                </p>
              )}
              {plan.nextStep && (
                <p className="coaching-plan__next" data-testid="coaching-plan-next">
                  <strong>{t('coaching.section.nextStep')}：</strong>
                  <span>{plan.nextStep}</span>
                  {plan.nextStepOn && (
                    <span className="muted">
                      {t('coaching.section.due', { date: formatDate(plan.nextStepOn, locale) })}
                    </span>
                  )}
                  {plan.isOverdue && (
                    <span className="coaching-overdue" data-testid="coaching-plan-overdue">
                      {t('coaching.section.overdue')}
                    </span>
                  )}
                </p>
              )}
              <details data-testid="coaching-plan-history">
                <summary>
                  {t('coaching.section.history')} ({plan.reviews.length})
                </summary>
                {plan.reviews.length === 0 ? (
                  <p className="muted">{t('coaching.section.noReviews')}</p>
                ) : (
                  <ol className="timeline">
                    {plan.reviews.map((review) => (
                      <li key={review.id} data-testid="coaching-plan-review">
                        <div className="muted">
                          {formatDate(review.reviewedOn, locale)}
                          {review.sessionTopic &&
                            ` · ${t('coaching.section.atSession', { topic: review.sessionTopic })}`}
                          {review.reviewedBy && ` · ${review.reviewedBy}`}
                        </div>
                        <div>{review.whatChanged}</div>
                        {review.nextStep && (
                          <div>
                            {t('coaching.section.nextStep')}：{review.nextStep}
                            {review.nextStepOn && ` (${formatDate(review.nextStepOn, locale)})`}
                          </div>
                        )}
                      </li>
                    ))}
                  </ol>
                )}
              </details>
            </>
          )}
          {mayWrite && plan !== null && <ReviewForm organizationId={organizationId} onDone={reload} />}
          {mayWrite && <PlanForm organizationId={organizationId} plan={plan} onDone={reload} />}
        </div>
      )}
    </ResourceView>
  );
}

function StaffHoursTrend({ organizationId }: { organizationId: string }) {
  const { resource, reload } = useResource<StaffHours>(
    `/api/organizations/${encodeURIComponent(organizationId)}/staff-hours`,
  );
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(hours) => <HoursChart hours={hours} />}
    </ResourceView>
  );
}

function HoursChart({ hours }: { hours: StaffHours }) {
  const { t } = useTranslation();
  const points = useMemo(
    () =>
      hours.months.map((m) => ({ label: m.month.slice(2).replace('-', '/'), value: Number(hoursOf(m.totalMinutes)) })),
    [hours],
  );
  return (
    <div data-testid="coaching-staff-hours">
      <p
        className={`coaching-trend coaching-trend--${hours.trend}`}
        data-testid="coaching-trend"
        data-trend={hours.trend}
      >
        {t(`coaching.trend.${hours.trend}`)}
      </p>
      <LineChart
        points={points}
        title={t('coaching.section.hoursTitle')}
        description={t('coaching.section.hoursDescription')}
        categoryHeader={t('coaching.section.month')}
        valueHeader={t('coaching.section.hoursHeader')}
        unavailableMessage={t('coaching.section.chartUnavailable')}
        testId="coaching-staff-hours-chart"
      />
    </div>
  );
}

function RecentSessions({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const locale = currentLocale();
  const { resource, reload } = useResource<{ items: CoachingSession[] }>(
    `/api/coaching-sessions?organizationId=${encodeURIComponent(organizationId)}`,
  );
  return (
    <div data-testid="coaching-recent-sessions">
      <h3>{t('coaching.section.recentSessions')}</h3>
      <ResourceView resource={resource} onRetry={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('coaching.section.noSessions')}</p>
          ) : (
            <ul className="coaching-list">
              {items.slice(0, 5).map((session) => (
                <li key={session.id} data-testid="coaching-recent-session">
                  <div className="muted">
                    {formatDate(session.heldOn, locale)} · {t(`coaching.kinds.${session.kind}`)} ·{' '}
                    {t('coaching.hours', { hours: hoursOf(session.durationMinutes) })} ·{' '}
                    {session.isOnline ? t('coaching.online') : t('coaching.offline')}
                  </div>
                  <div>
                    {session.topic}
                    {can(user, 'coaching.record') && (
                      <>
                        {' '}
                        <Link
                          to={`/coaching/sessions/${session.id}/edit`}
                          aria-label={t('coaching.edit.linkFor', { topic: session.topic })}
                          data-testid="coaching-recent-session-edit"
                        >
                          {t('coaching.edit.link')}
                        </Link>
                      </>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
      {can(user, 'coaching.record') && (
        <p>
          <Link className="button" to={`/coaching/sessions/new?organizationId=${encodeURIComponent(organizationId)}`}>
            {t('coaching.section.newSession')}
          </Link>{' '}
          <Link to={`/coaching/sessions?organizationId=${encodeURIComponent(organizationId)}`}>
            {t('coaching.section.allSessions')}
          </Link>
        </p>
      )}
    </div>
  );
}
