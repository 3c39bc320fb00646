import { erasedPersonName, fail, ok, type Result, type Role, resetState, type ScopeKind } from '@seedbed/core';
import type { Transaction } from 'kysely';
import { type Actor, recordAudit } from '../audit';
import { insertAudited } from '../audited';
import type { Db } from '../connection';
import { inTransaction, type StoreContext } from '../context';
import type { Database } from '../tables';
import { findScopePlace } from './scope-places';
import { visibleUsers } from './visibility';

/*
 * One-time password resets (core's password-reset.ts): issued by staff for an account in their
 * scope, used once by whoever holds the code. Only the code's hash is stored; the audit trail says
 * who issued one for whom and when it was used (insertAudited redacts the hash).
 */

type UserRow = Database['users'];

export interface NewPasswordReset {
  /** A phone number or a username, as staff know it. */
  login: string;
  codeHash: string;
  expiresAt: Date;
  /** Whether the caller's role may reset this account's role (core's mayResetPasswordOf). */
  mayReset: (accountRole: Role) => boolean;
}

/**
 * Issues a reset for the account named by `login`, ending any unused one it had. An account the
 * caller's scope does not reach answers like one that does not exist (`account.not_found`), so a
 * street's staff cannot learn which phones have accounts elsewhere.
 */
export function issuePasswordReset(
  call: StoreContext,
  reset: NewPasswordReset,
): Promise<Result<{ userId: string; displayName: string }>> {
  return inTransaction(call, async (tx) => {
    const user = await tx.db
      .selectFrom('users')
      .selectAll()
      .where((eb) => eb.or([eb('phone', '=', reset.login), eb('username', '=', reset.login)]))
      // The accounts page's own scope: another street's account is as unknown as a missing one.
      .where(visibleUsers(call.scope))
      .forUpdate()
      .executeTakeFirst();
    // An erased person's account keeps its row for the trail, but nobody may sign in to it again.
    if (!user || (user.display_name === erasedPersonName && user.phone === null)) return fail('account.not_found');
    const streetId = await streetOfAccount(tx.db, user);
    // A reset would not let a deactivated account in: staff reactivate it first, on purpose.
    if (user.deactivated_at) return fail('account.deactivated');
    if (!reset.mayReset(user.role as Role)) return fail('password_reset.role_not_allowed');
    await issueFor(tx.db, tx.actor, {
      id: tx.newId(),
      userId: user.id,
      streetId,
      codeHash: reset.codeHash,
      expiresAt: reset.expiresAt,
    });
    return ok({ userId: user.id, displayName: user.display_name });
  });
}

/** The live reset of an account is the newest: issuing one ends the others, then stores the new one. */
export async function issueFor(
  trx: Transaction<Database>,
  actor: Actor,
  reset: { id: string; userId: string; streetId: string | null; codeHash: string; expiresAt: Date },
) {
  await trx
    .updateTable('password_resets')
    .set({ expires_at: actor.now })
    .where('user_id', '=', reset.userId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', actor.now)
    .execute();
  await insertAudited(
    { db: trx, actor },
    'password_resets',
    {
      id: reset.id,
      user_id: reset.userId,
      code_hash: reset.codeHash,
      created_by: actor.userId,
      created_at: actor.now,
      expires_at: reset.expiresAt,
    },
    { action: 'account.password_reset.issue', streetId: reset.streetId },
  );
}

/** What the holder of a code sees before choosing a password (undefined: no such code). */
export async function findPasswordReset(db: Db, codeHash: string) {
  return db
    .selectFrom('password_resets')
    .innerJoin('users', 'users.id', 'password_resets.user_id')
    .select([
      'password_resets.expires_at',
      'password_resets.used_at',
      'users.display_name',
      'users.username',
      'users.phone',
    ])
    .where('password_resets.code_hash', '=', codeHash)
    .executeTakeFirst();
}

/**
 * Uses a reset once: under the row's lock it is checked unused and unexpired, the password
 * replaced, the reset marked used and every session of the account ended (a lost phone still
 * signed in, a stranger who guessed the old password) — all or nothing. The caller then signs the
 * person in with a fresh session.
 */
export async function usePasswordReset(
  db: Db,
  now: Date,
  use: { codeHash: string; passwordHash: string },
): Promise<Result<{ userId: string }>> {
  return db.transaction().execute(async (trx) => {
    const reset = await trx
      .selectFrom('password_resets')
      .selectAll()
      .where('code_hash', '=', use.codeHash)
      .forUpdate()
      .executeTakeFirst();
    if (!reset) return fail('password_reset.invalid');
    const state = resetState({ expiresAt: reset.expires_at, usedAt: reset.used_at }, now);
    if (state !== 'usable') return fail(state === 'used' ? 'password_reset.used' : 'password_reset.expired');
    const user = await trx.selectFrom('users').selectAll().where('id', '=', reset.user_id).executeTakeFirstOrThrow();
    // Deactivated after the code was issued: the code changes nothing.
    if (user.deactivated_at) return fail('account.deactivated');
    const streetId = await streetOfAccount(trx, user);
    // The account's owner acts: nobody was signed in when the code was typed.
    const actor = { userId: user.id, now };
    await trx.updateTable('password_resets').set({ used_at: now }).where('id', '=', reset.id).execute();
    await recordAudit(trx, actor, {
      action: 'account.password_reset.use',
      tableName: 'password_resets',
      recordId: reset.id,
      streetId,
      after: { used_at: now },
    });
    await setPassword(trx, actor, { userId: user.id, streetId, passwordHash: use.passwordHash }, 'user.password_reset');
    return ok({ userId: user.id });
  });
}

/**
 * A signed-in person's new password (the current one already checked by the caller): every other
 * session of the account ends, the one making the change stays.
 */
export async function changePassword(
  call: StoreContext,
  change: { userId: string; keepSessionIdHash: string; passwordHash: string },
): Promise<Result<{ changed: true }>> {
  return inTransaction(call, async (tx) => {
    const user = await tx.db.selectFrom('users').selectAll().where('id', '=', change.userId).executeTakeFirstOrThrow();
    const streetId = await streetOfAccount(tx.db, user);
    await setPassword(tx.db, tx.actor, { ...change, streetId }, 'user.password_change');
    return ok({ changed: true as const });
  });
}

async function setPassword(
  trx: Transaction<Database>,
  actor: Actor,
  change: { userId: string; streetId: string | null; passwordHash: string; keepSessionIdHash?: string },
  action: string,
) {
  await trx.updateTable('users').set({ password_hash: change.passwordHash }).where('id', '=', change.userId).execute();
  let ending = trx.deleteFrom('sessions').where('user_id', '=', change.userId);
  if (change.keepSessionIdHash) ending = ending.where('id', '<>', change.keepSessionIdHash);
  const ended = await ending.executeTakeFirst();
  // Never the hash (nor the code): only that the password changed and what it ended.
  await recordAudit(trx, actor, {
    action,
    tableName: 'users',
    recordId: change.userId,
    streetId: change.streetId,
    after: { password_changed: true, sessions_ended: Number(ended.numDeletedRows) },
  });
}

/** The street an account works in: its scope's street (null for a deployment-wide account). */
async function streetOfAccount(
  db: Db | Transaction<Database>,
  user: Pick<UserRow, 'scope_kind' | 'scope_id'>,
): Promise<string | null> {
  const place = await findScopePlace({ db }, user.scope_kind as ScopeKind, user.scope_id);
  return place.ok ? place.value.streetId : null;
}
