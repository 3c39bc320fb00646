import {
  type ActivitySummary,
  checkObservedSpan,
  fail,
  matchTrackingVisit,
  ok,
  type Result,
  shanghaiDate,
  type TrackingLog,
  type TrackingLogInput,
  type TrackingVisitInput,
} from '@seedbed/core';
import { sql } from 'kysely';
import { listActivitiesByIds, recordObservedActivity, sameDayRecords } from '../activities';
import type { Actor } from '../audit';
import { insertAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { findLog } from './read';

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
    const sameDay = await sameDayRecords(trx, input.organizationId, day);
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
        : await recordObservedActivity(tx, {
            organization: organization.value,
            signInCode: visit.signInCode,
            recordedBy: staffId(tx.actor),
            title: input.observed,
            startsAt,
            endsAt,
            placeText: input.placeText ?? null,
          });
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
