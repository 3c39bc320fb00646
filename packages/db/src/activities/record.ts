import { type ActivityInput, checkActivityInput, fail, ok, type Result } from '@seedbed/core';
import { sql, type Transaction } from 'kysely';
import { recordAudit } from '../audit';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { checkPlanItemLink } from '../grants';
import type { Database } from '../tables';
import { checkParticipants, communityInScope, organizersInScope, resolvePlace } from './checks';

/** A new record, with what the server made up for it (its sign-in code) and how it arrived. */
export interface NewActivity {
  signInCode: string;
  /** Checked here by core's checkActivityInput before anything else is read. */
  input: ActivityInput;
  /** Set when a planned occurrence turned into this record ("held"). */
  occurrence?: { plannedActivityId: string; on: string };
  /** Set for a submit from the form: a retry with the same key answers the first record. */
  idempotency?: { key: string; requestHash: string };
  /** The audit entry's action when the record is not made by its recorder: 'activity.record' else. */
  auditAction?: string;
}

export type RecordedActivity = { id: string; replayed: boolean };

/**
 * Records an activity in one transaction: the record, its organizations, participants, feedback,
 * the idempotency key and the audit row. Every check comes before the first write, so a refused
 * record leaves nothing behind.
 */
export async function recordActivity(call: StoreContext, submitted: NewActivity): Promise<Result<RecordedActivity>> {
  const checked = checkActivityInput(submitted.input);
  if (!checked.ok) return checked;
  const record = { ...submitted, id: call.newId(), input: checked.value };
  return inTransaction(call, async (tx) => {
    const { db: trx } = tx;
    const { idempotency } = record;
    const earlier = await replayedSubmission(tx, idempotency);
    if (earlier) return earlier;
    if (record.occurrence) {
      const held = await trx
        .selectFrom('activities')
        .select('id')
        .where('planned_activity_id', '=', record.occurrence.plannedActivityId)
        .where('occurrence_on', '=', record.occurrence.on)
        .executeTakeFirst();
      if (held) return ok({ id: held.id, replayed: true });
    }
    const inserted = await insertActivity(tx, record);
    if (!inserted.ok) return inserted;
    await rememberSubmission(tx, idempotency, { id: record.id, streetId: inserted.value.streetId });
    return ok({ id: record.id, replayed: false });
  });
}

/**
 * A submission seen before: the same key and body answer the record the first one made (its
 * survivor, if merged since); the same key with another body is a conflict. Two retries arriving
 * together wait for each other on the key's lock instead of both inserting.
 */
export async function replayedSubmission(
  { db: trx, actor }: Pick<TxContext, 'db' | 'actor'>,
  idempotency: NewActivity['idempotency'],
): Promise<Result<RecordedActivity> | undefined> {
  if (!idempotency || !actor.userId) return undefined;
  await sql`select pg_advisory_xact_lock(hashtext(${`${actor.userId}:${idempotency.key}`}))`.execute(trx);
  const earlier = await trx
    .selectFrom('activity_submissions')
    .select(['activity_id', 'request_hash'])
    .where('user_id', '=', actor.userId)
    .where('key', '=', idempotency.key)
    .executeTakeFirst();
  if (!earlier) return undefined;
  return earlier.request_hash === idempotency.requestHash
    ? ok({ id: await followMerges(trx, earlier.activity_id), replayed: true })
    : fail('activity.idempotency_conflict');
}

/** Keeps the key of a submission that made (or completed) `activity`, so its retries answer it. */
export async function rememberSubmission(
  { db: trx, actor }: Pick<TxContext, 'db' | 'actor'>,
  idempotency: NewActivity['idempotency'],
  activity: { id: string; streetId: string },
): Promise<void> {
  if (!idempotency || !actor.userId) return;
  await trx
    .insertInto('activity_submissions')
    .values({
      user_id: actor.userId,
      key: idempotency.key,
      street_id: activity.streetId,
      activity_id: activity.id,
      request_hash: idempotency.requestHash,
      created_at: actor.now,
    })
    .execute();
}

async function insertActivity(
  tx: TxContext,
  record: NewActivity & { id: string },
): Promise<Result<{ streetId: string }>> {
  const { db: trx, actor } = tx;
  const { input } = record;
  const organizers = await organizersInScope(tx, input.organizationIds);
  if (!organizers.ok) return organizers;
  const first = organizers.value[0];
  let streetId = first?.street_id;
  if (!first) {
    const community = await communityInScope(tx, input.communityId!);
    if (!community.ok) return community;
    streetId = community.value.street_id;
  } else if (input.communityId) {
    // Named beside its organizations, the community is stored when no place names one: an unknown
    // id reached the insert and answered 500 (issue 14's fuzz suite found it). 403 / 404 first.
    const community = await findInScope(tx, 'communities', input.communityId);
    if (!community.ok) return community;
    if (community.value.street_id !== streetId) return fail('activity.other_street');
  }
  const place = await resolvePlace(tx, input.place, streetId!);
  if (!place.ok) return place;
  const personIds = input.participants.flatMap((p) => ('personId' in p ? [p.personId] : []));
  const members = await checkParticipants(tx, input.organizationIds, personIds);
  if (!members.ok) return members;
  if (input.planItemId) {
    const linkable = await checkPlanItemLink(
      trx,
      input.planItemId,
      organizers.value.map((organization) => organization.id),
    );
    if (!linkable.ok) return linkable;
  }

  const { communityId, ...placeColumns } = place.value;
  const row = await trx
    .insertInto('activities')
    .values({
      id: record.id,
      street_id: streetId!,
      community_id: communityId ?? input.communityId ?? first?.home_community_id ?? null,
      run_by: input.runBy,
      title: input.title,
      content: input.content,
      starts_at: new Date(input.startsAt),
      ends_at: new Date(input.endsAt),
      co_hosts: input.coHosts,
      ...placeColumns,
      beneficiary_groups: input.beneficiaryGroups,
      openness: input.openness,
      organizer_count: input.organizerCount,
      served_count: input.servedCount,
      reflection: input.reflection ?? null,
      is_planned_in_project: input.isPlannedInProject,
      plan_item_id: input.planItemId ?? null,
      sign_in_code: record.signInCode,
      planned_activity_id: record.occurrence?.plannedActivityId ?? null,
      occurrence_on: record.occurrence?.on ?? null,
      recorded_by: actor.userId,
      updated_at: actor.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (organizers.value.length > 0) {
    await trx
      .insertInto('activity_organizations')
      .values(
        organizers.value.map((organization, position) => ({
          activity_id: record.id,
          organization_id: organization.id,
          street_id: organization.street_id,
          position,
        })),
      )
      .execute();
  }
  await writeParticipantsAndFeedback(tx, { id: record.id, streetId: streetId! }, input);
  // The audit entry keeps the lists given beside the row: insertAudited's row-only after does not fit.
  await recordAudit(trx, actor, {
    action: record.auditAction ?? 'activity.record',
    tableName: 'activities',
    recordId: record.id,
    streetId: streetId!,
    after: {
      ...row,
      organizationIds: input.organizationIds,
      participants: input.participants,
      feedback: input.feedback,
    },
  });
  return ok({ streetId: streetId! });
}

/** Participants (a member once, as organizer if listed so anywhere) and feedback, replacing any old ones. */
export async function writeParticipantsAndFeedback(
  { db: trx, newId }: Pick<TxContext, 'db' | 'newId'>,
  activity: { id: string; streetId: string },
  lists: Partial<Pick<ActivityInput, 'participants' | 'feedback'>>,
) {
  if (lists.participants) {
    await trx.deleteFrom('activity_participants').where('activity_id', '=', activity.id).execute();
    const byPerson = new Map<string, 'organizer' | 'participant'>();
    const guests: { name: string; role: 'organizer' | 'participant' }[] = [];
    for (const p of lists.participants) {
      if ('personId' in p) byPerson.set(p.personId, byPerson.get(p.personId) === 'organizer' ? 'organizer' : p.role);
      else guests.push({ name: p.guestName, role: p.role });
    }
    const rows = [
      ...[...byPerson].map(([personId, role]) => ({ person_id: personId, guest_name: null, role })),
      ...guests.map((g) => ({ person_id: null, guest_name: g.name, role: g.role })),
    ];
    if (rows.length > 0)
      await trx
        .insertInto('activity_participants')
        .values(rows.map((r) => ({ ...r, id: newId(), street_id: activity.streetId, activity_id: activity.id })))
        .execute();
  }
  if (lists.feedback) {
    await trx.deleteFrom('activity_feedback').where('activity_id', '=', activity.id).execute();
    if (lists.feedback.length > 0)
      await trx
        .insertInto('activity_feedback')
        .values(
          lists.feedback.map((f, position) => ({
            id: newId(),
            street_id: activity.streetId,
            activity_id: activity.id,
            position,
            text: f.text,
            said_by: f.saidBy ?? null,
          })),
        )
        .execute();
  }
}

/**
 * A record merged into another answers with the one that kept everything (a retried submit after
 * staff merged its record must not show the leader a record that no longer counts). Merges re-point
 * earlier merges, so one step is enough; the loop only guards against data made by hand.
 */
async function followMerges(trx: Transaction<Database>, activityId: string): Promise<string> {
  let id = activityId;
  for (let step = 0; step < 10; step += 1) {
    const row = await trx.selectFrom('activities').select('merged_into_id').where('id', '=', id).executeTakeFirst();
    if (!row?.merged_into_id) return id;
    id = row.merged_into_id;
  }
  return id;
}
