import { fail, type MemberAddInput, type MemberUndoLeaveInput, type MemberUpdateInput, ok } from '@seedbed/core';
import { insertAudited, updateAudited } from '../audited';
import type { StoreContext, TxContext } from '../context';
import { addPersonByName } from '../people';
import { visiblePeople } from '../scope';
import { communitiesOf, type WriteResult, writeUnderOrganization } from './lock';

/**
 * Adds a member: an existing person of the organization's communities, or a new person by name
 * (created in the home community). A person who is already a current member → 409, nothing written.
 * Adding an existing person the caller may not read (a leader's scope holds its current members
 * only) needs the phone the resident gave them, when one is on record: a member's phone is shown
 * in full to the leader, so the leader must already know it (issue 14) — otherwise any resident of
 * a served community could be added just to read their number. We chose this over masking until
 * the resident confirms: nothing new to store or to ask of a resident, and the leader, who met the
 * resident, has the number at hand.
 */
export async function addMember(
  call: StoreContext,
  organizationId: string,
  input: MemberAddInput,
): Promise<WriteResult> {
  return writeUnderOrganization(call, organizationId, [input.joinedOn], async (tx, organization) => {
    const trx = tx.db;
    if (input.role === 'leader' && (await currentLeaderOf(tx, organizationId)))
      return fail('organization.leader_by_hand_over');
    let personId = input.personId;
    if (personId) {
      const person = await trx
        .selectFrom('people')
        .select(['id', 'community_id', 'phone'])
        .where('id', '=', personId)
        .executeTakeFirst();
      if (!person) return fail('person.unknown');
      const communities = await communitiesOf(tx, organization);
      if (!person.community_id || !communities.includes(person.community_id))
        return fail('organization.person_elsewhere');
      if (person.phone && input.phone !== person.phone) {
        const readable = await trx
          .selectFrom('people')
          .select('people.id')
          .where('people.id', '=', personId)
          .where(visiblePeople(tx.scope))
          .executeTakeFirst();
        if (!readable) return fail('organization.member_phone_unknown');
      }
      const current = await trx
        .selectFrom('organization_members')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .where('left_on', 'is', null)
        .executeTakeFirst();
      if (current) return fail('organization.member_exists');
    } else {
      const name = input.name ?? '';
      // The same name already among the current members is taken as the same person added twice.
      const sameName = await trx
        .selectFrom('organization_members as m')
        .innerJoin('people', 'people.id', 'm.person_id')
        .select('m.id')
        .where('m.organization_id', '=', organizationId)
        .where('m.left_on', 'is', null)
        .where('people.name', '=', name)
        .executeTakeFirst();
      if (sameName) return fail('organization.member_exists');
      const person = await addPersonByName(
        tx,
        {
          streetId: organization.street_id,
          communityId: organization.home_community_id,
          name,
          phone: input.phone ?? null,
        },
        'organization.member.create_person',
      );
      personId = person.id;
    }
    await insertAudited(
      tx,
      'organization_members',
      {
        id: tx.newId(),
        street_id: organization.street_id,
        organization_id: organizationId,
        person_id: personId,
        role: input.role,
        joined_on: input.joinedOn ?? null,
        left_on: null,
      },
      { action: 'organization.member.add' },
    );
    return ok({ id: personId });
  });
}

/** Changes a current member's role, or marks them as having left (the row stays: join/leave history). */
export async function updateMember(
  call: StoreContext,
  organizationId: string,
  personId: string,
  patch: MemberUpdateInput,
): Promise<WriteResult> {
  return writeUnderOrganization(call, organizationId, [patch.leftOn], async (tx) => {
    const before = await tx.db
      .selectFrom('organization_members')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .where('left_on', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (!before) return fail('organization.member_unknown');
    if (patch.leftOn && before.joined_on && patch.leftOn < before.joined_on) return fail('organization.date_order');
    if (
      leadershipWouldChange(before.role, patch) &&
      (before.role === 'leader' || (await currentLeaderOf(tx, organizationId)))
    )
      return fail('organization.leader_by_hand_over');
    // Nobody removes themselves (issue 16): a slip on one's own row would lock one out of the team.
    if (patch.leftOn !== undefined && (await isCallersOwnPerson(tx, personId)))
      return fail('organization.member_leaves_self');
    const changes = {
      ...(patch.role !== undefined && { role: patch.role }),
      ...(patch.leftOn !== undefined && { left_on: patch.leftOn }),
    };
    await updateAudited(tx, 'organization_members', before.id, changes, { action: 'organization.member.update' });
    return ok({ id: personId });
  });
}

/**
 * Takes back a 已离开 (the leader's undo): the membership that ended on `input.leftOn` — the
 * person's latest in this organization — is current again. Refused when the person is a current
 * member already (added again since), when their latest membership did not end that day, and when
 * it was the leader's (two leaders; the hand-over changes leaders).
 */
export async function undoMemberLeaving(
  call: StoreContext,
  organizationId: string,
  personId: string,
  input: MemberUndoLeaveInput,
): Promise<WriteResult> {
  return writeUnderOrganization(call, organizationId, [], async (tx) => {
    const latest = await tx.db
      .selectFrom('organization_members')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .orderBy((eb) => eb.fn.coalesce('left_on', eb.val('9999-12-31')), 'desc')
      .forUpdate()
      .executeTakeFirst();
    if (!latest) return fail('organization.member_unknown');
    if (latest.left_on === null) return fail('organization.member_exists');
    if (latest.left_on !== input.leftOn) return fail('organization.member_not_left');
    if (latest.role === 'leader' && (await currentLeaderOf(tx, organizationId)))
      return fail('organization.leader_by_hand_over');
    await updateAudited(
      tx,
      'organization_members',
      latest.id,
      { left_on: null },
      {
        action: 'organization.member.undo_leave',
      },
    );
    return ok({ id: personId });
  });
}

/** Whether `personId` is the person the calling account belongs to. */
async function isCallersOwnPerson(tx: TxContext, personId: string): Promise<boolean> {
  if (!tx.actor.userId) return false;
  const account = await tx.db
    .selectFrom('users')
    .select('person_id')
    .where('id', '=', tx.actor.userId)
    .executeTakeFirst();
  return account?.person_id === personId;
}

/**
 * A team has one leader, and the leader changes only through the hand-over (hand-over.ts), which
 * moves the accounts' roles with the members' (issue 15): a member made leader beside the leader,
 * or the leader made a member or marked as left here, would leave two leaders or none, and
 * accounts that no longer match the team.
 */
function leadershipWouldChange(role: string, patch: MemberUpdateInput): boolean {
  if (role === 'leader') return (patch.role !== undefined && patch.role !== 'leader') || patch.leftOn !== undefined;
  return patch.role === 'leader';
}

async function currentLeaderOf(tx: TxContext, organizationId: string) {
  return tx.db
    .selectFrom('organization_members')
    .select('person_id')
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'leader')
    .where('left_on', 'is', null)
    .executeTakeFirst();
}
