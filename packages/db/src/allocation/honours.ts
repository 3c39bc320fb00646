import {
  awardAsSeenBy,
  fail,
  type HonourAwardInput,
  type HonourRecognition,
  type HonourType,
  type HonourTypeInput,
  type HonourTypeUpdateInput,
  ok,
  type Result,
  type Role,
} from '@seedbed/core';
import type { Kysely } from 'kysely';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { Database } from '../tables';

/**
 * Honours 表彰 with their published rules, and who received them (seed 003: praise for taking part
 * in community life, not only trophies for performances). A resident's name goes only to those
 * who may read residents (core's `awardAsSeenBy`); the residents' page never names a person.
 */

/** Every honour type of a community with its awards, newest award first; person names as stored. */
export async function honoursOfCommunity(db: Kysely<Database>, communityId: string): Promise<HonourType[]> {
  const types = await db
    .selectFrom('honour_types')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  if (types.length === 0) return [];
  const awards = await db
    .selectFrom('honour_awards as a')
    .leftJoin('organizations as o', 'o.id', 'a.organization_id')
    .leftJoin('people as p', 'p.id', 'a.person_id')
    .select([
      'a.id',
      'a.honour_type_id',
      'a.organization_id',
      'o.name as organization_name',
      'a.person_id',
      'p.name as person_name',
      'a.awarded_on',
      'a.reason',
    ])
    .where(
      'a.honour_type_id',
      'in',
      types.map((t) => t.id),
    )
    .orderBy('a.awarded_on', 'desc')
    .orderBy('a.id')
    .execute();
  return types.map((type) => ({
    id: type.id,
    communityId: type.community_id,
    name: type.name,
    recognises: type.recognises as HonourRecognition,
    earnedBy: type.earned_by,
    decidedBy: type.decided_by,
    awards: awards
      .filter((a) => a.honour_type_id === type.id)
      .map((a) => ({
        id: a.id,
        honourTypeId: a.honour_type_id,
        organizationId: a.organization_id,
        organizationName: a.organization_name,
        personId: a.person_id,
        personName: a.person_name,
        awardedOn: a.awarded_on,
        reason: a.reason ?? '',
      })),
  }));
}

export async function listHonours(
  call: Pick<StoreContext, 'db' | 'scope'> & { role: Role },
  communityId: string,
): Promise<Result<{ honourTypes: HonourType[] }>> {
  const community = await findInScope(call, 'communities', communityId, { includeGone: true });
  if (!community.ok) return community;
  const types = await honoursOfCommunity(call.db, communityId);
  return ok({
    honourTypes: types.map((type) => ({ ...type, awards: type.awards.map((a) => awardAsSeenBy(call.role, a)) })),
  });
}

export function createHonourType(
  call: StoreContext,
  communityId: string,
  input: HonourTypeInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const community = await findInScope(tx, 'communities', communityId, { forUpdate: true });
    if (!community.ok) return community;
    const same = await tx.db
      .selectFrom('honour_types')
      .select('id')
      .where('community_id', '=', communityId)
      .where('name', '=', input.name)
      .executeTakeFirst();
    if (same) return fail('allocation.honour_duplicate_name');
    const id = tx.newId();
    await insertAudited(
      tx,
      'honour_types',
      {
        id,
        street_id: community.value.street_id,
        community_id: communityId,
        name: input.name,
        recognises: input.recognises,
        earned_by: input.earnedBy,
        decided_by: input.decidedBy,
        created_by: tx.actor.userId,
        created_at: tx.actor.now,
      },
      { action: 'allocation.honour.create' },
    );
    return ok({ id });
  });
}

/**
 * Changes an honour's name or published rule. The change is audited, so what the rule said when an
 * award was made can be read back; the name stays unique in the community.
 */
export function updateHonourType(
  call: StoreContext,
  honourTypeId: string,
  input: HonourTypeUpdateInput,
): Promise<Result<{ id: string; communityId: string }>> {
  return inTransaction(call, async (tx) => {
    const type = await findInScope(tx, 'honour_types', honourTypeId, { forUpdate: true });
    if (!type.ok) return type;
    if (input.name !== undefined && input.name !== type.value.name) {
      // The community row is the lock that createHonourType takes before its name check.
      await findInScope(tx, 'communities', type.value.community_id, { forUpdate: true, includeGone: true });
      const same = await tx.db
        .selectFrom('honour_types')
        .select('id')
        .where('community_id', '=', type.value.community_id)
        .where('name', '=', input.name)
        .where('id', '<>', honourTypeId)
        .executeTakeFirst();
      if (same) return fail('allocation.honour_duplicate_name');
    }
    await updateAudited(
      tx,
      'honour_types',
      honourTypeId,
      {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.recognises !== undefined && { recognises: input.recognises }),
        ...(input.earnedBy !== undefined && { earned_by: input.earnedBy }),
        ...(input.decidedBy !== undefined && { decided_by: input.decidedBy }),
      },
      { action: 'allocation.honour.update' },
    );
    return ok({ id: honourTypeId, communityId: type.value.community_id });
  });
}

/** Awards an honour to a team or a person the caller's scope reaches. */
export function awardHonour(
  call: StoreContext,
  honourTypeId: string,
  input: HonourAwardInput,
): Promise<Result<{ id: string; communityId: string }>> {
  return inTransaction(call, async (tx) => {
    const type = await findInScope(tx, 'honour_types', honourTypeId);
    if (!type.ok) return type;
    if (input.organizationId) {
      const organization = await findInScope(tx, 'organizations', input.organizationId);
      if (!organization.ok) return organization;
    }
    if (input.personId) {
      const person = await findInScope(tx, 'people', input.personId);
      if (!person.ok) return person;
    }
    await insertAudited(
      tx,
      'honour_awards',
      {
        id: tx.newId(),
        street_id: type.value.street_id,
        honour_type_id: honourTypeId,
        organization_id: input.organizationId ?? null,
        person_id: input.personId ?? null,
        awarded_on: input.awardedOn,
        reason: input.reason,
        awarded_by: tx.actor.userId,
        awarded_at: tx.actor.now,
      },
      { action: 'allocation.honour.award' },
    );
    return ok({ id: honourTypeId, communityId: type.value.community_id });
  });
}
