import { fail, ok, type Result } from '@seedbed/core';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';

export interface NewInvite {
  id: string;
  codeHash: string;
  organizationId: string;
  role: 'organization_leader' | 'organization_member';
  displayName: string;
  personId: string | null;
  expiresAt: Date;
}

export async function createInvite(db: Db, actor: Actor, invite: NewInvite): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const organization = await trx
      .selectFrom('organizations')
      .select('street_id')
      .where('id', '=', invite.organizationId)
      .executeTakeFirstOrThrow();
    const row = {
      id: invite.id,
      code_hash: invite.codeHash,
      street_id: organization.street_id,
      organization_id: invite.organizationId,
      role: invite.role,
      display_name: invite.displayName,
      person_id: invite.personId,
      created_by: actor.userId,
      created_at: actor.now,
      expires_at: invite.expiresAt,
    };
    await trx.insertInto('invites').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'invite.create',
      tableName: 'invites',
      recordId: invite.id,
      streetId: organization.street_id,
      after: row,
    });
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
    await trx.insertInto('users').values(user).execute();
    await trx
      .updateTable('invites')
      .set({ used_at: now, used_by: accept.userId })
      .where('id', '=', invite.id)
      .execute();
    const actor = { userId: accept.userId, now };
    await recordAudit(trx, actor, {
      action: 'user.create_from_invite',
      tableName: 'users',
      recordId: accept.userId,
      streetId: invite.street_id,
      after: user,
    });
    return ok({ userId: accept.userId });
  });
}
