import { erasedPersonName } from '@seedbed/core';
import type { PersonErasureHook } from '../people';

/**
 * Accounts' part of erasing a person (PIPL art. 47), run inside the erasure's transaction: an
 * invite made for them can no longer be accepted — it would reopen their record to a new account —
 * and names nobody; an account linked to them is signed out everywhere and can never sign in
 * again (no password, no phone, no name). The account row stays, so the audit trail still says
 * which account did what.
 */
export const eraseAccountTraces: PersonErasureHook = async ({ db, actor }, { id: personId }) => {
  await db.updateTable('invites').set({ display_name: erasedPersonName }).where('person_id', '=', personId).execute();
  await db
    .updateTable('invites')
    .set({ expires_at: actor.now })
    .where('person_id', '=', personId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', actor.now)
    .execute();
  const accounts = await db.selectFrom('users').select(['id', 'username']).where('person_id', '=', personId).execute();
  for (const account of accounts)
    await db
      .updateTable('users')
      // An account needs a login name or a phone; an unusable one keeps the row valid.
      .set({
        display_name: erasedPersonName,
        phone: null,
        password_hash: null,
        username: account.username ?? `erased-${account.id}`,
      })
      .where('id', '=', account.id)
      .execute();
  // A reset code would give the erased account a password again.
  if (accounts.length > 0)
    await db
      .deleteFrom('password_resets')
      .where(
        'user_id',
        'in',
        accounts.map((account) => account.id),
      )
      .execute();
  if (accounts.length > 0)
    await db
      .deleteFrom('sessions')
      .where(
        'user_id',
        'in',
        accounts.map((account) => account.id),
      )
      .execute();
};
