import {
  type ChatGroupCountInput,
  type ChatGroupInput,
  currentChatGroupLayer,
  fail,
  ok,
  type SubTeamInput,
  type SubTeamMemberInput,
} from '@seedbed/core';
import { recordAudit } from '../audit';
import { insertAudited } from '../audited';
import type { StoreContext, TxContext } from '../context';
import { type WriteResult, writeUnderOrganization } from './lock';

/**
 * Sub-teams 分队 and chat groups: what a leader manages from a phone. Each write: its date checked
 * (not after today), one transaction, an audit row.
 */

async function currentMember(tx: Pick<TxContext, 'db'>, organizationId: string, personId: string) {
  return tx.db
    .selectFrom('organization_members')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('left_on', 'is', null)
    .executeTakeFirst();
}

/** A sub-team 分队, optionally with its leader (who must be a current member of the organization). */
export async function addSubTeam(
  call: StoreContext,
  organizationId: string,
  input: SubTeamInput,
): Promise<WriteResult> {
  return writeUnderOrganization(call, organizationId, [input.formedOn], async (tx, organization) => {
    const streetId = organization.street_id;
    if (input.leaderPersonId && !(await currentMember(tx, organizationId, input.leaderPersonId)))
      return fail('organization.member_unknown');
    const row = {
      id: tx.newId(),
      street_id: streetId,
      organization_id: organizationId,
      name: input.name,
      formed_on: input.formedOn ?? null,
      ended_on: null,
    };
    await tx.db.insertInto('organization_sub_teams').values(row).execute();
    if (input.leaderPersonId) {
      await tx.db
        .insertInto('organization_sub_team_members')
        .values({
          id: tx.newId(),
          street_id: streetId,
          sub_team_id: row.id,
          person_id: input.leaderPersonId,
          role: 'leader',
          joined_on: input.formedOn ?? null,
          left_on: null,
        })
        .execute();
    }
    // One entry for the team and its leader together: the leader is part of what was added.
    await recordAudit(tx.db, tx.actor, {
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
  call: StoreContext,
  organizationId: string,
  subTeamId: string,
  input: SubTeamMemberInput,
): Promise<WriteResult> {
  return writeUnderOrganization(call, organizationId, [input.joinedOn], async (tx, organization) => {
    const team = await tx.db
      .selectFrom('organization_sub_teams')
      .select('id')
      .where('id', '=', subTeamId)
      .where('organization_id', '=', organizationId)
      .executeTakeFirst();
    if (!team) return fail('organization.sub_team_unknown');
    if (!(await currentMember(tx, organizationId, input.personId))) return fail('organization.member_unknown');
    const already = await tx.db
      .selectFrom('organization_sub_team_members')
      .select('id')
      .where('sub_team_id', '=', subTeamId)
      .where('person_id', '=', input.personId)
      .where('left_on', 'is', null)
      .executeTakeFirst();
    if (already) return fail('organization.member_exists');
    const { id } = await insertAudited(
      tx,
      'organization_sub_team_members',
      {
        id: tx.newId(),
        street_id: organization.street_id,
        sub_team_id: subTeamId,
        person_id: input.personId,
        role: input.role,
        joined_on: input.joinedOn ?? null,
        left_on: null,
      },
      { action: 'organization.sub_team.member_add' },
    );
    return ok({ id });
  });
}

/** A chat group of the organization, with its first member count (dated today) when given. */
export async function addChatGroup(
  call: StoreContext,
  organizationId: string,
  input: ChatGroupInput,
): Promise<WriteResult> {
  return writeUnderOrganization(call, organizationId, [input.createdOn], async (tx, organization) => {
    const streetId = organization.street_id;
    if (input.subTeamId) {
      const team = await tx.db
        .selectFrom('organization_sub_teams')
        .select('id')
        .where('id', '=', input.subTeamId)
        .where('organization_id', '=', organizationId)
        .executeTakeFirst();
      if (!team) return fail('organization.sub_team_unknown');
    }
    // One table with the chat trail's groups (issue 19): what the registry does not ask is defaulted by the schema.
    const row = {
      id: tx.newId(),
      street_id: streetId,
      organization_id: organizationId,
      sub_team_id: input.subTeamId ?? null,
      name: input.name,
      platform: input.platform,
      creation_way: input.creationWay,
      layer: currentChatGroupLayer(input.layer),
      staff_in: input.staffIn,
      created_on: input.createdOn ?? null,
      closed_on: input.closedOn ?? null,
      created_by: tx.actor.userId,
      created_at: tx.actor.now,
    };
    await tx.db.insertInto('chat_groups').values(row).execute();
    if (input.memberCount !== undefined) {
      await tx.db
        .insertInto('organization_chat_group_counts')
        .values({
          id: tx.newId(),
          street_id: streetId,
          chat_group_id: row.id,
          counted_on: tx.today,
          member_count: input.memberCount,
        })
        .execute();
    }
    // One entry for the group and its first count together.
    await recordAudit(tx.db, tx.actor, {
      action: 'organization.chat_group.add',
      tableName: 'chat_groups',
      recordId: row.id,
      streetId,
      after: { ...row, member_count: input.memberCount ?? null },
    });
    return ok({ id: row.id });
  });
}

/** A dated member count of a chat group; a second count on the same day replaces the first. */
export async function recordChatGroupCount(
  call: StoreContext,
  organizationId: string,
  groupId: string,
  input: ChatGroupCountInput,
): Promise<WriteResult> {
  return writeUnderOrganization(call, organizationId, [input.countedOn], async (tx, organization) => {
    const group = await tx.db
      .selectFrom('chat_groups')
      .select('id')
      .where('id', '=', groupId)
      .where('organization_id', '=', organizationId)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    if (!group) return fail('organization.chat_group_unknown');
    const row = {
      id: tx.newId(),
      street_id: organization.street_id,
      chat_group_id: groupId,
      counted_on: input.countedOn,
      member_count: input.memberCount,
    };
    await tx.db
      .insertInto('organization_chat_group_counts')
      .values(row)
      .onConflict((oc) => oc.columns(['chat_group_id', 'counted_on']).doUpdateSet({ member_count: input.memberCount }))
      .execute();
    // An upsert: the entry is filed under the group, whichever count row holds the day.
    await recordAudit(tx.db, tx.actor, {
      action: 'organization.chat_group.count',
      tableName: 'organization_chat_group_counts',
      recordId: groupId,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id: groupId });
  });
}
