import {
  addDays,
  type CoachingSession,
  checkCoachingPeriod,
  coachingMaxPeriodDays,
  coachingPeriodMonths,
  computeWorkload,
  mapResult,
  ok,
  type Result,
  type StaffHours,
  type StaffMember,
  staffHoursTrend,
  type Workload,
  type WorkloadQuery,
} from '@seedbed/core';
import { sql } from 'kysely';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleStreets } from '../scope';
import { readCoachingSessions } from './read';

/**
 * Staff minutes spent on one organization per month over [from, to]: the coaching sessions it
 * attended — each counted with its full duration (a 20-organization training course counts its
 * whole length for each: every organization spent that time being coached) — plus the staff's
 * observation time in tracking logs (追踪日志: observed_ends_at − observed_starts_at, by the month
 * it started in Shanghai time). The trend: core's staffHoursTrend over the months.
 */
export async function organizationStaffHours(
  call: Pick<StoreContext, 'db' | 'scope' | 'today'>,
  organizationId: string,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<Result<StaffHours>> {
  const to = query.to ?? call.today;
  // Twelve whole months ending with the month of `to`.
  const from = query.from ?? `${addDays(`${to.slice(0, 7)}-01`, -334).slice(0, 7)}-01`;
  const checked = checkCoachingPeriod({ from, to }, coachingMaxPeriodDays);
  if (!checked.ok) return checked;
  const period = checked.value;
  const organization = await findInScope(call, 'organizations', organizationId);
  if (!organization.ok) return organization;
  const { db } = call;
  const coaching = await db
    .selectFrom('coaching_sessions')
    .innerJoin('coaching_session_organizations as cso', 'cso.session_id', 'coaching_sessions.id')
    .select([
      sql<string>`to_char(coaching_sessions.held_on, 'YYYY-MM')`.as('month'),
      sql<number>`count(*)::int`.as('sessions'),
      sql<number>`sum(coaching_sessions.duration_minutes)::int`.as('minutes'),
    ])
    .where('cso.organization_id', '=', organizationId)
    .where('coaching_sessions.held_on', '>=', period.from)
    .where('coaching_sessions.held_on', '<=', period.to)
    .groupBy(sql`1`)
    .execute();
  const startedOn = sql`(tracking_logs.observed_starts_at at time zone 'Asia/Shanghai')::date`;
  const tracking = await db
    .selectFrom('tracking_logs')
    .select([
      sql<string>`to_char(${startedOn}, 'YYYY-MM')`.as('month'),
      sql<number>`coalesce(round(sum(extract(epoch from (tracking_logs.observed_ends_at - tracking_logs.observed_starts_at))) / 60), 0)::int`.as(
        'minutes',
      ),
    ])
    .where('tracking_logs.organization_id', '=', organizationId)
    .where(startedOn, '>=', period.from)
    .where(startedOn, '<=', period.to)
    .groupBy(sql`1`)
    .execute();
  const coachingBy = new Map(coaching.map((row) => [row.month, row]));
  const trackingBy = new Map(tracking.map((row) => [row.month, row.minutes]));
  const months = coachingPeriodMonths(period.from, period.to).map((month) => {
    const coachingMinutes = coachingBy.get(month)?.minutes ?? 0;
    const trackingMinutes = trackingBy.get(month) ?? 0;
    return {
      month,
      sessions: coachingBy.get(month)?.sessions ?? 0,
      coachingMinutes,
      trackingMinutes,
      totalMinutes: coachingMinutes + trackingMinutes,
    };
  });
  const { trend, slope } = staffHoursTrend(months.map((m) => m.totalMinutes));
  return ok({ from: period.from, to: period.to, months, trend, slopeMinutesPerMonth: slope });
}

/**
 * The workload over a period (core's computeWorkload has the definitions), over the sessions the
 * caller may see; a session's organizations outside the caller's scope are not counted.
 */
export async function coachingWorkload(
  call: Pick<StoreContext, 'db' | 'scope'>,
  query: WorkloadQuery,
): Promise<Result<Workload>> {
  return mapResult(await workloadSessions(call, query), (sessions) => computeWorkload(sessions, query));
}

/** The period's sessions the workload counts (at most coachingMaxPeriodDays), newest first, without staff's notes. */
export async function workloadSessions(
  call: Pick<StoreContext, 'db' | 'scope'>,
  query: WorkloadQuery,
): Promise<Result<CoachingSession[]>> {
  const period = checkCoachingPeriod(query, coachingMaxPeriodDays);
  if (!period.ok) return period;
  return ok(await readCoachingSessions(call, query, { withNotes: false }));
}

/** The incubator team the caller can pick as a session's staff: in a street the caller sees, or deployment-wide. */
export async function listCoachingStaff({ db, scope }: Pick<StoreContext, 'db' | 'scope'>): Promise<StaffMember[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'role'])
    .where('role', 'in', ['incubator_staff', 'incubator_assistant'])
    .where((eb) =>
      eb.or([
        eb('scope_kind', '=', 'deployment'),
        eb.and([
          eb('scope_kind', '=', 'street'),
          eb('scope_id', 'in', eb.selectFrom('streets').select('streets.id').where(visibleStreets(scope))),
        ]),
      ]),
    )
    .orderBy('role', 'desc')
    .orderBy('display_name')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.display_name, role: row.role }));
}
