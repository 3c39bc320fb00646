import { checkEnteredMinutes, fail, ok, type Result, type VolunteerHoursCorrection } from '@seedbed/core';
import { recordAudit } from '../audit';
import { inTransaction, type StoreContext } from '../context';
import { lockRecord } from './record-checks';

/** Changes to recorded hours: a staff confirmation, or a correction that keeps the old version. */

/** Staff confirm hours entered afterwards; a second confirmation changes nothing. */
export function confirmVolunteerHours(call: StoreContext, id: string): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const { actor } = tx;
    const record = await lockRecord(tx, id);
    if (!record.ok) return record;
    if (record.value.basis !== 'entered_afterwards') return fail('volunteering.not_entered_afterwards');
    if (record.value.confirmed_at !== null) return ok({ id });
    await tx.db
      .updateTable('volunteer_hours')
      .set({ confirmed_by: actor.userId, confirmed_at: actor.now })
      .where('id', '=', id)
      .execute();
    await recordAudit(tx.db, actor, {
      action: 'volunteering.confirm',
      tableName: 'volunteer_hours',
      recordId: id,
      streetId: record.value.street_id,
      before: { confirmedAt: null },
      after: { confirmedAt: actor.now.toISOString(), confirmedBy: actor.userId },
    });
    return ok({ id });
  });
}

/**
 * A correction never edits history: the old version stays, marked superseded, and a new version
 * with the reason takes its place. A changed number is no longer what the sign-in/out or staff
 * proved, so the new version is `entered_afterwards` and waits for a staff confirmation.
 */
export function correctVolunteerHours(
  call: StoreContext,
  id: string,
  correction: VolunteerHoursCorrection,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const { actor } = tx;
    const record = await lockRecord(tx, id);
    if (!record.ok) return record;
    const old = record.value;
    const activity = await tx.db
      .selectFrom('activities')
      .select(['starts_at', 'ends_at'])
      .where('id', '=', old.activity_id)
      .executeTakeFirstOrThrow();
    const fits = checkEnteredMinutes(
      correction.minutes,
      { startsAt: activity.starts_at, endsAt: activity.ends_at },
      actor.now,
    );
    if (!fits.ok) return fits;
    const nextId = tx.newId();
    await tx.db
      .updateTable('volunteer_hours')
      .set({ superseded_by: nextId, superseded_at: actor.now })
      .where('id', '=', id)
      .execute();
    await tx.db
      .insertInto('volunteer_hours')
      .values({
        id: nextId,
        street_id: old.street_id,
        activity_id: old.activity_id,
        organization_id: old.organization_id,
        person_id: old.person_id,
        volunteer_name: old.volunteer_name,
        service_role: correction.serviceRole ?? old.service_role,
        minutes: correction.minutes,
        basis: 'entered_afterwards',
        attendance_id: null,
        reason: correction.reason,
        entered_by: actor.userId,
        entered_at: actor.now,
        supersedes_id: id,
      })
      .execute();
    await recordAudit(tx.db, actor, {
      action: 'volunteering.correct',
      tableName: 'volunteer_hours',
      recordId: nextId,
      streetId: old.street_id,
      before: { id, minutes: old.minutes, basis: old.basis, serviceRole: old.service_role },
      after: { id: nextId, minutes: correction.minutes, basis: 'entered_afterwards', reason: correction.reason },
    });
    return ok({ id: nextId });
  });
}
