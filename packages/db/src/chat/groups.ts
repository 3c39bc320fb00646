import {
  type ChatTrailGroup,
  type ChatTrailGroupInput,
  type ChatTrailGroupListQuery,
  type ChatTrailGroupUpdate,
  chatTrailGroupLayerIssues,
  chatTrailGroupWarnings,
  fail,
  ok,
  type Result,
  shanghaiDate,
} from '@seedbed/core';
import { sql } from 'kysely';
import { insertAudited, updateAudited } from '../audited';
import type { Db } from '../connection';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleChatGroups } from '../scope';
import { agreementOf, agreementQuery } from './agreement-read';

/**
 * Chat groups 群 (issue 19): staff record a team's group — how it was built (seed 002's three ways),
 * its layer, whether staff are in it, its adoption step — or the street's 骨干管理群. Audited.
 */

const instant = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function groupQuery(db: Db) {
  return db
    .selectFrom('chat_groups as g')
    .leftJoin('organizations as o', 'o.id', 'g.organization_id')
    .leftJoin('organization_sub_teams as t', 't.id', 'g.sub_team_id')
    .leftJoin('users as u', 'u.id', 'g.adoption_step_confirmed_by')
    .selectAll('g')
    .select([
      'o.name as organization_name',
      't.name as sub_team_name',
      'u.display_name as confirmed_by_name',
      (eb) =>
        eb
          .selectFrom('chat_messages as m')
          .select((m) => m.fn.countAll<string>().as('n'))
          .whereRef('m.group_id', '=', 'g.id')
          .as('message_count'),
      (eb) =>
        eb
          .selectFrom('chat_messages as m')
          .select((m) => m.fn.max('m.sent_at').as('last'))
          .whereRef('m.group_id', '=', 'g.id')
          .as('last_message_at'),
      (eb) =>
        eb
          .selectFrom('chat_messages as m')
          .select((m) => m.fn.countAll<string>().as('n'))
          .whereRef('m.group_id', '=', 'g.id')
          .where('m.text', 'is not', null)
          .as('kept_text_count'),
      (eb) =>
        eb
          .selectFrom('chat_senders as s')
          .select((s) => s.fn.countAll<string>().as('n'))
          .whereRef('s.group_id', '=', 'g.id')
          .as('sender_count'),
    ]);
}

type GroupRow = Awaited<ReturnType<ReturnType<typeof groupQuery>['executeTakeFirstOrThrow']>>;

async function groupsOf(db: Db, rows: GroupRow[]): Promise<ChatTrailGroup[]> {
  const ids = rows.map((row) => row.id);
  const agreements =
    ids.length === 0
      ? []
      : await agreementQuery(db)
          .where('a.group_id', 'in', ids)
          .orderBy('a.recorded_at', 'desc')
          .orderBy('a.id', 'desc')
          .execute();
  const inForce = new Map(
    agreements.filter((row) => row.withdrawn_at === null).map((row) => [row.group_id, agreementOf(row)]),
  );
  const pastOf = (groupId: string) =>
    agreements.filter((row) => row.group_id === groupId && row.withdrawn_at !== null).map(agreementOf);
  return rows.map((row) => {
    const group = {
      id: row.id,
      streetId: row.street_id,
      organizationId: row.organization_id,
      organizationName: row.organization_name ?? null,
      name: row.name,
      platform: row.platform,
      creationWay: row.creation_way,
      layer: row.layer,
      subTeamId: row.sub_team_id,
      subTeamName: row.sub_team_name ?? null,
      staffIn: row.staff_in,
      createdOn: row.created_on,
      closedOn: row.closed_on,
      adoptionStep: row.adoption_step,
      adoptionStepConfirmedAt: instant(row.adoption_step_confirmed_at),
      adoptionStepConfirmedByName: row.confirmed_by_name ?? null,
      archived: row.archived_at !== null,
      agreement: inForce.get(row.id) ?? null,
      messageCount: Number(row.message_count ?? 0),
      senderCount: Number(row.sender_count ?? 0),
      lastMessageOn: row.last_message_at ? shanghaiDate(new Date(row.last_message_at as Date | string)) : null,
      keptTextCount: Number(row.kept_text_count ?? 0),
      exportRef: row.export_ref,
      pastAgreements: pastOf(row.id),
    };
    return { ...group, warnings: chatTrailGroupWarnings(group) };
  });
}

/** A group the caller has already found in scope (or just wrote): no scope check after a write, whose failure would not roll it back. */
async function chatTrailGroupById(db: Db, id: string): Promise<ChatTrailGroup> {
  const row = await groupQuery(db).where('g.id', '=', id).executeTakeFirstOrThrow();
  return (await groupsOf(db, [row]))[0]!;
}

export async function findChatTrailGroup(call: StoreContext, id: string): Promise<Result<ChatTrailGroup>> {
  const found = await findInScope(call, 'chat_groups', id);
  if (!found.ok) return found;
  return ok(await chatTrailGroupById(call.db, id));
}

/** A team's groups (总群 first, then by name), or a street's, each with its agreement in force and counts. */
export async function listChatTrailGroups(
  call: StoreContext,
  query: ChatTrailGroupListQuery,
): Promise<Result<{ groups: ChatTrailGroup[] }>> {
  const parent = query.organizationId
    ? await findInScope(call, 'organizations', query.organizationId)
    : await findInScope(call, 'streets', query.streetId!);
  if (!parent.ok) return parent;
  let rows = groupQuery(call.db)
    .where('g.archived_at', 'is', null)
    .where('g.id', 'in', (eb) =>
      eb.selectFrom('chat_groups').select('chat_groups.id').where(visibleChatGroups(call.scope)),
    );
  if (query.organizationId) rows = rows.where('g.organization_id', '=', query.organizationId);
  if (query.streetId) rows = rows.where('g.street_id', '=', query.streetId);
  const found = await rows
    .orderBy(sql`array_position(array['activists','general','core','notice','squad','chat'], g.layer)`)
    .orderBy('g.name')
    .orderBy('g.id')
    .execute();
  return ok({ groups: await groupsOf(call.db, found) });
}

async function checkSubTeam(tx: TxContext, organizationId: string | null, subTeamId: string | null | undefined) {
  if (!subTeamId) return ok(null);
  const team = await tx.db
    .selectFrom('organization_sub_teams')
    .select('id')
    .where('id', '=', subTeamId)
    .where('organization_id', '=', organizationId ?? '00000000-0000-0000-0000-000000000000')
    .executeTakeFirst();
  return team ? ok(team.id) : fail('chat.unknown_sub_team');
}

const stepConfirmation = (tx: TxContext, step: number | null | undefined) =>
  step === undefined
    ? {}
    : {
        adoption_step: step,
        adoption_step_confirmed_at: step === null ? null : tx.actor.now,
        adoption_step_confirmed_by: step === null ? null : tx.actor.userId,
      };

export function createChatTrailGroup(call: StoreContext, input: ChatTrailGroupInput): Promise<Result<ChatTrailGroup>> {
  return inTransaction(call, async (tx) => {
    let streetId: string;
    if (input.organizationId) {
      const organization = await findInScope(tx, 'organizations', input.organizationId);
      if (!organization.ok) return organization;
      streetId = organization.value.street_id;
    } else {
      const street = await findInScope(tx, 'streets', input.streetId!);
      if (!street.ok) return street;
      streetId = street.value.id;
    }
    const subTeam = await checkSubTeam(tx, input.organizationId, input.subTeamId);
    if (!subTeam.ok) return subTeam;
    const id = tx.newId();
    await insertAudited(
      tx,
      'chat_groups',
      {
        id,
        street_id: streetId,
        organization_id: input.organizationId,
        name: input.name,
        platform: input.platform,
        creation_way: input.creationWay,
        layer: input.layer,
        sub_team_id: input.subTeamId ?? null,
        staff_in: input.staffIn,
        created_on: input.createdOn ?? null,
        closed_on: input.closedOn ?? null,
        adoption_step: null,
        adoption_step_confirmed_at: null,
        adoption_step_confirmed_by: null,
        ...stepConfirmation(tx, input.adoptionStep),
        created_by: tx.actor.userId,
        created_at: tx.actor.now,
        archived_at: null,
      },
      { action: 'chat.group.create' },
    );
    return ok(await chatTrailGroupById(tx.db, id));
  });
}

export function updateChatTrailGroup(
  call: StoreContext,
  id: string,
  input: ChatTrailGroupUpdate,
): Promise<Result<ChatTrailGroup>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'chat_groups', id, { forUpdate: true });
    if (!found.ok) return found;
    const group = found.value;
    const merged = {
      layer: input.layer ?? group.layer,
      subTeamId: input.subTeamId !== undefined ? input.subTeamId : group.sub_team_id,
      organizationId: group.organization_id,
      createdOn: input.createdOn !== undefined ? input.createdOn : group.created_on,
      closedOn: input.closedOn !== undefined ? input.closedOn : group.closed_on,
    };
    // A registry 分队群 whose sub-team was never named (0040) may still be renamed or archived; the
    // rule is asked as soon as its layer, sub-team, creation way or days change.
    const isRuled = ['layer', 'subTeamId', 'creationWay', 'createdOn', 'closedOn'].some((key) => key in input);
    if (isRuled && chatTrailGroupLayerIssues(merged).length > 0) return fail('chat.group_layer');
    if (input.subTeamId) {
      const subTeam = await checkSubTeam(tx, group.organization_id, input.subTeamId);
      if (!subTeam.ok) return subTeam;
    }
    const isStepChanged = input.adoptionStep !== undefined && input.adoptionStep !== group.adoption_step;
    await updateAudited(
      tx,
      'chat_groups',
      id,
      {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.platform !== undefined && { platform: input.platform }),
        ...(input.creationWay !== undefined && { creation_way: input.creationWay }),
        ...(input.layer !== undefined && { layer: input.layer }),
        ...(input.layer !== undefined || input.subTeamId !== undefined ? { sub_team_id: merged.subTeamId } : {}),
        ...(input.staffIn !== undefined && { staff_in: input.staffIn }),
        ...(input.createdOn !== undefined && { created_on: input.createdOn }),
        ...(input.closedOn !== undefined && { closed_on: input.closedOn }),
        ...(isStepChanged ? stepConfirmation(tx, input.adoptionStep) : {}),
        ...(input.archived && { archived_at: tx.actor.now }),
      },
      { action: input.archived ? 'chat.group.archive' : 'chat.group.update' },
    );
    return ok(await chatTrailGroupById(tx.db, id));
  });
}
