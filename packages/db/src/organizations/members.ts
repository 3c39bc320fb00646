import { fail, type MemberAddInput, type MemberUpdateInput, ok, type Scope } from '@seedbed/core';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { communitiesOf, lockOrganization, type WriteResult } from './lock';

/**
 * Adds a member: an existing person of the organization's communities, or a new person by name
 * (created in the home community). A person who is already a current member → 409, nothing written.
 */
export async function addMember(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  membershipId: string,
  newPersonId: string,
  input: MemberAddInput,
): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const organization = locked.value;
    let personId = input.personId;
    if (personId) {
      const person = await trx
        .selectFrom('people')
        .select(['id', 'community_id'])
        .where('id', '=', personId)
        .executeTakeFirst();
      if (!person) return fail('person.unknown');
      const communities = await communitiesOf(trx, organization);
      if (!person.community_id || !communities.includes(person.community_id))
        return fail('organization.person_elsewhere');
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
      const person = {
        id: newPersonId,
        street_id: organization.street_id,
        community_id: organization.home_community_id,
        estate_id: null,
        courtyard_id: null,
        name,
        phone: input.phone ?? null,
        birth_year: null,
      };
      await trx.insertInto('people').values(person).execute();
      await recordAudit(trx, actor, {
        action: 'organization.member.create_person',
        tableName: 'people',
        recordId: person.id,
        streetId: organization.street_id,
        after: person,
      });
      personId = person.id;
    }
    const row = {
      id: membershipId,
      street_id: organization.street_id,
      organization_id: organizationId,
      person_id: personId,
      role: input.role,
      joined_on: input.joinedOn ?? null,
      left_on: null,
    };
    await trx.insertInto('organization_members').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'organization.member.add',
      tableName: 'organization_members',
      recordId: row.id,
      streetId: organization.street_id,
      after: row,
    });
    return ok({ id: personId });
  });
}

/** Changes a current member's role, or marks them as having left (the row stays: join/leave history). */
export async function updateMember(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  personId: string,
  patch: MemberUpdateInput,
): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const before = await trx
      .selectFrom('organization_members')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .where('left_on', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (!before) return fail('organization.member_unknown');
    if (patch.leftOn && before.joined_on && patch.leftOn < before.joined_on) return fail('organization.date_order');
    const after = await trx
      .updateTable('organization_members')
      .set({
        ...(patch.role !== undefined && { role: patch.role }),
        ...(patch.leftOn !== undefined && { left_on: patch.leftOn }),
      })
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'organization.member.update',
      tableName: 'organization_members',
      recordId: before.id,
      streetId: before.street_id,
      before,
      after,
    });
    return ok({ id: personId });
  });
}
