import {
  type CoachingSession,
  type CoachingSessionInput,
  type CoachingSessionListQuery,
  type CoachingSessionUpdateInput,
  fail,
  ok,
  type Result,
  resolveSessionMinutes,
} from '@seedbed/core';
import { recordAudit } from '../audit';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { checkCoachingStaff, checkPeoplePresent, coachedOrganizationsInScope } from './checks';
import { applyPlanReview } from './plans';
import { readCoachingSessions, type SessionReadOptions } from './read';

/** A session as core's checkCoachingSessionInput leaves it: the duration resolved. */
export type CheckedCoachingSession = CoachingSessionInput & { durationMinutes: number };

type Reader = Pick<StoreContext, 'db' | 'scope'>;

/**
 * Records a session in one transaction: the session, the organizations, staff and people present,
 * the plan reviews made at it, and the audit row. Every check comes before the first write.
 */
export function recordCoachingSession(
  call: StoreContext,
  input: CheckedCoachingSession,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const { actor } = tx;
    const organizations = await coachedOrganizationsInScope(tx, input.organizationIds);
    if (!organizations.ok) return organizations;
    const staffIds = input.staffUserIds.length > 0 ? input.staffUserIds : actor.userId ? [actor.userId] : [];
    const staff = await checkCoachingStaff(tx, staffIds);
    if (!staff.ok) return staff;
    const people = await checkPeoplePresent(tx, input.organizationIds, input.personIds);
    if (!people.ok) return people;
    const plans = await plansFor(
      tx,
      input.planReviews.map((r) => r.organizationId),
    );
    if (!plans.ok) return plans;

    const id = tx.newId();
    const streetId = organizations.value[0]!.street_id;
    const row = await tx.db
      .insertInto('coaching_sessions')
      .values({
        id,
        street_id: streetId,
        kind: input.kind,
        held_on: input.heldOn,
        start_time: input.startTime ?? null,
        duration_minutes: input.durationMinutes,
        is_online: input.isOnline,
        topic: input.topic,
        capabilities: input.capabilities,
        other_count: input.otherCount,
        outcome_notes: input.outcomeNotes ?? null,
        recorded_by: actor.userId,
        updated_at: actor.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeSessionLists(tx, { id, streetId }, organizations.value, staff.value, input.personIds);
    for (const review of input.planReviews) {
      await applyPlanReview(tx, plans.value.get(review.organizationId)!, {
        ...review,
        reviewedOn: input.heldOn,
        coachingSessionId: id,
      });
    }
    // The audit row keeps the lists too (who was there), so it is written here rather than by insertAudited.
    await recordAudit(tx.db, actor, {
      action: 'coaching.record',
      tableName: 'coaching_sessions',
      recordId: id,
      streetId,
      after: { ...row, organizationIds: input.organizationIds, staffUserIds: staff.value, personIds: input.personIds },
    });
    return ok({ id });
  });
}

async function plansFor({ db }: TxContext, organizationIds: readonly string[]) {
  const byOrganization = new Map<string, { id: string; street_id: string; organization_id: string }>();
  if (organizationIds.length === 0) return ok(byOrganization);
  const rows = await db
    .selectFrom('cultivation_plans')
    .select(['id', 'street_id', 'organization_id'])
    .where('organization_id', 'in', organizationIds)
    .forUpdate()
    .execute();
  for (const row of rows) byOrganization.set(row.organization_id, row);
  return organizationIds.every((id) => byOrganization.has(id)) ? ok(byOrganization) : fail('coaching.no_plan');
}

async function writeSessionLists(
  { db }: TxContext,
  session: { id: string; streetId: string },
  organizations: readonly { id: string; street_id: string }[] | null,
  staffIds: readonly string[] | null,
  personIds: readonly string[] | null,
) {
  if (organizations) {
    await db.deleteFrom('coaching_session_organizations').where('session_id', '=', session.id).execute();
    await db
      .insertInto('coaching_session_organizations')
      .values(organizations.map((o) => ({ session_id: session.id, organization_id: o.id, street_id: o.street_id })))
      .execute();
  }
  if (staffIds) {
    await db.deleteFrom('coaching_session_staff').where('session_id', '=', session.id).execute();
    await db
      .insertInto('coaching_session_staff')
      .values(staffIds.map((userId) => ({ session_id: session.id, user_id: userId, street_id: session.streetId })))
      .execute();
  }
  if (personIds) {
    await db.deleteFrom('coaching_session_people').where('session_id', '=', session.id).execute();
    if (personIds.length > 0)
      await db
        .insertInto('coaching_session_people')
        .values(
          personIds.map((personId) => ({ session_id: session.id, person_id: personId, street_id: session.streetId })),
        )
        .execute();
  }
}

/** Changes a session; lists given replace the old ones. Out of scope → 403, unknown → 404. */
export function updateCoachingSession(
  call: StoreContext,
  id: string,
  patch: CoachingSessionUpdateInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'coaching_sessions', id, { forUpdate: true });
    if (!found.ok) return found;
    const before = found.value;
    const startTime = patch.startTime === undefined ? before.start_time : patch.startTime;
    const minutes = resolveSessionMinutes({
      startTime,
      endTime: patch.endTime,
      durationMinutes: patch.durationMinutes ?? (patch.endTime ? undefined : before.duration_minutes),
    });
    if (!minutes.ok) return minutes;
    const organizationIds = patch.organizationIds ? [...new Set(patch.organizationIds)] : null;
    const organizations = organizationIds ? await coachedOrganizationsInScope(tx, organizationIds) : null;
    if (organizations && !organizations.ok) return organizations;
    const staffIds = patch.staffUserIds ? [...new Set(patch.staffUserIds)] : null;
    if (staffIds) {
      const staff = await checkCoachingStaff(tx, staffIds);
      if (!staff.ok) return staff;
    }
    const personIds = patch.personIds ? [...new Set(patch.personIds)] : null;
    if (personIds) {
      const presentIds =
        organizationIds ??
        (
          await tx.db
            .selectFrom('coaching_session_organizations')
            .select('organization_id')
            .where('session_id', '=', id)
            .execute()
        ).map((r) => r.organization_id);
      const people = await checkPeoplePresent(tx, presentIds, personIds);
      if (!people.ok) return people;
    }
    const after = await tx.db
      .updateTable('coaching_sessions')
      .set({
        ...(patch.kind !== undefined && { kind: patch.kind }),
        ...(patch.heldOn !== undefined && { held_on: patch.heldOn }),
        start_time: startTime,
        duration_minutes: minutes.value,
        ...(patch.isOnline !== undefined && { is_online: patch.isOnline }),
        ...(patch.topic !== undefined && { topic: patch.topic }),
        ...(patch.capabilities !== undefined && { capabilities: [...new Set(patch.capabilities)] }),
        ...(patch.otherCount !== undefined && { other_count: patch.otherCount }),
        ...(patch.outcomeNotes !== undefined && { outcome_notes: patch.outcomeNotes }),
        updated_at: tx.actor.now,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeSessionLists(
      tx,
      { id, streetId: before.street_id },
      organizations?.ok ? organizations.value : null,
      staffIds,
      personIds,
    );
    // As with recording: the audit row keeps the replaced lists beside the row.
    await recordAudit(tx.db, tx.actor, {
      action: 'coaching.update',
      tableName: 'coaching_sessions',
      recordId: id,
      streetId: before.street_id,
      before,
      after: { ...after, organizationIds, staffUserIds: staffIds, personIds },
    });
    return ok({ id });
  });
}

/** One session the caller may see: out of scope → 403, unknown → 404. */
export async function findCoachingSession(
  call: Reader,
  id: string,
  options: SessionReadOptions,
): Promise<Result<CoachingSession>> {
  const found = await findInScope(call, 'coaching_sessions', id);
  if (!found.ok) return found;
  return ok((await readCoachingSessions(call, { ids: [id] }, options))[0]!);
}

export function listCoachingSessions(
  call: Reader,
  query: CoachingSessionListQuery & { streetId?: string | undefined },
  options: SessionReadOptions,
): Promise<CoachingSession[]> {
  return readCoachingSessions(call, query, options);
}
