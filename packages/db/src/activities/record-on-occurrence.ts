import {
  type ActivityInput,
  checkActivityInput,
  fail,
  isOccurrence,
  ok,
  type Result,
  shanghaiDate,
} from '@seedbed/core';
import { updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { organizersInScope } from './checks';
import { heldRecordOf, lockOccurrence, madeBySignIn, type Occurrence, reservedCodeOf } from './occurrence-codes';
import { findPlannedActivity, type PlannedActivityRow, placeOfPlan, planOf } from './planned';
import {
  type NewActivity,
  type RecordedActivity,
  recordActivity,
  rememberSubmission,
  replayedSubmission,
} from './record';
import { updateActivity } from './update';

/**
 * 举办了 through the leader's form (issue 16): the record of one planned date, with the members
 * ticked, the counts and the photos the form sends — the date's one record, never a second.
 *
 * Why the activity input carries the date (`plannedOccurrence`) rather than the 举办了 endpoint
 * taking the whole form: the form already posts /api/activities through the phone's outbox with an
 * Idempotency-Key and uploads its photos to the id that answers; linking the same post to the
 * date keeps one way to send a record, offline or not. Under the date's lock (the one the QR
 * scans and 举办了 take, occurrence-codes.ts):
 * - nothing recorded yet: the record is made, taking the code reserved for the date if any;
 * - a resident's scan made it: the form completes that record (it becomes the leader's, with the
 *   form's fields, members and counts), so the scans count on it;
 * - someone recorded it already: that record answers (photos go to it), nothing is overwritten.
 * A retried submission (same key and body) answers the record the first one made or completed.
 */
export async function recordActivityOnOccurrence(
  call: StoreContext,
  submitted: Omit<NewActivity, 'occurrence'>,
  occurrence: Occurrence,
): Promise<Result<RecordedActivity>> {
  const checked = checkActivityInput(submitted.input);
  if (!checked.ok) return checked;
  const plan = await findPlannedActivity(call, occurrence.plannedActivityId);
  if (!plan.ok) return plan;
  if (!isOccurrence(planOf(plan.value), occurrence.on)) return fail('activity.not_an_occurrence');
  if (checked.value.organizationIds[0] !== plan.value.organization_id) return fail('activity.not_the_plans_team');
  if (shanghaiDate(new Date(checked.value.startsAt)) !== occurrence.on) return fail('activity.not_on_planned_date');
  const input = withPlanDefaults(checked.value, plan.value);
  return inTransaction(call, async (tx) => {
    const earlier = await replayedSubmission(tx, submitted.idempotency);
    if (earlier) return earlier;
    await lockOccurrence(tx.db, occurrence);
    const held = await heldRecordOf(tx.db, occurrence);
    if (!held) {
      const signInCode = (await reservedCodeOf(tx.db, occurrence)) ?? submitted.signInCode;
      return recordActivity(tx, { ...submitted, input, signInCode, occurrence });
    }
    const completed = (await isMadeBySignIn(tx, held.id)) ? await completeRecord(tx, held.id, input) : ok(undefined);
    if (!completed.ok) return completed;
    await rememberSubmission(tx, submitted.idempotency, { id: held.id, streetId: plan.value.street_id });
    return ok({ id: held.id, replayed: true });
  });
}

/** What the form left empty comes from the plan: its place, content, co-hosts and whom it serves. */
function withPlanDefaults(input: ActivityInput, plan: PlannedActivityRow): ActivityInput {
  return {
    ...input,
    place: input.place ?? placeOfPlan(plan),
    content: input.content || plan.content,
    coHosts: input.coHosts.length > 0 ? input.coHosts : plan.co_hosts,
    beneficiaryGroups:
      input.beneficiaryGroups.length > 0
        ? input.beneficiaryGroups
        : (plan.beneficiary_groups as ActivityInput['beneficiaryGroups']),
  };
}

async function isMadeBySignIn(tx: TxContext, activityId: string): Promise<boolean> {
  const row = await tx.db
    .selectFrom('activities')
    .select('id')
    .where('id', '=', activityId)
    .where(madeBySignIn)
    .executeTakeFirst();
  return Boolean(row);
}

/**
 * The record a scan made, completed with the form: every field as a change (update.ts), the joint
 * organizations the form names beside the plan's team, and then the leader as its recorder
 * (audited `activity.held`, as 举办了 does) — from which on it no longer awaits 举办了.
 */
async function completeRecord(tx: TxContext, activityId: string, input: ActivityInput): Promise<Result<unknown>> {
  const { runBy: _runBy, organizationIds, communityId: _communityId, plannedOccurrence: _date, ...fields } = input;
  const joint = organizationIds.slice(1);
  const organizers = await organizersInScope(tx, joint);
  if (!organizers.ok) return organizers;
  const updated = await updateActivity(tx, activityId, fields);
  if (!updated.ok) return updated;
  if (organizers.value.length > 0) {
    await tx.db
      .insertInto('activity_organizations')
      .values(
        organizers.value.map((organization, index) => ({
          activity_id: activityId,
          organization_id: organization.id,
          street_id: organization.street_id,
          position: index + 1,
        })),
      )
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  }
  await updateAudited(
    tx,
    'activities',
    activityId,
    { recorded_by: tx.actor.userId, updated_at: tx.actor.now },
    { action: 'activity.held' },
  );
  return ok(undefined);
}
