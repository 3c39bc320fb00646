import {
  type ChatGroupCountInput,
  type ChatGroupInput,
  fail,
  type InterviewInput,
  type OrganizationChangeInput,
  ok,
  type RelationInput,
  type Scope,
  type SubTeamInput,
  type SubTeamMemberInput,
} from '@seedbed/core';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { visibleOrganizations } from '../scope';
import { lockOrganization, type WriteResult } from './lock';

/** Writes of the organization registry. Each: one transaction, scope checked on the organization, an audit row. */

/**
 * Records a dated change of orientation, filing or status. The organization's current value is
 * the newest change by date, so a back-dated entry adds history without overturning the present.
 */
export async function recordChange(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  id: string,
  input: OrganizationChangeInput,
): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const before = locked.value;
    const row = {
      id,
      street_id: before.street_id,
      organization_id: organizationId,
      field: input.field,
      value: input.value,
      changed_on: input.changedOn,
      reason: input.reason ?? null,
      document_ref: input.documentRef ?? null,
      recorded_by: actor.userId,
      recorded_at: actor.now,
    };
    await trx.insertInto('organization_changes').values(row).execute();
    const newest = await trx
      .selectFrom('organization_changes')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('field', '=', input.field)
      .orderBy('changed_on', 'desc')
      .orderBy('recorded_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    if (newest.id === id) {
      const changes =
        input.field === 'status'
          ? {
              status: input.value,
              status_reason: input.reason ?? null,
              dissolved_on: input.value === 'dissolved' ? input.changedOn : null,
            }
          : input.field === 'orientation'
            ? { orientation: input.value }
            : { filing_status: input.value };
      await trx
        .updateTable('organizations')
        .set({ ...changes, updated_at: actor.now })
        .where('id', '=', organizationId)
        .execute();
    }
    await recordAudit(trx, actor, {
      action: 'organization.change.record',
      tableName: 'organization_changes',
      recordId: id,
      streetId: before.street_id,
      after: row,
    });
    return ok({ id });
  });
}

/** Starts serving a community (again). The community must exist; it keeps its own street. */
export async function addServedCommunity(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  input: { communityId: string; since?: string | undefined },
): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const community = await trx
      .selectFrom('communities')
      .select(['id', 'street_id'])
      .where('id', '=', input.communityId)
      .executeTakeFirst();
    if (!community) return fail('community.unknown');
    if (community.id === locked.value.home_community_id) return fail('organization.already_served');
    const existing = await trx
      .selectFrom('organization_service_areas')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('community_id', '=', community.id)
      .forUpdate()
      .executeTakeFirst();
    if (existing && existing.until === null) return fail('organization.already_served');
    const row = {
      organization_id: organizationId,
      community_id: community.id,
      street_id: community.street_id,
      since: input.since ?? null,
      until: null,
    };
    if (existing) {
      // One row per community: serving again restarts it (the earlier period stays in the audit log).
      await trx
        .updateTable('organization_service_areas')
        .set({ since: row.since, until: null })
        .where('organization_id', '=', organizationId)
        .where('community_id', '=', community.id)
        .execute();
    } else {
      await trx.insertInto('organization_service_areas').values(row).execute();
    }
    await recordAudit(trx, actor, {
      action: 'organization.served.add',
      tableName: 'organization_service_areas',
      recordId: `${organizationId}:${community.id}`,
      streetId: locked.value.street_id,
      ...(existing && { before: existing }),
      after: row,
    });
    return ok({ id: community.id });
  });
}

export async function endServedCommunity(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  communityId: string,
  until: string,
): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const before = await trx
      .selectFrom('organization_service_areas')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('community_id', '=', communityId)
      .where('until', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (!before) return fail('organization.not_served');
    if (before.since && until < before.since) return fail('organization.date_order');
    await trx
      .updateTable('organization_service_areas')
      .set({ until })
      .where('organization_id', '=', organizationId)
      .where('community_id', '=', communityId)
      .execute();
    await recordAudit(trx, actor, {
      action: 'organization.served.end',
      tableName: 'organization_service_areas',
      recordId: `${organizationId}:${communityId}`,
      streetId: locked.value.street_id,
      before,
      after: { ...before, until },
    });
    return ok({ id: communityId });
  });
}

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

/** A dated relation to another organization the caller can see (it may lie in another street). */
export async function addRelation(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  id: string,
  input: RelationInput,
): Promise<WriteResult> {
  if (input.relatedOrganizationId === organizationId) return fail('organization.relation_self');
  if (input.since && input.until && input.until < input.since) return fail('organization.date_order');
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const other = await trx
      .selectFrom('organizations')
      .select('id')
      .where('id', '=', input.relatedOrganizationId)
      .where(visibleOrganizations(scope))
      .executeTakeFirst();
    if (!other) {
      const exists = await trx
        .selectFrom('organizations')
        .select('id')
        .where('id', '=', input.relatedOrganizationId)
        .executeTakeFirst();
      return fail(exists ? 'auth.forbidden' : 'organization.unknown');
    }
    const row = {
      id,
      street_id: locked.value.street_id,
      organization_id: organizationId,
      related_organization_id: input.relatedOrganizationId,
      kind: input.kind,
      since: input.since ?? null,
      until: input.until ?? null,
      note: input.note ?? null,
    };
    await trx.insertInto('organization_relations').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'organization.relation.add',
      tableName: 'organization_relations',
      recordId: id,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id });
  });
}

export async function addInterview(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  id: string,
  input: InterviewInput,
): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const row = {
      id,
      street_id: locked.value.street_id,
      organization_id: organizationId,
      interviewed_on: input.interviewedOn,
      interviewer: input.interviewer,
      origin: input.origin ?? null,
      development: input.development ?? null,
      activities: input.activities ?? null,
      difficulties: input.difficulties ?? null,
      hopes: input.hopes ?? null,
      notes: input.notes ?? null,
      recorded_by: actor.userId,
      recorded_at: actor.now,
    };
    await trx.insertInto('organization_interviews').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'organization.interview.add',
      tableName: 'organization_interviews',
      recordId: id,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id });
  });
}
