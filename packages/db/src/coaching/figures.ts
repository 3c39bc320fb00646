import {
  coachingPeriodMonths,
  computeWorkload,
  ok,
  type Result,
  type Scope,
  type StaffHours,
  type StaffMember,
  staffHoursTrend,
  type Workload,
} from '@seedbed/core';
import { sql } from 'kysely';
import type { Db } from '../connection';
import { visibleOrganizations, visibleStreets } from '../scope';
import { scopedLookup } from '../visibility';
import { readCoachingSessions } from './read';

/**
 * Staff minutes spent on one organization per month over [from, to]: the coaching sessions it
 * attended — each counted with its full duration (a 20-organization training course counts its
 * whole length for each: every organization spent that time being coached) — plus the staff's
 * observation time in tracking logs (追踪日志: observed_ends_at − observed_starts_at, by the month
 * it started in Shanghai time). The trend: core's staffHoursTrend over the months.
 */
export async function organizationStaffHours(
  db: Db,
  scope: Scope,
  organizationId: string,
  period: { from: string; to: string },
): Promise<Result<StaffHours>> {
  const organization = await scopedLookup(
    () =>
      db
        .selectFrom('organizations')
        .select('id')
        .where('id', '=', organizationId)
        .where(visibleOrganizations(scope))
        .executeTakeFirst(),
    async () =>
      !!(await db.selectFrom('organizations').select('id').where('id', '=', organizationId).executeTakeFirst()),
    'organization.unknown',
  );
  if (!organization.ok) return organization;
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
  db: Db,
  scope: Scope,
  query: { from: string; to: string; streetId?: string | undefined },
): Promise<Workload> {
  const sessions = await readCoachingSessions(db, scope, query, { withNotes: false });
  return computeWorkload(sessions, query);
}

/** The incubator team the caller can pick as a session's staff: in a street the caller sees, or deployment-wide. */
export async function listCoachingStaff(db: Db, scope: Scope): Promise<StaffMember[]> {
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
