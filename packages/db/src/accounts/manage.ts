import {
  type AccountList,
  type AccountListQuery,
  type AccountSummary,
  accountAsSeenBy,
  fail,
  grantRefusal,
  ok,
  type Result,
  type Role,
  roles,
  type ScopeKind,
} from '@seedbed/core';
import { updateAudited } from '../audited';
import { inTransaction, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { GrantingContext } from './invites';
import { findScopePlace, nameOfScope, scopeNames } from './scope-places';
import { visibleInvites, visibleUsers } from './visibility';

/**
 * Who has which role where, and the invites still open, inside the caller's scope (scope.ts's
 * `visibleUsers` / `visibleInvites`); each account as the caller's role may see it.
 */
export async function listAccounts(call: GrantingContext, query: AccountListQuery): Promise<Result<AccountList>> {
  let users = call.db
    .selectFrom('users')
    .select((eb) => [
      'users.id',
      'users.display_name',
      'users.username',
      'users.phone',
      'users.role',
      'users.scope_kind',
      'users.scope_id',
      'users.created_at',
      'users.last_login_at',
      'users.deactivated_at',
      eb
        .selectFrom('sessions')
        .select((inner) => inner.fn.max('sessions.last_seen_at').as('seen'))
        .whereRef('sessions.user_id', '=', 'users.id')
        .as('last_seen_at'),
    ])
    .where(visibleUsers(call.scope))
    .orderBy('users.display_name')
    .orderBy('users.id');
  let invites = call.db
    .selectFrom('invites')
    .leftJoin('users as inviter', 'inviter.id', 'invites.created_by')
    .select([
      'invites.id',
      'invites.display_name',
      'invites.role',
      'invites.scope_kind',
      'invites.scope_id',
      'invites.created_at',
      'invites.expires_at',
      'inviter.display_name as created_by_name',
    ])
    .where('invites.used_at', 'is', null)
    .where('invites.expires_at', '>', call.actor.now)
    .where(visibleInvites(call.scope))
    .orderBy('invites.created_at', 'desc')
    .orderBy('invites.id');
  if (query.role) {
    users = users.where('users.role', '=', query.role);
    invites = invites.where('invites.role', '=', query.role);
  }
  const [unsorted, inviteRows] = await Promise.all([users.execute(), invites.execute()]);
  // In core's order of roles (administrator, staff, …, members), then by name.
  const rank = (role: string) => roles.indexOf(role as Role);
  const userRows = unsorted.sort((a, b) => rank(a.role) - rank(b.role));
  const names = await scopeNames(call.db, [...userRows, ...inviteRows]);
  const iso = (at: Date | string | null) => (at === null ? null : new Date(at).toISOString());
  return ok({
    accounts: userRows.map((row) =>
      accountAsSeenBy(call.caller.role, {
        id: row.id,
        displayName: row.display_name,
        username: row.username,
        phone: row.phone,
        ...grantOf(row, names),
        createdAt: row.created_at.toISOString(),
        lastSignedInAt: iso(row.last_login_at),
        // Sessions end (log out, deactivation); the last sign-in is then the last use known.
        lastSeenAt: iso((row.last_seen_at as Date | null) ?? row.last_login_at),
        deactivatedAt: iso(row.deactivated_at),
      } satisfies AccountSummary),
    ),
    invites: inviteRows.map((row) => ({
      id: row.id,
      displayName: row.display_name,
      ...grantOf(row, names),
      createdAt: row.created_at.toISOString(),
      expiresAt: row.expires_at.toISOString(),
      createdByName: row.created_by_name,
    })),
  });
}

/** The role and where it applies, named, as an account and an invite both show it. */
function grantOf(row: { role: string; scope_kind: string; scope_id: string | null }, names: Map<string, string>) {
  return {
    role: row.role as Role,
    scopeKind: row.scope_kind as ScopeKind,
    scopeId: row.scope_id,
    scopeName: nameOfScope(names, row),
  };
}

/**
 * Deactivates an account: it is kept (the audit trail still names it) but every session ends at
 * once and it cannot sign in. Only an account the caller could have granted (core's
 * `grantRefusal`), never the caller's own, and never the last active administrator — the admins
 * are locked first, so two administrators deactivating each other at once cannot both succeed.
 */
export function deactivateAccount(call: GrantingContext, userId: string): Promise<Result<AccountState>> {
  return inTransaction(call, async (tx) => {
    if (userId === tx.actor.userId) return fail('account.deactivate_self');
    const account = await findManageable(call, tx, userId);
    if (!account.ok) return account;
    if (account.value.deactivated_at) return ok(stateOf(account.value));
    if (account.value.role === 'admin') {
      const activeAdmins = await tx.db
        .selectFrom('users')
        .select('id')
        .where('role', '=', 'admin')
        .where('deactivated_at', 'is', null)
        .orderBy('id')
        .forUpdate()
        .execute();
      if (activeAdmins.filter((admin) => admin.id !== userId).length === 0) return fail('account.last_admin');
    }
    const { after } = await updateAudited(
      tx,
      'users',
      userId,
      { deactivated_at: tx.actor.now },
      { action: 'user.deactivate' },
    );
    await tx.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    return ok(stateOf(after));
  });
}

/** Lets a deactivated account sign in again (with its old password); the same rule as deactivating. */
export function reactivateAccount(call: GrantingContext, userId: string): Promise<Result<AccountState>> {
  return inTransaction(call, async (tx) => {
    const account = await findManageable(call, tx, userId);
    if (!account.ok) return account;
    if (!account.value.deactivated_at) return ok(stateOf(account.value));
    const { after } = await updateAudited(tx, 'users', userId, { deactivated_at: null }, { action: 'user.reactivate' });
    return ok(stateOf(after));
  });
}

/** Whether an account may sign in, as a deactivation or reactivation answers it. */
export interface AccountState {
  id: string;
  deactivatedAt: string | null;
}

function stateOf(row: { id: string; deactivated_at: Date | null }): AccountState {
  return { id: row.id, deactivatedAt: row.deactivated_at?.toISOString() ?? null };
}

/** An account in the caller's scope (403/404), locked, that the caller could have granted. */
async function findManageable(call: GrantingContext, tx: TxContext, userId: string) {
  const account = await findInScope(tx, 'users', userId, { forUpdate: true });
  if (!account.ok) return account;
  const { role, scope_kind: scopeKind, scope_id: scopeId } = account.value;
  const place = await findScopePlace(tx, scopeKind as ScopeKind, scopeId);
  if (!place.ok) return place;
  const refusal = grantRefusal(
    { role: call.caller.role, scope: call.scope },
    { role: role as Role, scopeKind: scopeKind as ScopeKind, streetId: place.value.streetId },
  );
  return refusal ? fail<typeof account.value>(refusal) : account;
}
