import { type CourtyardUpdateInput, fail, ok, type Result } from '@seedbed/core';
import { updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findAllInScope, findInScope } from '../find-in-scope';
import { nameTaken, type PlaceWritten, streetForPlaces } from './places';

/**
 * Moving and archiving places. A move stays inside the street (street_id never changes) and is
 * refused once anything but the place's own children points at it: a need, a space or an activity
 * records its community (and estate) beside the place, and moving the place under them would make
 * those disagree. A mistake found later is fixed by archiving and creating anew.
 */

/** The tables whose rows point at an estate or a courtyard besides its own children. */
const referencing = {
  estate_id: [
    'people',
    'stakeholders',
    'needs',
    'survey_responses',
    'spaces',
    'resources',
    'planned_activities',
    'activities',
  ],
  courtyard_id: ['people', 'needs', 'spaces', 'resources', 'planned_activities', 'activities'],
} as const;

async function isReferenced(tx: TxContext, column: keyof typeof referencing, id: string): Promise<boolean> {
  for (const table of referencing[column]) {
    const row = await tx.db
      .selectFrom(table as 'needs')
      .select('id')
      .where(column, '=', id)
      .limit(1)
      .executeTakeFirst();
    if (row) return true;
  }
  return false;
}

/** An estate moves to another live community of its street. */
export function moveEstate(call: StoreContext, id: string, communityId: string): Promise<Result<PlaceWritten>> {
  return inTransaction(call, async (tx) => {
    const estate = await findInScope(tx, 'estates', id, { forUpdate: true });
    if (!estate.ok) return estate;
    const street = await streetForPlaces(tx, estate.value.street_id);
    if (!street.ok) return street;
    if (estate.value.community_id === communityId) return ok({ id, streetId: estate.value.street_id });
    const communities = await findAllInScope(tx, 'communities', [estate.value.community_id, communityId], {
      forUpdate: true,
    });
    if (!communities.ok) return communities;
    const target = communities.value[1]!;
    if (target.street_id !== estate.value.street_id) return fail('place.move_other_street');
    if (await isReferenced(tx, 'estate_id', id)) return fail('place.has_records');
    if (await nameTaken(tx, 'estates', { column: 'community_id', id: communityId }, estate.value.name))
      return fail('estate.duplicate_name', { name: estate.value.name });
    await updateAudited(tx, 'estates', id, { community_id: communityId }, { action: 'estate.move' });
    return ok({ id, streetId: estate.value.street_id });
  });
}

/** Renames a courtyard, or moves it to another live estate of its street. */
export function updateCourtyard(
  call: StoreContext,
  id: string,
  input: CourtyardUpdateInput,
): Promise<Result<PlaceWritten>> {
  return inTransaction(call, async (tx) => {
    const courtyard = await findInScope(tx, 'courtyards', id, { forUpdate: true });
    if (!courtyard.ok) return courtyard;
    const streetId = courtyard.value.street_id;
    const street = await streetForPlaces(tx, streetId);
    if (!street.ok) return street;
    const estateId = input.estateId ?? courtyard.value.estate_id;
    const estates = await findAllInScope(tx, 'estates', [...new Set([courtyard.value.estate_id, estateId])], {
      forUpdate: true,
    });
    if (!estates.ok) return estates;
    const moving = estateId !== courtyard.value.estate_id;
    if (moving) {
      if (estates.value.some((estate) => estate.street_id !== streetId)) return fail('place.move_other_street');
      if (await isReferenced(tx, 'courtyard_id', id)) return fail('place.has_records');
    }
    const name = input.name ?? courtyard.value.name;
    if (await nameTaken(tx, 'courtyards', { column: 'estate_id', id: estateId }, name, id))
      return fail('courtyard.duplicate_name', { name });
    const changes = { ...(input.name !== undefined && { name }), ...(moving && { estate_id: estateId }) };
    if (Object.keys(changes).length > 0)
      await updateAudited(tx, 'courtyards', id, changes, { action: moving ? 'courtyard.move' : 'courtyard.update' });
    return ok({ id, streetId });
  });
}

export type PlaceKind = 'street' | 'community' | 'estate' | 'courtyard';

const tableOf = { street: 'streets', community: 'communities', estate: 'estates', courtyard: 'courtyards' } as const;

/**
 * Archives a place and every live place under it, each row audited: it leaves pickers and new
 * records (scope.ts treats it as gone), while what happened there keeps pointing at it.
 */
export function archivePlace(call: StoreContext, kind: PlaceKind, id: string): Promise<Result<PlaceWritten>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, tableOf[kind], id, { forUpdate: true });
    if (!found.ok) return found;
    const streetId = kind === 'street' ? id : (found.value as unknown as { street_id: string }).street_id;
    if (kind !== 'street') {
      const street = await streetForPlaces(tx, streetId);
      if (!street.ok) return street;
    }
    const live = <T extends 'communities' | 'estates' | 'courtyards'>(table: T) =>
      tx.db
        .selectFrom(table as 'courtyards')
        .select('id')
        .where('archived_at', 'is', null)
        .orderBy('id');
    const communities =
      kind === 'street'
        ? await live('communities')
            .where('street_id' as never, '=', id as never)
            .execute()
        : [];
    const communityIds = kind === 'community' ? [id] : communities.map((c) => c.id);
    const estates =
      kind === 'estate'
        ? [{ id }]
        : communityIds.length > 0
          ? await live('estates')
              .where('community_id' as never, 'in', communityIds as never)
              .execute()
          : [];
    const estateIds = estates.map((e) => e.id);
    const courtyards =
      kind === 'courtyard'
        ? [{ id }]
        : estateIds.length > 0
          ? await live('courtyards').where('estate_id', 'in', estateIds).execute()
          : [];
    const archived = { archived_at: tx.actor.now };
    const write = { streetId };
    for (const row of courtyards)
      await updateAudited(tx, 'courtyards', row.id, archived, { action: 'courtyard.archive', ...write });
    if (kind !== 'courtyard')
      for (const row of estates)
        await updateAudited(tx, 'estates', row.id, archived, { action: 'estate.archive', ...write });
    if (kind === 'street' || kind === 'community')
      for (const row of kind === 'community' ? [{ id }] : communities)
        await updateAudited(tx, 'communities', row.id, archived, { action: 'community.archive', ...write });
    if (kind === 'street') await updateAudited(tx, 'streets', id, archived, { action: 'street.archive', ...write });
    return ok({ id, streetId });
  });
}
