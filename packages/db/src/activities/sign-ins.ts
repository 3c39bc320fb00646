import { checkSignIn, fail, isSignInOpen, ok, type Result, type SignInInput, signInIdentityKey } from '@seedbed/core';
import { sql } from 'kysely';
import { recordAudit } from '../audit';
import type { PublicContext, StoreContext } from '../context';
import { findInScope } from '../find-in-scope';

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

/** What the public sign-in page shows. */
export async function findActivityBySignInCode(call: Pick<PublicContext, 'db' | 'actor'>, code: string) {
  const found = await publicActivityByCode(call, code);
  if (!found.ok) return found;
  return ok({ ...found.value.view, isOpen: isSignInOpen(found.value.endsAt, call.actor.now) });
}

/**
 * A resident signs in (checked by core's checkSignIn). The same person twice is one sign-in: the
 * earlier one is answered again. The unique (activity, identity) index settles two taps at once.
 */
export async function signIn(
  call: PublicContext,
  code: string,
  submitted: SignInInput,
): Promise<Result<{ id: string; name: string; isNew: boolean }>> {
  const checked = checkSignIn(submitted);
  if (!checked.ok) return checked;
  const input = checked.value;
  const { actor, newId } = call;
  return call.db.transaction().execute(async (trx) => {
    const activity = await trx
      .selectFrom('activities')
      .select(['id', 'street_id', 'ends_at'])
      .where(byPublicCode(code))
      .executeTakeFirst();
    if (!activity) return fail('activity.unknown');
    if (!isSignInOpen(activity.ends_at, actor.now)) return fail('activity.sign_in_closed');
    const identityKey = signInIdentityKey(input);
    const id = newId();
    const inserted = await trx
      .insertInto('activity_sign_ins')
      .values({
        id,
        street_id: activity.street_id,
        activity_id: activity.id,
        name: input.name,
        phone: input.isChild ? null : (input.phone ?? null),
        is_child: input.isChild,
        guardian_consent: input.isChild && input.guardianConsent === true,
        identity_key: identityKey,
        signed_at: actor.now,
      })
      .onConflict((oc) => oc.columns(['activity_id', 'identity_key']).doNothing())
      .returning(['id', 'name'])
      .executeTakeFirst();
    if (!inserted) {
      const existing = await trx
        .selectFrom('activity_sign_ins')
        .select(['id', 'name'])
        .where('activity_id', '=', activity.id)
        .where('identity_key', '=', identityKey)
        .executeTakeFirstOrThrow();
      return ok({ ...existing, isNew: false });
    }
    await recordAudit(trx, actor, {
      action: 'activity.sign_in',
      tableName: 'activity_sign_ins',
      recordId: id,
      streetId: activity.street_id,
      // The phone stays out of the audit trail: the sign-in row is the one place it is kept.
      after: { activityId: activity.id, name: input.name, isChild: input.isChild, hasPhone: !!input.phone },
    });
    return ok({ ...inserted, isNew: true });
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
