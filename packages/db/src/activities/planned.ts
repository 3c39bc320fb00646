import {
  type ActivityInput,
  daysBetween,
  expandOccurrences,
  fail,
  findGaps,
  isOccurrence,
  maxOccurrenceRangeDays,
  type OccurrenceQuery,
  occurrenceInstants,
  ok,
  type PlannedActivityInput,
  type PlannedOccurrence,
  type RecordOccurrenceInput,
  type Recurrence,
  type Result,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import { insertAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { resolvePlace } from './checks';
import {
  claimRecordMadeBySignIn,
  lockOccurrence,
  madeBySignIn,
  type Occurrence,
  reservedCodeOf,
} from './occurrence-codes';
import { type NewActivity, type RecordedActivity, recordActivity } from './record';
import type { PlannedActivitiesTable } from './tables';
import { visiblePlannedActivities } from './visibility';

export type PlannedActivityRow = Selectable<PlannedActivitiesTable>;

/** Announces a planned activity (预告) of an organization in the caller's scope. */
export async function createPlannedActivity(
  call: StoreContext,
  input: PlannedActivityInput,
): Promise<Result<PlannedActivityRow>> {
  if (input.untilOn && input.untilOn < input.startsOn) return fail('activity.end_before_start');
  return inTransaction(call, async (tx) => {
    const organization = await findInScope(tx, 'organizations', input.organizationId);
    if (!organization.ok) return organization;
    const place = await resolvePlace(tx, input.place, organization.value.street_id);
    if (!place.ok) return place;
    const { communityId, ...placeColumns } = place.value;
    const row = await insertAudited(
      tx,
      'planned_activities',
      {
        id: tx.newId(),
        street_id: organization.value.street_id,
        organization_id: organization.value.id,
        community_id: communityId ?? organization.value.home_community_id,
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
        created_by: tx.actor.userId,
      },
      { action: 'activity.plan' },
    );
    return ok(row);
  });
}

export function findPlannedActivity(
  call: Pick<StoreContext, 'db' | 'scope'>,
  id: string,
): Promise<Result<PlannedActivityRow>> {
  return findInScope(call, 'planned_activities', id);
}

export function planOf(row: PlannedActivityRow) {
  return { startsOn: row.starts_on, untilOn: row.until_on, recurrence: row.recurrence as Recurrence };
}

function placeOf(row: PlannedActivityRow): ActivityInput['place'] {
  if (row.space_id) return { kind: 'space', spaceId: row.space_id };
  if (row.estate_id) return { kind: 'estate', estateId: row.estate_id, courtyardId: row.courtyard_id ?? undefined };
  if (row.place_text) return { kind: 'text', text: row.place_text };
  return undefined;
}

/** What a planned date's record says, from the plan: its counts and reflection are the caller's. */
export function recordOfOccurrence(
  row: PlannedActivityRow,
  on: string,
  counts: RecordOccurrenceInput,
  signInCode: string,
): NewActivity {
  const { startsAt, endsAt } = occurrenceInstants(on, row.start_time, row.duration_minutes);
  return {
    signInCode,
    input: {
      runBy: 'organizations',
      organizationIds: [row.organization_id],
      coHosts: row.co_hosts,
      title: row.title,
      content: row.content,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      place: placeOf(row),
      beneficiaryGroups: row.beneficiary_groups as ActivityInput['beneficiaryGroups'],
      openness: row.openness as ActivityInput['openness'],
      organizerCount: counts.organizerCount,
      servedCount: counts.servedCount,
      participants: [],
      reflection: counts.reflection,
      feedback: [],
      isPlannedInProject: false,
    },
    occurrence: { plannedActivityId: row.id, on },
  };
}

/**
 * "Held": one planned date becomes a record, prefilled from the plan with the counts and
 * reflection given. A date already recorded — by 举办了, or by the first resident who scanned its
 * code — answers that record (`replayed`). A code reserved for the date (printed on its sheet)
 * becomes the record's, so sheets printed before keep working; `fresh` is used only when none was.
 */
export async function recordOccurrence(
  call: StoreContext,
  occurrence: Occurrence & { signInCode: string },
  counts: RecordOccurrenceInput,
): Promise<Result<RecordedActivity>> {
  const plan = await findPlannedActivity(call, occurrence.plannedActivityId);
  if (!plan.ok) return plan;
  if (!isOccurrence(planOf(plan.value), occurrence.on)) return fail('activity.not_an_occurrence');
  return inTransaction(call, async (tx) => {
    await lockOccurrence(tx.db, occurrence);
    const claimed = await claimRecordMadeBySignIn(tx, occurrence, counts);
    if (claimed) return ok({ id: claimed, replayed: true });
    const signInCode = (await reservedCodeOf(tx.db, occurrence)) ?? occurrence.signInCode;
    return recordActivity(tx, recordOfOccurrence(plan.value, occurrence.on, counts, signInCode));
  });
}

/**
 * Planned dates in a range for an organization, or for a community (plans placed there or by an
 * organization at home or serving there): the committee knows of every service before it happens
 * (seed 003: 确保对方对于每次服务的知情). Each date carries its record if it was held.
 */
export async function listOccurrences(
  { db, scope }: Pick<StoreContext, 'db' | 'scope'>,
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
          .select((eb) => ['id', 'planned_activity_id', 'occurrence_on', madeBySignIn(eb).as('awaits_held')])
          .where(
            'planned_activity_id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
  const heldBy = new Map(held.map((h) => [`${h.planned_activity_id}|${h.occurrence_on}`, h]));
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
        activityId: heldBy.get(`${row.id}|${on}`)?.id ?? null,
        awaitsHeld: Boolean(heldBy.get(`${row.id}|${on}`)?.awaits_held),
      };
    }),
  );
  return ok(occurrences.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title)));
}

/** Planned dates that passed (before today) with no record: a gap, for staff to follow up. */
export async function listGaps(call: Pick<StoreContext, 'db' | 'scope' | 'today'>, query: OccurrenceQuery) {
  const { today } = call;
  const occurrences = await listOccurrences(call, query);
  if (!occurrences.ok) return occurrences;
  return ok(occurrences.value.filter((o) => findGaps([o.on], new Set(o.activityId ? [o.on] : []), today).length > 0));
}
