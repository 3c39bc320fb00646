import {
  checkPin,
  checkSurveyDates,
  fail,
  ok,
  type ResourceInput,
  type ResourceUpdateInput,
  type ResourceUseInput,
  type Result,
  type Scope,
  type SpaceInput,
  type SpaceUpdateInput,
} from '@seedbed/core';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { checkReferences, childInScope, communityInScope, defined } from './survey-scope';

/** Spaces, resources 人文地产景 and their dated uses (seed 003 §1, §5; seed 002 资源调查). */

export async function createSpace(
  db: Db,
  actor: Actor,
  scope: Scope,
  communityId: string,
  id: string,
  input: SpaceInput,
): Promise<Result<{ id: string }>> {
  return db.transaction().execute(async (trx) => {
    const community = await communityInScope(trx, scope, communityId);
    if (!community.ok) return community;
    const refs = await checkReferences(trx, community.value, {
      estateId: input.estateId,
      courtyardId: input.courtyardId,
    });
    if (!refs.ok) return refs;
    const row = {
      id,
      street_id: community.value.street_id,
      community_id: communityId,
      estate_id: input.estateId ?? null,
      courtyard_id: input.courtyardId ?? null,
      name: input.name,
      owner: input.owner,
      capacity: input.capacity ?? null,
      opening_rules: input.openingRules ?? null,
      manager: input.manager ?? null,
      usage_frequency: input.usageFrequency ?? null,
      notes: input.notes ?? null,
    };
    await trx.insertInto('spaces').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'space.create',
      tableName: 'spaces',
      recordId: id,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id });
  });
}

export async function updateSpace(
  db: Db,
  actor: Actor,
  scope: Scope,
  id: string,
  input: SpaceUpdateInput,
): Promise<Result<{ id: string; communityId: string }>> {
  return db.transaction().execute(async (trx) => {
    const found = await childInScope(trx, scope, 'spaces', id, 'space.unknown');
    if (!found.ok) return found;
    const community = { id: found.value.community_id, street_id: found.value.street_id };
    const refs = await checkReferences(trx, community, { estateId: input.estateId, courtyardId: input.courtyardId });
    if (!refs.ok) return refs;
    const before = await trx
      .selectFrom('spaces')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const changes = defined({
      estate_id: input.estateId,
      courtyard_id: input.courtyardId,
      name: input.name,
      owner: input.owner,
      capacity: input.capacity,
      opening_rules: input.openingRules,
      manager: input.manager,
      usage_frequency: input.usageFrequency,
      notes: input.notes,
    });
    const after = await trx
      .updateTable('spaces')
      .set(changes)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'space.update',
      tableName: 'spaces',
      recordId: id,
      streetId: before.street_id,
      before,
      after,
    });
    return ok({ id, communityId: before.community_id });
  });
}

export async function createResource(
  db: Db,
  actor: Actor & { displayName: string },
  scope: Scope,
  communityId: string,
  id: string,
  input: ResourceInput,
  today: string,
): Promise<Result<{ id: string }>> {
  const pin = checkPin(input);
  if (!pin.ok) return pin;
  const dates = checkSurveyDates([input.foundOn], today);
  if (!dates.ok) return dates;
  return db.transaction().execute(async (trx) => {
    const community = await communityInScope(trx, scope, communityId);
    if (!community.ok) return community;
    const refs = await checkReferences(trx, community.value, {
      estateId: input.estateId,
      courtyardId: input.courtyardId,
      spaceId: input.spaceId,
      personId: input.personId,
      organizationIds: input.organizationId ? [input.organizationId] : [],
    });
    if (!refs.ok) return refs;
    const row = {
      id,
      street_id: community.value.street_id,
      community_id: communityId,
      estate_id: input.estateId ?? null,
      courtyard_id: input.courtyardId ?? null,
      name: input.name,
      category: input.category,
      description: input.description ?? null,
      found_on: input.foundOn,
      found_by: input.foundBy ?? actor.displayName,
      found_how: input.foundHow ?? null,
      persistence: input.persistence,
      space_id: input.spaceId ?? null,
      person_id: input.personId ?? null,
      organization_id: input.organizationId ?? null,
      pin_x: input.pinX ?? null,
      pin_y: input.pinY ?? null,
    };
    await trx.insertInto('resources').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'resource.create',
      tableName: 'resources',
      recordId: id,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id });
  });
}

export async function updateResource(
  db: Db,
  actor: Actor,
  scope: Scope,
  id: string,
  input: ResourceUpdateInput,
  today: string,
): Promise<Result<{ id: string; communityId: string }>> {
  const dates = checkSurveyDates([input.foundOn], today);
  if (!dates.ok) return dates;
  return db.transaction().execute(async (trx) => {
    const found = await childInScope(trx, scope, 'resources', id, 'resource.unknown');
    if (!found.ok) return found;
    const community = { id: found.value.community_id, street_id: found.value.street_id };
    const refs = await checkReferences(trx, community, {
      estateId: input.estateId,
      courtyardId: input.courtyardId,
      spaceId: input.spaceId,
      personId: input.personId,
      organizationIds: input.organizationId ? [input.organizationId] : [],
    });
    if (!refs.ok) return refs;
    const before = await trx
      .selectFrom('resources')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const changes = defined({
      estate_id: input.estateId,
      courtyard_id: input.courtyardId,
      name: input.name,
      category: input.category,
      description: input.description,
      found_on: input.foundOn,
      found_by: input.foundBy,
      found_how: input.foundHow,
      persistence: input.persistence,
      space_id: input.spaceId,
      person_id: input.personId,
      organization_id: input.organizationId,
      pin_x: input.pinX,
      pin_y: input.pinY,
    });
    const merged = { ...before, ...changes };
    const pin = checkPin({ pinX: merged.pin_x, pinY: merged.pin_y });
    if (!pin.ok) return pin;
    const firstUse = await trx
      .selectFrom('resource_uses')
      .select('used_on')
      .where('resource_id', '=', id)
      .orderBy('used_on')
      .executeTakeFirst();
    if (firstUse && merged.found_on > firstUse.used_on) return fail('resource.use_before_found');
    const after = await trx
      .updateTable('resources')
      .set(changes)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'resource.update',
      tableName: 'resources',
      recordId: id,
      streetId: before.street_id,
      before,
      after,
    });
    return ok({ id, communityId: before.community_id });
  });
}

export async function addResourceUse(
  db: Db,
  actor: Actor,
  scope: Scope,
  resourceId: string,
  id: string,
  input: ResourceUseInput,
  today: string,
): Promise<Result<{ id: string; communityId: string }>> {
  const dates = checkSurveyDates([input.usedOn], today);
  if (!dates.ok) return dates;
  return db.transaction().execute(async (trx) => {
    const found = await childInScope(trx, scope, 'resources', resourceId, 'resource.unknown');
    if (!found.ok) return found;
    const resource = await trx
      .selectFrom('resources')
      .select(['found_on'])
      .where('id', '=', resourceId)
      .executeTakeFirstOrThrow();
    if (input.usedOn < resource.found_on) return fail('resource.use_before_found');
    const community = { id: found.value.community_id, street_id: found.value.street_id };
    const refs = await checkReferences(trx, community, {
      organizationIds: input.organizationId ? [input.organizationId] : [],
    });
    if (!refs.ok) return refs;
    const row = {
      id,
      street_id: found.value.street_id,
      resource_id: resourceId,
      used_on: input.usedOn,
      note: input.note ?? null,
      organization_id: input.organizationId ?? null,
    };
    await trx.insertInto('resource_uses').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'resource.use.create',
      tableName: 'resource_uses',
      recordId: id,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id, communityId: found.value.community_id });
  });
}
