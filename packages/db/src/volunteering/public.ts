import {
  checkVolunteerSignIn,
  fail,
  isVolunteerSignInOpen,
  ok,
  type Result,
  signInCeiling,
  statedHeadCount,
  type VolunteerSignInInput,
} from '@seedbed/core';
import { sql, type Transaction } from 'kysely';
import { byPublicCode, publicActivityByCode } from '../activities';
import { recordAudit } from '../audit';
import type { PublicContext } from '../context';
import type { Database } from '../tables';
import { hashSignOutToken, newSignOutToken } from './sign-out-token';

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

/** The activity behind a public code (or, for the leader's sign-out, its id), while its volunteer page is open. */
export async function openActivity(trx: Transaction<Database>, key: { code: string } | { id: string }, now: Date) {
  const activity = await trx
    .selectFrom('activities')
    .select(['id', 'street_id', 'starts_at', 'ends_at', 'organizer_count', 'served_count'])
    .where('code' in key ? byPublicCode(key.code) : sql<boolean>`activities.id = ${key.id}`)
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

/**
 * Sign in at the start ("签到"). The answer is the same whether this phone had signed in before or
 * not — the name just typed and a sign-out token — so a phone number reveals nothing. Only a first
 * sign-in's token is kept (as a hash); a repeat's opens nothing, or knowing a volunteer's phone would
 * be enough to sign them out and cut their proven hours.
 */
export async function volunteerSignIn(
  call: PublicContext,
  code: string,
  given: VolunteerSignInInput,
): Promise<Result<{ name: string; signOutToken: string }>> {
  const checked = checkVolunteerSignIn(given);
  if (!checked.ok) return checked;
  const input = checked.value;
  const { actor, newId } = call;
  const signOutToken = newSignOutToken();
  return call.db.transaction().execute(async (trx) => {
    const activity = await openActivity(trx, { code }, actor.now);
    if (!activity.ok) return activity;
    // The same ceiling as the residents' sign-in (core signInCeiling), checked before the repeat
    // test so a full activity answers a known and an unknown phone alike.
    const signedIn = await trx
      .selectFrom('volunteer_attendances')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('activity_id', '=', activity.value.id)
      .executeTakeFirstOrThrow();
    const stated = statedHeadCount({
      organizerCount: activity.value.organizer_count,
      servedCount: activity.value.served_count,
    });
    if (Number(signedIn.count) >= signInCeiling(stated)) return fail('volunteering.sign_in_full');
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
        sign_out_token_hash: hashSignOutToken(signOutToken),
      })
      .onConflict((oc) => oc.columns(['activity_id', 'phone']).doNothing())
      .returning(['id', 'person_id'])
      .executeTakeFirst();
    if (inserted)
      await recordAudit(trx, actor, {
        action: 'volunteering.sign_in',
        tableName: 'volunteer_attendances',
        recordId: id,
        streetId: activity.value.street_id,
        // No name or phone: an erasure clears the records, not the audit trail (record.ts).
        after: { activityId: activity.value.id, matched: inserted.person_id !== null },
      });
    return ok({ name: input.name, signOutToken });
  });
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
