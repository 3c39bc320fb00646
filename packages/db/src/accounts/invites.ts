import { fail, ok, type Result } from '@seedbed/core';
import { insertAudited } from '../audited';
import type { Db } from '../connection';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';

export interface NewInvite {
  codeHash: string;
  organizationId: string;
  role: 'organization_leader' | 'organization_member';
  displayName: string;
  personId: string | null;
  expiresAt: Date;
}

/** An invite to an organization (and for a person) the caller may see (403/404 otherwise); the code is stored only as its hash. */
export function createInvite(call: StoreContext, invite: NewInvite): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const organization = await findInScope(tx, 'organizations', invite.organizationId);
    if (!organization.ok) return organization;
    // The person the account will be linked to must be one the inviter may see: an unknown id is a
    // 404 (not a foreign-key failure), a resident of another street a 403.
    if (invite.personId) {
      const person = await findInScope(tx, 'people', invite.personId);
      if (!person.ok) return person;
      // An admin sees every street; the account still joins the organization's street only.
      if (person.value.street_id !== organization.value.street_id) return fail('invite.person_other_street');
    }
    const { id } = await insertAudited(
      tx,
      'invites',
      {
        id: tx.newId(),
        code_hash: invite.codeHash,
        street_id: organization.value.street_id,
        organization_id: invite.organizationId,
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

export async function findInvite(db: Db, codeHash: string) {
  return db
    .selectFrom('invites')
    .innerJoin('organizations', 'organizations.id', 'invites.organization_id')
    .select([
      'invites.id',
      'invites.role',
      'invites.display_name',
      'invites.person_id',
      'invites.organization_id',
      'invites.street_id',
      'invites.expires_at',
      'invites.used_at',
      'organizations.name as organization_name',
    ])
    .where('invites.code_hash', '=', codeHash)
    .executeTakeFirst();
}

/**
 * Turns an invite into an account, once: the invite row is locked, checked unused and unexpired,
 * the user created and the invite marked used in one transaction, so two taps of the same link
 * never make two accounts.
 */
export async function acceptInvite(
  db: Db,
  now: Date,
  accept: { codeHash: string; userId: string; phone: string; passwordHash: string; locale: string },
): Promise<Result<{ userId: string }>> {
  return db.transaction().execute(async (trx) => {
    const invite = await trx
      .selectFrom('invites')
      .selectAll()
      .where('code_hash', '=', accept.codeHash)
      .forUpdate()
      .executeTakeFirst();
    if (!invite || invite.expires_at.getTime() <= now.getTime()) return fail('invite.invalid');
    if (invite.used_at) return fail('invite.used');
    const taken = await trx.selectFrom('users').select('id').where('phone', '=', accept.phone).executeTakeFirst();
    if (taken) return fail('account.login_taken');
    const user = {
      id: accept.userId,
      phone: accept.phone,
      display_name: invite.display_name,
      password_hash: accept.passwordHash,
      role: invite.role,
      scope_kind: 'organization',
      scope_id: invite.organization_id,
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
