import {
  type ChatGroupCountInput,
  type ChatGroupInput,
  fail,
  ok,
  type Scope,
  type SubTeamInput,
  type SubTeamMemberInput,
} from '@seedbed/core';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { lockOrganization, type WriteResult } from './lock';

/** Sub-teams 分队 and chat groups: what a leader manages from a phone. Each write: one transaction, an audit row. */

async function currentMember(trx: Parameters<typeof lockOrganization>[0], organizationId: string, personId: string) {
  return trx
    .selectFrom('organization_members')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('left_on', 'is', null)
    .executeTakeFirst();
}

/** A sub-team 分队, optionally with its leader (who must be a current member of the organization). */
export async function addSubTeam(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  ids: { subTeamId: string; memberId: string },
  input: SubTeamInput,
): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const streetId = locked.value.street_id;
    if (input.leaderPersonId && !(await currentMember(trx, organizationId, input.leaderPersonId)))
      return fail('organization.member_unknown');
    const row = {
      id: ids.subTeamId,
      street_id: streetId,
      organization_id: organizationId,
      name: input.name,
      formed_on: input.formedOn ?? null,
      ended_on: null,
    };
    await trx.insertInto('organization_sub_teams').values(row).execute();
    if (input.leaderPersonId) {
      await trx
        .insertInto('organization_sub_team_members')
        .values({
          id: ids.memberId,
          street_id: streetId,
          sub_team_id: row.id,
          person_id: input.leaderPersonId,
          role: 'leader',
          joined_on: input.formedOn ?? null,
          left_on: null,
        })
        .execute();
    }
    await recordAudit(trx, actor, {
      action: 'organization.sub_team.add',
      tableName: 'organization_sub_teams',
      recordId: row.id,
      streetId,
      after: { ...row, leader_person_id: input.leaderPersonId ?? null },
    });
    return ok({ id: row.id });
  });
}

export async function addSubTeamMember(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  subTeamId: string,
  id: string,
  input: SubTeamMemberInput,
): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const team = await trx
      .selectFrom('organization_sub_teams')
      .select('id')
      .where('id', '=', subTeamId)
      .where('organization_id', '=', organizationId)
      .executeTakeFirst();
    if (!team) return fail('organization.sub_team_unknown');
    if (!(await currentMember(trx, organizationId, input.personId))) return fail('organization.member_unknown');
    const already = await trx
      .selectFrom('organization_sub_team_members')
      .select('id')
      .where('sub_team_id', '=', subTeamId)
      .where('person_id', '=', input.personId)
      .where('left_on', 'is', null)
      .executeTakeFirst();
    if (already) return fail('organization.member_exists');
    const row = {
      id,
      street_id: locked.value.street_id,
      sub_team_id: subTeamId,
      person_id: input.personId,
      role: input.role,
      joined_on: input.joinedOn ?? null,
      left_on: null,
    };
    await trx.insertInto('organization_sub_team_members').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'organization.sub_team.member_add',
      tableName: 'organization_sub_team_members',
      recordId: id,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id });
  });
}

/** A chat group of the organization, with its first member count when given. */
export async function addChatGroup(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  ids: { groupId: string; countId: string },
  input: ChatGroupInput,
  today: string,
): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const streetId = locked.value.street_id;
    if (input.subTeamId) {
      const team = await trx
        .selectFrom('organization_sub_teams')
        .select('id')
        .where('id', '=', input.subTeamId)
        .where('organization_id', '=', organizationId)
        .executeTakeFirst();
      if (!team) return fail('organization.sub_team_unknown');
    }
    const row = {
      id: ids.groupId,
      street_id: streetId,
      organization_id: organizationId,
      sub_team_id: input.subTeamId ?? null,
      name: input.name,
      layer: input.layer,
      created_on: input.createdOn ?? null,
      closed_on: null,
    };
    await trx.insertInto('organization_chat_groups').values(row).execute();
    if (input.memberCount !== undefined) {
      await trx
        .insertInto('organization_chat_group_counts')
        .values({
          id: ids.countId,
          street_id: streetId,
          chat_group_id: row.id,
          counted_on: today,
          member_count: input.memberCount,
        })
        .execute();
    }
    await recordAudit(trx, actor, {
      action: 'organization.chat_group.add',
      tableName: 'organization_chat_groups',
      recordId: row.id,
      streetId,
      after: { ...row, member_count: input.memberCount ?? null },
    });
    return ok({ id: row.id });
  });
}

/** A dated member count of a chat group; a second count on the same day replaces the first. */
export async function recordChatGroupCount(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  groupId: string,
  id: string,
  input: ChatGroupCountInput,
): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const group = await trx
      .selectFrom('organization_chat_groups')
      .select('id')
      .where('id', '=', groupId)
      .where('organization_id', '=', organizationId)
      .executeTakeFirst();
    if (!group) return fail('organization.chat_group_unknown');
    const row = {
      id,
      street_id: locked.value.street_id,
      chat_group_id: groupId,
      counted_on: input.countedOn,
      member_count: input.memberCount,
    };
    await trx
      .insertInto('organization_chat_group_counts')
      .values(row)
      .onConflict((oc) => oc.columns(['chat_group_id', 'counted_on']).doUpdateSet({ member_count: input.memberCount }))
      .execute();
    await recordAudit(trx, actor, {
      action: 'organization.chat_group.count',
      tableName: 'organization_chat_group_counts',
      recordId: groupId,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id: groupId });
  });
}
