import {
  checkSignIn,
  fail,
  isSignInOpen,
  ok,
  type Result,
  type SignInInput,
  type SignInPage,
  signInCeiling,
  signInIdentityKey,
  statedHeadCount,
} from '@seedbed/core';
import { sql, type Transaction } from 'kysely';
import { recordAudit } from '../audit';
import type { PublicContext, StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { Database } from '../tables';
import { firstSignInRecord, publicOccurrenceByCode } from './occurrence-sign-in';

/**
 * Matches the live activity behind a public code. A sheet printed before staff merged its record into
 * another still has the old QR code: it leads to the record it was merged into. One step is enough,
 * because a merge re-points records merged earlier into the one merged away.
 */
export function byPublicCode(code: string) {
  return sql<boolean>`activities.id = (select coalesce(coded.merged_into_id, coded.id) from activities coded where coded.sign_in_code = ${code})`;
}

/**
 * The activity behind a public code, as a resident's page shows it (no scope: the code is the key):
 * title, organizers in order, times.
 */
export async function publicActivityByCode({ db }: Pick<PublicContext, 'db'>, code: string) {
  const row = await db
    .selectFrom('activities')
    .select(['id', 'title', 'starts_at', 'ends_at'])
    .where(byPublicCode(code))
    .executeTakeFirst();
  if (!row) return fail('activity.unknown');
  const organizations = await db
    .selectFrom('activity_organizations as ao')
    .innerJoin('organizations', 'organizations.id', 'ao.organization_id')
    .select('organizations.name')
    .where('ao.activity_id', '=', row.id)
    .orderBy('ao.position')
    .execute();
  return ok({
    endsAt: row.ends_at,
    view: {
      title: row.title,
      organizations: organizations.map((o) => o.name),
      startsAt: row.starts_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
    },
  });
}

/**
 * What the public sign-in page shows: a record's title, organizers and times — or, for a planned
 * date's code before the date is held, the plan's (occurrence-sign-in.ts), with `opensAt` while
 * its window has not opened yet.
 */
export async function findActivityBySignInCode(
  call: Pick<PublicContext, 'db' | 'actor'>,
  code: string,
): Promise<Result<SignInPage>> {
  const found = await publicActivityByCode(call, code);
  if (!found.ok) return publicOccurrenceByCode(call, code);
  return ok({ ...found.value.view, isOpen: isSignInOpen(found.value.endsAt, call.actor.now) });
}

/** The live record behind a public code, locked for the sign-in's ceiling check. */
function lockedActivityByCode(trx: Transaction<Database>, code: string) {
  return trx
    .selectFrom('activities')
    .select(['id', 'street_id', 'ends_at', 'organizer_count', 'served_count'])
    .where(byPublicCode(code))
    .forUpdate()
    .executeTakeFirst();
}

/**
 * A resident signs in (checked by core's checkSignIn). The same person twice is one sign-in, and
 * the answer is the same either way — only the name just typed — so a phone number never reveals
 * who signed in with it. The unique (activity, identity) index settles two taps at once; the
 * activity row is locked so the ceiling (core signInCeiling) holds against a flood of parallel taps.
 * A planned date's code whose date is not held yet makes its record first, in this transaction
 * (occurrence-sign-in.ts firstSignInRecord).
 */
export async function signIn(
  call: PublicContext,
  code: string,
  submitted: SignInInput,
): Promise<Result<{ name: string }>> {
  const checked = checkSignIn(submitted);
  if (!checked.ok) return checked;
  const input = checked.value;
  const { actor, newId } = call;
  return call.db.transaction().execute(async (trx) => {
    let activity = await lockedActivityByCode(trx, code);
    if (!activity) {
      const made = await firstSignInRecord({ ...call, db: trx }, code, () => lockedActivityByCode(trx, code));
      if (!made.ok) return made;
      activity = await lockedActivityByCode(trx, code);
      if (!activity) return fail('activity.unknown');
    }
    if (!isSignInOpen(activity.ends_at, actor.now)) return fail('activity.sign_in_closed');
    const signedIn = await trx
      .selectFrom('activity_sign_ins')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('activity_id', '=', activity.id)
      .executeTakeFirstOrThrow();
    const stated = statedHeadCount({ organizerCount: activity.organizer_count, servedCount: activity.served_count });
    // Checked before the repeat test, so a full activity answers a known and an unknown phone alike.
    if (Number(signedIn.count) >= signInCeiling(stated)) return fail('activity.sign_in_full');
    const id = newId();
    const phone = input.isChild ? null : (input.phone ?? null);
    const inserted = await trx
      .insertInto('activity_sign_ins')
      .values({
        id,
        street_id: activity.street_id,
        activity_id: activity.id,
        name: input.name,
        phone,
        has_phone: phone !== null,
        is_child: input.isChild,
        guardian_consent: input.isChild && input.guardianConsent === true,
        identity_key: signInIdentityKey(input),
        signed_at: actor.now,
      })
      .onConflict((oc) => oc.columns(['activity_id', 'identity_key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted)
      await recordAudit(trx, actor, {
        action: 'activity.sign_in',
        tableName: 'activity_sign_ins',
        recordId: id,
        streetId: activity.street_id,
        // Name and phone stay out of the audit trail: the sign-in row is the one place they are kept,
        // so an erasure or the retention job that clears it leaves no copy behind.
        after: { activityId: activity.id, isChild: input.isChild, hasPhone: phone !== null },
      });
    return ok({ name: input.name });
  });
}

/** Names of those who signed in, oldest first (phones are not listed). */
export async function listSignIns(call: Pick<StoreContext, 'db' | 'scope'>, activityId: string) {
  const activity = await findInScope(call, 'activities', activityId);
  if (!activity.ok) return activity;
  const rows = await call.db
    .selectFrom('activity_sign_ins')
    .select(['id', 'name', 'is_child', 'signed_at'])
    .where('activity_id', '=', activityId)
    .orderBy('signed_at')
    .orderBy(sql`name`)
    .execute();
  return ok(rows.map((r) => ({ id: r.id, name: r.name, isChild: r.is_child, signedAt: r.signed_at.toISOString() })));
}
