import { fail, grantRefusal, needsPhoneLogin, ok, type Result, type Role, type ScopeKind } from '@seedbed/core';
import { insertAudited } from '../audited';
import type { Db } from '../connection';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { findScopePlace, nameOfScope, scopeNames } from './scope-places';

/** A store call by someone who may grant roles: the grant rule needs their role beside their scope. */
export interface GrantingContext extends StoreContext {
  caller: { role: Role };
}

export interface NewInvite {
  codeHash: string;
  role: Role;
  scopeKind: ScopeKind;
  /** The street, community or organization; null for the deployment. */
  scopeId: string | null;
  displayName: string;
  personId: string | null;
  expiresAt: Date;
}

/**
 * An invite for a role at a scope, if the caller may grant it (core's `grantRefusal`: 403
 * account.grant_forbidden otherwise; an unknown place 404), and for a person the caller may see
 * (403/404 otherwise). Everything is checked before the one write; the code is stored only as its hash.
 */
export function createInvite(call: GrantingContext, invite: NewInvite): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const place = await findScopePlace(tx, invite.scopeKind, invite.scopeId);
    if (!place.ok) return place;
    const { streetId } = place.value;
    const refusal = grantRefusal(
      { role: call.caller.role, scope: call.scope },
      { role: invite.role, scopeKind: invite.scopeKind, streetId },
    );
    if (refusal) return fail(refusal);
    // The person the account will be linked to must be one the inviter may see: an unknown id is a
    // 404 (not a foreign-key failure), a resident of another street a 403.
    if (invite.personId) {
      const person = await findInScope(tx, 'people', invite.personId);
      if (!person.ok) return person;
      // An admin sees every street; the account still joins the scope's street only.
      if (streetId !== null && person.value.street_id !== streetId) return fail('invite.person_other_street');
    }
    const { id } = await insertAudited(
      tx,
      'invites',
      {
        id: tx.newId(),
        code_hash: invite.codeHash,
        street_id: streetId,
        organization_id: invite.scopeKind === 'organization' ? invite.scopeId : null,
        scope_kind: invite.scopeKind,
        scope_id: invite.scopeId,
        role: invite.role,
        display_name: invite.displayName,
        person_id: invite.personId,
        created_by: tx.actor.userId,
        created_at: tx.actor.now,
        expires_at: invite.expiresAt,
      },
      { action: 'invite.create' },
    );
    return ok({ id });
  });
}

/** An invite by its code's hash, with the name of what it is for. */
export async function findInvite(db: Db, codeHash: string) {
  const invite = await db
    .selectFrom('invites')
    .select([
      'id',
      'role',
      'display_name',
      'person_id',
      'organization_id',
      'street_id',
      'scope_kind',
      'scope_id',
      'expires_at',
      'used_at',
    ])
    .where('code_hash', '=', codeHash)
    .executeTakeFirst();
  if (!invite) return undefined;
  const scopeName = nameOfScope(await scopeNames(db, [invite]), invite);
  return { ...invite, scope_name: scopeName, organization_name: invite.organization_id ? scopeName : null };
}

export interface InviteAcceptance {
  codeHash: string;
  userId: string;
  phone: string | null;
  username: string | null;
  passwordHash: string;
  locale: string;
}

/**
 * Turns an invite into an account, once: the invite row is locked, checked unused and unexpired,
 * the user created and the invite marked used in one transaction, so two taps of the same link
 * never make two accounts. Leaders and members sign in with their phone; other roles with a phone
 * or a username.
 */
export async function acceptInvite(db: Db, now: Date, accept: InviteAcceptance): Promise<Result<{ userId: string }>> {
  return db.transaction().execute(async (trx) => {
    const invite = await trx
      .selectFrom('invites')
      .selectAll()
      .where('code_hash', '=', accept.codeHash)
      .forUpdate()
      .executeTakeFirst();
    if (!invite || invite.expires_at.getTime() <= now.getTime()) return fail('invite.invalid');
    if (invite.used_at) return fail('invite.used');
    if (needsPhoneLogin(invite.role as Role) && !accept.phone) return fail('invite.phone_required');
    if (!accept.phone && !accept.username) return fail('invite.login_required');
    // A phone and a username share one namespace: either may be typed at the login box.
    const logins = [accept.phone, accept.username].filter((login): login is string => login !== null);
    const taken = await trx
      .selectFrom('users')
      .select('id')
      .where((eb) => eb.or([eb('phone', 'in', logins), eb('username', 'in', logins)]))
      .executeTakeFirst();
    if (taken) return fail('account.login_taken');
    const user = {
      id: accept.userId,
      phone: accept.phone,
      username: accept.username,
      display_name: invite.display_name,
      password_hash: accept.passwordHash,
      role: invite.role,
      scope_kind: invite.scope_kind,
      scope_id: invite.scope_id,
      person_id: invite.person_id,
      locale: accept.locale,
    };
    // The new account is its own author: nobody was signed in when the link was accepted.
    const writer = { db: trx, actor: { userId: accept.userId, now } };
    await insertAudited(writer, 'users', user, { action: 'user.create_from_invite', streetId: invite.street_id });
    await trx
      .updateTable('invites')
      .set({ used_at: now, used_by: accept.userId })
      .where('id', '=', invite.id)
      .execute();
    return ok({ userId: accept.userId });
  });
}
