import {
  daysBetween,
  expandOccurrences,
  fail,
  findGaps,
  maxOccurrenceRangeDays,
  type OccurrenceQuery,
  occurrenceInstants,
  ok,
  type PlannedActivityInput,
  type PlannedOccurrence,
  type Recurrence,
  type Result,
  type Scope,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { scopedLookup } from '../visibility';
import { organizersInScope, resolvePlace } from './checks';
import type { PlannedActivitiesTable } from './tables';
import { visiblePlannedActivities } from './visibility';

export type PlannedActivityRow = Selectable<PlannedActivitiesTable>;

/** Announces a planned activity (预告) of an organization in the caller's scope. */
export async function createPlannedActivity(
  db: Db,
  actor: Actor,
  scope: Scope,
  id: string,
  input: PlannedActivityInput,
): Promise<Result<PlannedActivityRow>> {
  return db.transaction().execute(async (trx) => {
    const organizers = await organizersInScope(trx, scope, [input.organizationId]);
    if (!organizers.ok) return organizers;
    const organization = organizers.value[0]!;
    const place = await resolvePlace(trx, input.place);
    if (!place.ok) return place;
    const { communityId, ...placeColumns } = place.value;
    const row = await trx
      .insertInto('planned_activities')
      .values({
        id,
        street_id: organization.street_id,
        organization_id: organization.id,
        community_id: communityId ?? organization.home_community_id,
        title: input.title,
        content: input.content,
        co_hosts: input.coHosts,
        ...placeColumns,
        beneficiary_groups: [...new Set(input.beneficiaryGroups)],
        openness: input.openness,
        starts_on: input.startsOn,
        until_on: input.untilOn ?? null,
        start_time: input.startTime,
        duration_minutes: input.durationMinutes,
        recurrence: JSON.stringify(input.recurrence),
        created_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'activity.plan',
      tableName: 'planned_activities',
      recordId: id,
      streetId: organization.street_id,
      after: row,
    });
    return ok(row);
  });
}

export async function findPlannedActivity(db: Db, scope: Scope, id: string): Promise<Result<PlannedActivityRow>> {
  return scopedLookup(
    () =>
      db
        .selectFrom('planned_activities')
        .selectAll('planned_activities')
        .where('planned_activities.id', '=', id)
        .where(visiblePlannedActivities(scope))
        .executeTakeFirst(),
    async () => !!(await db.selectFrom('planned_activities').select('id').where('id', '=', id).executeTakeFirst()),
    'activity.unknown_plan',
  );
}

export function planOf(row: PlannedActivityRow) {
  return { startsOn: row.starts_on, untilOn: row.until_on, recurrence: row.recurrence as Recurrence };
}

/**
 * Planned dates in a range for an organization, or for a community (plans placed there or by an
 * organization at home or serving there): the committee knows of every service before it happens
 * (seed 003: 确保对方对于每次服务的知情). Each date carries its record if it was held.
 */
export async function listOccurrences(
  db: Db,
  scope: Scope,
  query: OccurrenceQuery,
): Promise<Result<PlannedOccurrence[]>> {
  if (!query.organizationId && !query.communityId) return fail('activity.filter_required');
  if (daysBetween(query.from, query.to) > maxOccurrenceRangeDays)
    return fail('activity.range_too_long', { days: maxOccurrenceRangeDays });
  let plans = db
    .selectFrom('planned_activities')
    .innerJoin('organizations', 'organizations.id', 'planned_activities.organization_id')
    .selectAll('planned_activities')
    .select('organizations.name as organization_name')
    .where(visiblePlannedActivities(scope))
    .where('planned_activities.starts_on', '<=', query.to)
    .where((eb) =>
      eb.or([eb('planned_activities.until_on', 'is', null), eb('planned_activities.until_on', '>=', query.from)]),
    );
  if (query.organizationId) plans = plans.where('planned_activities.organization_id', '=', query.organizationId);
  if (query.communityId) {
    const communityId = query.communityId;
    plans = plans.where((eb) =>
      eb.or([
        eb('planned_activities.community_id', '=', communityId),
        eb('organizations.home_community_id', '=', communityId),
        eb(
          'planned_activities.organization_id',
          'in',
          eb
            .selectFrom('organization_service_areas as sa')
            .select('sa.organization_id')
            .where('sa.community_id', '=', communityId)
            .where('sa.until', 'is', null),
        ),
      ]),
    );
  }
  const rows = await plans.execute();
  const held =
    rows.length === 0
      ? []
      : await db
          .selectFrom('activities')
          .select(['id', 'planned_activity_id', 'occurrence_on'])
          .where(
            'planned_activity_id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
  const heldBy = new Map(held.map((h) => [`${h.planned_activity_id}|${h.occurrence_on}`, h.id]));
  const occurrences = rows.flatMap((row) =>
    expandOccurrences(planOf(row), query).map((on): PlannedOccurrence => {
      const { startsAt, endsAt } = occurrenceInstants(on, row.start_time, row.duration_minutes);
      return {
        plannedActivityId: row.id,
        organizationId: row.organization_id,
        organizationName: row.organization_name,
        communityId: row.community_id,
        title: row.title,
        on,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        openness: row.openness as PlannedOccurrence['openness'],
        placeText: row.place_text,
        activityId: heldBy.get(`${row.id}|${on}`) ?? null,
      };
    }),
  );
  return ok(occurrences.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title)));
}

/** Planned dates that passed (before today) with no record: a gap, for staff to follow up. */
export async function listGaps(db: Db, scope: Scope, query: OccurrenceQuery, today: string) {
  const occurrences = await listOccurrences(db, scope, query);
  if (!occurrences.ok) return occurrences;
  return ok(occurrences.value.filter((o) => findGaps([o.on], new Set(o.activityId ? [o.on] : []), today).length > 0));
}
