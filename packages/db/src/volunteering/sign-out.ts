import { fail, ok, type Result, serviceMinutes, type VolunteerSignOutResult } from '@seedbed/core';
import type { Selectable, Transaction } from 'kysely';
import type { Actor } from '../audit';
import { recordAudit } from '../audit';
import { inTransaction, type PublicContext, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { Database } from '../tables';
import { openActivity } from './public';
import { hashSignOutToken } from './sign-out-token';

type Attendance = Selectable<Database['volunteer_attendances']>;
type OpenActivity = Extract<Awaited<ReturnType<typeof openActivity>>, { ok: true }>['value'];

/**
 * Sign out at the end ("签退") with the token this phone was given at sign-in — never by phone number,
 * which anyone at the activity may know. A token that matches nothing answers like an attendance
 * that does not exist (volunteering.not_signed_in), and says to ask the leader or staff.
 */
export function volunteerSignOut(
  call: PublicContext,
  code: string,
  signOutToken: string,
): Promise<Result<VolunteerSignOutResult>> {
  const { actor } = call;
  return call.db.transaction().execute(async (trx) => {
    const activity = await openActivity(trx, { code }, actor.now);
    if (!activity.ok) return activity;
    const row = await trx
      .selectFrom('volunteer_attendances')
      .selectAll()
      .where('activity_id', '=', activity.value.id)
      .where('sign_out_token_hash', '=', hashSignOutToken(signOutToken))
      .forUpdate()
      .executeTakeFirst();
    if (!row) return fail('volunteering.not_signed_in');
    return closeAttendance(trx, { actor, newId: call.newId }, activity.value, row, {
      action: 'volunteering.sign_out',
      enteredBy: null,
    });
  });
}

/**
 * The leader or staff sign out a volunteer who lost their phone's token (a new phone, a cleared
 * browser), while the volunteer page is open; the end is the server's clock as for the volunteer.
 * The hours record names who did it (entered_by). Later than that, hours are entered afterwards.
 */
export function signOutAttendance(call: StoreContext, attendanceId: string): Promise<Result<VolunteerSignOutResult>> {
  return inTransaction(call, async (tx) => {
    const row = await tx.db
      .selectFrom('volunteer_attendances')
      .selectAll()
      .where('id', '=', attendanceId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) return fail('volunteering.unknown_attendance');
    const activity = await openActivity(tx.db, { id: row.activity_id }, tx.actor.now);
    if (!activity.ok) return activity;
    // The recorder's leader or staff who see it: the same rule as entering hours (record.ts).
    const recorder = await findInScope(tx, 'organizations', activity.value.organizationId);
    if (!recorder.ok) return recorder;
    return closeAttendance(tx.db, tx, activity.value, row, {
      action: 'volunteering.sign_out_for',
      enteredBy: tx.actor.userId,
    });
  });
}

/**
 * The minutes are out − in, clipped to the activity's span and margin (core serviceMinutes), and
 * become a proven hours record (basis sign_in_out) of the recorder. A second sign-out answers the
 * first. Hours someone had entered afterwards for the same person are superseded by the proven record.
 */
async function closeAttendance(
  trx: Transaction<Database>,
  { actor, newId }: { actor: Actor; newId: () => string },
  activity: OpenActivity,
  row: Attendance,
  how: { action: 'volunteering.sign_out' | 'volunteering.sign_out_for'; enteredBy: string | null },
): Promise<Result<VolunteerSignOutResult>> {
  if (row.signed_out_at !== null) {
    const hours = await trx
      .selectFrom('volunteer_hours')
      .select('minutes')
      .where('attendance_id', '=', row.id)
      .where('superseded_by', 'is', null)
      .executeTakeFirst();
    return ok(answerOf(row, new Date(row.signed_out_at), hours?.minutes ?? 0, false));
  }
  const minutes = serviceMinutes(
    { signedInAt: row.signed_in_at, signedOutAt: actor.now },
    { startsAt: activity.starts_at, endsAt: activity.ends_at },
  );
  await trx.updateTable('volunteer_attendances').set({ signed_out_at: actor.now }).where('id', '=', row.id).execute();
  const hoursId = newId();
  if (row.person_id) {
    // Deferred foreign key: the replaced entry points at the new record before it exists.
    await trx
      .updateTable('volunteer_hours')
      .set({ superseded_by: hoursId, superseded_at: actor.now })
      .where('activity_id', '=', activity.id)
      .where('organization_id', '=', activity.organizationId)
      .where('person_id', '=', row.person_id)
      .where('superseded_by', 'is', null)
      .execute();
  }
  await trx
    .insertInto('volunteer_hours')
    .values({
      id: hoursId,
      street_id: activity.street_id,
      activity_id: activity.id,
      organization_id: activity.organizationId,
      person_id: row.person_id,
      volunteer_name: row.name,
      minutes,
      basis: 'sign_in_out',
      attendance_id: row.id,
      entered_by: how.enteredBy,
      entered_at: actor.now,
    })
    .execute();
  await recordAudit(trx, actor, {
    action: how.action,
    tableName: 'volunteer_hours',
    recordId: hoursId,
    streetId: activity.street_id,
    // No name: an erasure clears the records, not the audit trail (record.ts).
    after: { activityId: activity.id, minutes, basis: 'sign_in_out', personId: row.person_id },
  });
  return ok(answerOf(row, actor.now, minutes, true));
}

function answerOf(row: Attendance, signedOutAt: Date, minutes: number, isNew: boolean): VolunteerSignOutResult {
  return {
    id: row.id,
    name: row.name,
    signedInAt: new Date(row.signed_in_at).toISOString(),
    signedOutAt: signedOutAt.toISOString(),
    minutes,
    isNew,
  };
}
