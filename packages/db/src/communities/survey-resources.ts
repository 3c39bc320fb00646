import {
  checkPin,
  checkSurveyDates,
  fail,
  ok,
  type ResourceInput,
  type ResourceUpdateInput,
  type ResourceUseInput,
  type Result,
  type SpaceInput,
  type SpaceUpdateInput,
} from '@seedbed/core';
import { insertAudited, updateAudited } from '../audited';
import type { StoreContext } from '../context';
import {
  checkReferences,
  communityOf,
  defined,
  inCommunity,
  onRecord,
  placedIn,
  type SavedRecord,
} from './survey-scope';

/** Spaces, resources 人文地产景 and their dated uses (seed 003 §1, §5; seed 002 资源调查). */

export function createSpace(call: StoreContext, communityId: string, input: SpaceInput): Promise<Result<SavedRecord>> {
  return inCommunity(call, communityId, async (tx, community) => {
    const refs = await checkReferences(tx, community, { estateId: input.estateId, courtyardId: input.courtyardId });
    if (!refs.ok) return refs;
    const space = await insertAudited(
      tx,
      'spaces',
      {
        id: tx.newId(),
        ...placedIn(community, input),
        name: input.name,
        owner: input.owner,
        capacity: input.capacity ?? null,
        opening_rules: input.openingRules ?? null,
        manager: input.manager ?? null,
        usage_frequency: input.usageFrequency ?? null,
        notes: input.notes ?? null,
      },
      { action: 'space.create' },
    );
    return ok(space.id);
  });
}

export function updateSpace(call: StoreContext, id: string, input: SpaceUpdateInput): Promise<Result<SavedRecord>> {
  return onRecord(call, 'spaces', id, async (tx, space) => {
    const refs = await checkReferences(tx, communityOf(space), {
      estateId: input.estateId,
      courtyardId: input.courtyardId,
    });
    if (!refs.ok) return refs;
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
    await updateAudited(tx, 'spaces', id, changes, { action: 'space.update' });
    return ok(id);
  });
}

/** What a resource may point to besides its place: a space of the community, a person of the street, an organization. */
const resourceReferences = (input: ResourceUpdateInput) => ({
  estateId: input.estateId,
  courtyardId: input.courtyardId,
  spaceId: input.spaceId,
  personId: input.personId,
  organizationIds: input.organizationId ? [input.organizationId] : [],
});

export async function createResource(
  call: StoreContext,
  communityId: string,
  input: ResourceInput,
): Promise<Result<SavedRecord>> {
  const pin = checkPin(input);
  if (!pin.ok) return pin;
  const dates = checkSurveyDates([input.foundOn], call.today);
  if (!dates.ok) return dates;
  return inCommunity(call, communityId, async (tx, community) => {
    const refs = await checkReferences(tx, community, resourceReferences(input));
    if (!refs.ok) return refs;
    const resource = await insertAudited(
      tx,
      'resources',
      {
        id: tx.newId(),
        ...placedIn(community, input),
        name: input.name,
        category: input.category,
        description: input.description ?? null,
        found_on: input.foundOn,
        found_by: input.foundBy ?? tx.actor.displayName,
        found_how: input.foundHow ?? null,
        persistence: input.persistence,
        space_id: input.spaceId ?? null,
        person_id: input.personId ?? null,
        organization_id: input.organizationId ?? null,
        pin_x: input.pinX ?? null,
        pin_y: input.pinY ?? null,
      },
      { action: 'resource.create' },
    );
    return ok(resource.id);
  });
}

export async function updateResource(
  call: StoreContext,
  id: string,
  input: ResourceUpdateInput,
): Promise<Result<SavedRecord>> {
  const dates = checkSurveyDates([input.foundOn], call.today);
  if (!dates.ok) return dates;
  return onRecord(
    call,
    'resources',
    id,
    async (tx, resource) => {
      const refs = await checkReferences(tx, communityOf(resource), resourceReferences(input));
      if (!refs.ok) return refs;
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
      const merged = { ...resource, ...changes };
      const pin = checkPin({ pinX: merged.pin_x, pinY: merged.pin_y });
      if (!pin.ok) return pin;
      const firstUse = await tx.db
        .selectFrom('resource_uses')
        .select('used_on')
        .where('resource_id', '=', id)
        .orderBy('used_on')
        .executeTakeFirst();
      if (firstUse && merged.found_on > firstUse.used_on) return fail('resource.use_before_found');
      await updateAudited(tx, 'resources', id, changes, { action: 'resource.update' });
      return ok(id);
    },
    { forUpdate: true },
  );
}

export async function addResourceUse(
  call: StoreContext,
  resourceId: string,
  input: ResourceUseInput,
): Promise<Result<SavedRecord>> {
  const dates = checkSurveyDates([input.usedOn], call.today);
  if (!dates.ok) return dates;
  return onRecord(call, 'resources', resourceId, async (tx, resource) => {
    if (input.usedOn < resource.found_on) return fail('resource.use_before_found');
    const refs = await checkReferences(tx, communityOf(resource), {
      organizationIds: input.organizationId ? [input.organizationId] : [],
    });
    if (!refs.ok) return refs;
    const use = await insertAudited(
      tx,
      'resource_uses',
      {
        id: tx.newId(),
        street_id: resource.street_id,
        resource_id: resourceId,
        used_on: input.usedOn,
        note: input.note ?? null,
        organization_id: input.organizationId ?? null,
      },
      { action: 'resource.use.create' },
    );
    return ok(use.id);
  });
}
