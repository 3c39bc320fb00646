import { fail, type HandOverInput, type HandOverResult, ok, type Result } from '@seedbed/core';
import { updateAudited } from '../audited';
import type { StoreContext } from '../context';
import { writeUnderOrganization } from './lock';

/**
 * Hands leadership over, in one transaction with the organization locked: the chosen current
 * member becomes the leader, every current leader becomes what they chose (deputy or member), and
 * the team's accounts follow — the new leader's account (if they have one) becomes
 * organization_leader, and every other organization_leader account of the team becomes
 * organization_member. Leadership is one person's: an unlinked leader account cannot be told from
 * the former leader's, so it steps down too (staff can invite again). A target who is not a current
 * member → 400, already the leader → 409, nothing written.
 */
export async function handOverLeadership(
  call: StoreContext,
  organizationId: string,
  input: HandOverInput,
): Promise<Result<HandOverResult>> {
  return writeUnderOrganization(call, organizationId, [], async (tx, organization) => {
    const action = { action: 'organization.leadership.hand_over' };
    const current = await tx.db
      .selectFrom('organization_members')
      .select(['id', 'person_id', 'role'])
      .where('organization_id', '=', organizationId)
      .where('left_on', 'is', null)
      .forUpdate()
      .execute();
    const target = current.find((m) => m.person_id === input.toPersonId);
    if (!target) return fail('organization.hand_over_not_member');
    if (target.role === 'leader') return fail('organization.hand_over_to_leader');
    for (const former of current.filter((m) => m.role === 'leader'))
      await updateAudited(tx, 'organization_members', former.id, { role: input.formerLeaderBecomes }, action);
    await updateAudited(tx, 'organization_members', target.id, { role: 'leader' }, action);

    const accounts = await tx.db
      .selectFrom('users')
      .select(['id', 'person_id', 'role'])
      .where('scope_kind', '=', 'organization')
      .where('scope_id', '=', organizationId)
      .where('role', 'in', ['organization_leader', 'organization_member'])
      .forUpdate()
      .execute();
    const accountAction = { action: 'user.role.follow_team', streetId: organization.street_id };
    for (const account of accounts) {
      const role = account.person_id === target.person_id ? 'organization_leader' : 'organization_member';
      if (account.role !== role) await updateAudited(tx, 'users', account.id, { role }, accountAction);
    }
    return ok({
      organizationId,
      newLeaderPersonId: target.person_id,
      newLeaderHasAccount: accounts.some((a) => a.person_id === target.person_id),
    });
  });
}
