import {
  type ActivitySummary,
  addDays,
  checkObservedSpan,
  fail,
  matchTrackingVisit,
  ok,
  type Result,
  shanghaiDate,
  type TrackingLog,
  type TrackingLogInput,
  type TrackingLogUpdateInput,
  type TrackingVisitInput,
} from '@seedbed/core';
import { sql } from 'kysely';
import { type Actor, recordAudit } from '../audit';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { listActivitiesByIds } from './merge-sides';
import { shanghaiDayStart } from './read';
import { findLog } from './tracking-read';
import { notMerged } from './visibility';

/**
 * Staff tracking logs 追踪日志 (seed 002): what a staff member or assistant saw at an activity.
 * A log always belongs to one activity — an existing one, or one the log makes that the
 * organization may complete — so the organization's record and the staff's observation are one
 * activity (既不重复又不遗漏).
 */

/** Tracking is written by a signed-in staff member (the route authorized them): their user id. */
function staffId(actor: Actor): string {
  if (!actor.userId) throw new Error('a tracking log is written by a signed-in user');
  return actor.userId;
}

/** The activity a log is written against: visible, and — if it was merged — the one it was merged into. */
async function activityForLog(tx: TxContext, activityId: string) {
  const found = await findInScope(tx, 'activities', activityId);
  if (!found.ok || !found.value.merged_into_id) return found;
  // A staff member with a page opened before the merge: the log goes where the activity now lives.
  return activityForLog(tx, found.value.merged_into_id);
}

async function insertLog(
  tx: TxContext,
  log: { activityId: string; organizationId: string; streetId: string; input: TrackingLogInput },
): Promise<string> {
  const { input } = log;
  const { actor } = tx;
  const row = await insertAudited(
    tx,
    'tracking_logs',
    {
      id: tx.newId(),
      street_id: log.streetId,
      activity_id: log.activityId,
      organization_id: log.organizationId,
      staff_user_id: staffId(actor),
      observed_starts_at: new Date(input.observedStartsAt),
      observed_ends_at: new Date(input.observedEndsAt),
      place_text: input.placeText ?? null,
      observed: input.observed,
      process_record: input.processRecord,
      feelings: input.feelings ?? null,
      cultivation_ideas: input.cultivationIdeas ?? null,
      created_at: actor.now,
      updated_at: actor.now,
    },
    { action: 'tracking.record' },
  );
  return row.id;
}

/** A log against an activity staff picked. The organization tracked must be one of its organizers. */
export async function recordTrackingLog(
  call: StoreContext,
  activityId: string,
  input: TrackingLogInput,
): Promise<Result<TrackingLog>> {
  const span = checkObservedSpan(input);
  if (!span.ok) return span;
  return inTransaction(call, async (tx) => {
    const activity = await activityForLog(tx, activityId);
    if (!activity.ok) return activity;
    const organizers = await tx.db
      .selectFrom('activity_organizations')
      .select(['organization_id', 'street_id'])
      .where('activity_id', '=', activity.value.id)
      .orderBy('position')
      .execute();
    if (organizers.length === 0) return fail('tracking.activity_without_organization');
    const organization = input.organizationId
      ? organizers.find((o) => o.organization_id === input.organizationId)
      : organizers[0];
    if (!organization) return fail('tracking.organization_not_organizer');
    const logId = await insertLog(tx, {
      activityId: activity.value.id,
      organizationId: organization.organization_id,
      streetId: activity.value.street_id,
      input,
    });
    return ok(await findLog(tx.db, logId, true));
  });
}

export type TrackingVisitResult =
  | { kind: 'logged'; log: TrackingLog; activityId: string; attachedTo: 'existing' | 'created' }
  | { kind: 'choose'; candidates: ActivitySummary[] };

/**
 * A visit logged without picking an activity: the organization's non-merged activities that day
 * are matched (core's matchTrackingVisit). One match: the log attaches to it. None: an activity is
 * made from the log (created_by_tracking) for the organization to complete. Several: nothing is
 * written and staff choose. Two visits to one organization on one day wait for each other (an
 * advisory lock), so two staff members at the same activity never make two activities.
 */
export async function recordTrackingVisit(
  call: StoreContext,
  visit: { signInCode: string; input: TrackingVisitInput },
): Promise<Result<TrackingVisitResult>> {
  const { input } = visit;
  const span = checkObservedSpan(input);
  if (!span.ok) return span;
  return inTransaction(call, async (tx) => {
    const trx = tx.db;
    const organization = await findInScope(tx, 'organizations', input.organizationId);
    if (!organization.ok) return organization;
    const startsAt = new Date(input.observedStartsAt);
    const endsAt = new Date(input.observedEndsAt);
    const day = shanghaiDate(startsAt);
    await sql`select pg_advisory_xact_lock(hashtext(${`tracking:${input.organizationId}:${day}`}))`.execute(trx);
    const sameDay = await trx
      .selectFrom('activities')
      .innerJoin('activity_organizations as ao', 'ao.activity_id', 'activities.id')
      .select(['activities.id', 'activities.starts_at', 'activities.ends_at'])
      .where('ao.organization_id', '=', input.organizationId)
      .where(notMerged())
      .where('activities.starts_at', '>=', shanghaiDayStart(day))
      .where('activities.starts_at', '<', shanghaiDayStart(addDays(day, 1)))
      .orderBy('activities.starts_at')
      .execute();
    const match = matchTrackingVisit(
      { organizationIds: [input.organizationId], startsAt, endsAt },
      sameDay.map((a) => ({
        id: a.id,
        organizationIds: [input.organizationId],
        startsAt: a.starts_at,
        endsAt: a.ends_at,
      })),
    );
    if (match.kind === 'choose') {
      return ok({
        kind: 'choose',
        candidates: await listActivitiesByIds(
          trx,
          match.candidates.map((c) => c.id),
        ),
      });
    }
    const activityId =
      match.kind === 'attach'
        ? match.activity.id
        : await createActivityFromVisit(tx, organization.value, visit.signInCode, input);
    const logId = await insertLog(tx, {
      activityId,
      organizationId: input.organizationId,
      streetId: organization.value.street_id,
      input,
    });
    return ok({
      kind: 'logged',
      log: await findLog(trx, logId, true),
      activityId,
      attachedTo: match.kind === 'attach' ? 'existing' : 'created',
    });
  });
}

/**
 * The activity a log makes when the organization has not recorded one (yet): title, time and place
 * from the log, head counts 0 (staff did not count for the organization), no content (the process
 * record is the staff's text, not the organization's). Openness is 'members_only' — the least
 * claim: who could join is evidence of 自益→公益 and only the organization can say it was open; it
 * corrects it when it completes the record.
 */
async function createActivityFromVisit(
  tx: TxContext,
  organization: { id: string; street_id: string; home_community_id: string },
  signInCode: string,
  input: TrackingVisitInput,
): Promise<string> {
  const { db: trx, actor } = tx;
  const activity = { id: tx.newId() };
  const row = await trx
    .insertInto('activities')
    .values({
      id: activity.id,
      street_id: organization.street_id,
      community_id: organization.home_community_id,
      run_by: 'organizations',
      title: input.observed,
      starts_at: new Date(input.observedStartsAt),
      ends_at: new Date(input.observedEndsAt),
      space_id: null,
      estate_id: null,
      courtyard_id: null,
      place_text: input.placeText ?? null,
      openness: 'members_only',
      organizer_count: 0,
      served_count: 0,
      reflection: null,
      plan_item_ref: null,
      sign_in_code: signInCode,
      planned_activity_id: null,
      occurrence_on: null,
      recorded_by: staffId(actor),
      created_by_tracking: true,
      merged_into_id: null,
      merged_at: null,
      merged_by: null,
      updated_at: actor.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('activity_organizations')
    .values({
      activity_id: activity.id,
      organization_id: organization.id,
      street_id: organization.street_id,
      position: 0,
    })
    .execute();
  // The audit entry keeps the organizations beside the row: insertAudited's row-only after does not fit.
  await recordAudit(trx, actor, {
    action: 'tracking.create_activity',
    tableName: 'activities',
    recordId: activity.id,
    streetId: organization.street_id,
    after: { ...row, organizationIds: [organization.id] },
  });
  return activity.id;
}

/** A change to a log by its author, or by staff (`mayEditAny`); the span stays sound. */
export async function updateTrackingLog(
  call: StoreContext,
  id: string,
  patch: TrackingLogUpdateInput,
  { mayEditAny }: { mayEditAny: boolean },
): Promise<Result<TrackingLog>> {
  return inTransaction(call, async (tx) => {
    const { actor } = tx;
    const found = await findInScope(tx, 'tracking_logs', id, { forUpdate: true });
    if (!found.ok) return found;
    const before = found.value;
    if (before.staff_user_id !== actor.userId && !mayEditAny) return fail('tracking.not_author');
    const startsAt = patch.observedStartsAt ? new Date(patch.observedStartsAt) : before.observed_starts_at;
    const endsAt = patch.observedEndsAt ? new Date(patch.observedEndsAt) : before.observed_ends_at;
    if (endsAt < startsAt) return fail('activity.end_before_start');
    await updateAudited(
      tx,
      'tracking_logs',
      id,
      {
        observed_starts_at: startsAt,
        observed_ends_at: endsAt,
        ...(patch.placeText !== undefined && { place_text: patch.placeText }),
        ...(patch.observed !== undefined && { observed: patch.observed }),
        ...(patch.processRecord !== undefined && { process_record: patch.processRecord }),
        ...(patch.feelings !== undefined && { feelings: patch.feelings }),
        ...(patch.cultivationIdeas !== undefined && { cultivation_ideas: patch.cultivationIdeas }),
        updated_at: actor.now,
      },
      { action: 'tracking.update' },
    );
    return ok(await findLog(tx.db, id, true));
  });
}
