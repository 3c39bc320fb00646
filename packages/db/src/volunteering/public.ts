import {
  checkVolunteerSignIn,
  fail,
  isVolunteerSignInOpen,
  ok,
  type Result,
  serviceMinutes,
  type VolunteerSignInInput,
} from '@seedbed/core';
import type { Transaction } from 'kysely';
import { byPublicCode, publicActivityByCode } from '../activities';
import { recordAudit } from '../audit';
import type { PublicContext } from '../context';
import type { Database } from '../tables';

/**
 * The public volunteer page /v/{code}: no account, the activity's sign-in code is the key. Both
 * instants are the server's clock (never the phone's). Phones stay in volunteer_attendances and
 * out of the audit trail and every list.
 */
export async function findActivityForVolunteers({ db, actor }: Pick<PublicContext, 'db' | 'actor'>, code: string) {
  const found = await publicActivityByCode({ db }, code);
  if (!found.ok) return found;
  const { view, endsAt } = found.value;
  return ok({ ...view, isOpen: isVolunteerSignInOpen(endsAt, actor.now) && view.organizations.length > 0 });
}

async function openActivity(trx: Transaction<Database>, code: string, now: Date) {
  const activity = await trx
    .selectFrom('activities')
    .select(['id', 'street_id', 'starts_at', 'ends_at'])
    .where(byPublicCode(code))
    .executeTakeFirst();
  if (!activity) return fail('activity.unknown');
  if (!isVolunteerSignInOpen(activity.ends_at, now)) return fail('volunteering.sign_in_closed');
  // 谁记录谁证明: the first organizer records the hours; an activity with no organization has no recorder.
  const recorder = await trx
    .selectFrom('activity_organizations')
    .select('organization_id')
    .where('activity_id', '=', activity.id)
    .orderBy('position')
    .executeTakeFirst();
  if (!recorder) return fail('volunteering.not_organizer');
  return ok({ ...activity, organizationId: recorder.organization_id });
}

export interface AttendanceAnswer {
  id: string;
  name: string;
  signedInAt: string;
  signedOutAt: string | null;
  minutes: number | null;
  isNew: boolean;
}

/** Sign in at the start ("签到"). The same phone again answers the first sign-in. */
export async function volunteerSignIn(
  call: PublicContext,
  code: string,
  given: VolunteerSignInInput,
): Promise<Result<AttendanceAnswer>> {
  const checked = checkVolunteerSignIn(given);
  if (!checked.ok) return checked;
  const input = checked.value;
  const { actor, newId } = call;
  return call.db.transaction().execute(async (trx) => {
    const activity = await openActivity(trx, code, actor.now);
    if (!activity.ok) return activity;
    const id = newId();
    const inserted = await trx
      .insertInto('volunteer_attendances')
      .values({
        id,
        street_id: activity.value.street_id,
        activity_id: activity.value.id,
        name: input.name,
        phone: input.phone,
        consent: true,
        person_id: await matchPerson(trx, activity.value.id, activity.value.street_id, input.phone),
        signed_in_at: actor.now,
      })
      .onConflict((oc) => oc.columns(['activity_id', 'phone']).doNothing())
      .returning('id')
      .executeTakeFirst();
    const row = await attendance(trx, activity.value.id, input.phone);
    if (!row) throw new Error('attendance vanished inside its transaction');
    if (inserted)
      await recordAudit(trx, actor, {
        action: 'volunteering.sign_in',
        tableName: 'volunteer_attendances',
        recordId: id,
        streetId: activity.value.street_id,
        after: { activityId: activity.value.id, name: input.name, matched: row.person_id !== null },
      });
    return ok({ ...answerOf(row), isNew: !!inserted });
  });
}

/**
 * Sign out at the end ("签退"): the minutes are out − in, clipped to the activity's span and margin
 * (core serviceMinutes), and become a proven hours record (basis sign_in_out) of the recorder. A
 * second sign-out answers the first. Hours someone had entered afterwards for the same person are
 * superseded by the proven record.
 */
export function volunteerSignOut(call: PublicContext, code: string, phone: string): Promise<Result<AttendanceAnswer>> {
  const { actor, newId } = call;
  return call.db.transaction().execute(async (trx) => {
    const activity = await openActivity(trx, code, actor.now);
    if (!activity.ok) return activity;
    const row = await attendance(trx, activity.value.id, phone, true);
    if (!row) return fail('volunteering.not_signed_in');
    if (row.signed_out_at !== null) return ok({ ...answerOf(row, await minutesOf(trx, row.id)), isNew: false });
    const minutes = serviceMinutes(
      { signedInAt: row.signed_in_at, signedOutAt: actor.now },
      { startsAt: activity.value.starts_at, endsAt: activity.value.ends_at },
    );
    await trx.updateTable('volunteer_attendances').set({ signed_out_at: actor.now }).where('id', '=', row.id).execute();
    const hoursId = newId();
    if (row.person_id) {
      // Deferred foreign key: the replaced entry points at the new record before it exists.
      await trx
        .updateTable('volunteer_hours')
        .set({ superseded_by: hoursId, superseded_at: actor.now })
        .where('activity_id', '=', activity.value.id)
        .where('organization_id', '=', activity.value.organizationId)
        .where('person_id', '=', row.person_id)
        .where('superseded_by', 'is', null)
        .execute();
    }
    await trx
      .insertInto('volunteer_hours')
      .values({
        id: hoursId,
        street_id: activity.value.street_id,
        activity_id: activity.value.id,
        organization_id: activity.value.organizationId,
        person_id: row.person_id,
        volunteer_name: row.name,
        minutes,
        basis: 'sign_in_out',
        attendance_id: row.id,
        entered_by: null,
        entered_at: actor.now,
      })
      .execute();
    await recordAudit(trx, actor, {
      action: 'volunteering.sign_out',
      tableName: 'volunteer_hours',
      recordId: hoursId,
      streetId: activity.value.street_id,
      after: { activityId: activity.value.id, name: row.name, minutes, basis: 'sign_in_out', personId: row.person_id },
    });
    return ok({ ...answerOf({ ...row, signed_out_at: actor.now }, minutes), isNew: true });
  });
}

function attendance(trx: Transaction<Database>, activityId: string, phone: string, forUpdate = false) {
  const query = trx
    .selectFrom('volunteer_attendances')
    .select(['id', 'name', 'person_id', 'signed_in_at', 'signed_out_at'])
    .where('activity_id', '=', activityId)
    .where('phone', '=', phone);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

async function minutesOf(trx: Transaction<Database>, attendanceId: string) {
  const hours = await trx
    .selectFrom('volunteer_hours')
    .select('minutes')
    .where('attendance_id', '=', attendanceId)
    .where('superseded_by', 'is', null)
    .executeTakeFirst();
  return hours?.minutes ?? null;
}

function answerOf(
  row: { id: string; name: string; signed_in_at: Date; signed_out_at: Date | string | null },
  minutes: number | null = null,
) {
  return {
    id: row.id,
    name: row.name,
    signedInAt: row.signed_in_at.toISOString(),
    signedOutAt: row.signed_out_at === null ? null : new Date(row.signed_out_at).toISOString(),
    minutes,
  };
}

/**
 * Who this volunteer is: a person with this phone among the activity's organizations' current
 * members, else among the people of the activity's street — only when exactly one matches (two
 * records sharing a phone are left for the leader to decide). Erased or merged records never match.
 */
export async function matchPerson(
  trx: Transaction<Database>,
  activityId: string,
  streetId: string,
  phone: string,
): Promise<string | null> {
  const live = trx
    .selectFrom('people')
    .select('people.id')
    .where('people.phone', '=', phone)
    .where('people.erased_at', 'is', null)
    .where('people.merged_into', 'is', null);
  const members = await live
    .where(
      'people.id',
      'in',
      trx
        .selectFrom('organization_members as m')
        .innerJoin('activity_organizations as ao', 'ao.organization_id', 'm.organization_id')
        .select('m.person_id')
        .where('ao.activity_id', '=', activityId)
        .where('m.left_on', 'is', null),
    )
    .limit(2)
    .execute();
  if (members.length === 1) return members[0]?.id ?? null;
  if (members.length > 1) return null;
  const neighbours = await live.where('people.street_id', '=', streetId).limit(2).execute();
  return neighbours.length === 1 ? (neighbours[0]?.id ?? null) : null;
}
