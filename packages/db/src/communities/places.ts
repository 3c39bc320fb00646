import {
  type CommunityInput,
  type CommunityUpdateInput,
  type EstateType,
  fail,
  ok,
  type PlaceTree,
  type Result,
  type StreetInput,
  type StreetUpdateInput,
} from '@seedbed/core';
import { sql } from 'kysely';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { defined } from './survey-scope';

/**
 * 地点管理: streets, communities, estates and courtyards as places (the survey of a community is
 * survey-*.ts). Every write runs in one transaction and is audited. A name is unique among its
 * live siblings: the parent row is locked before the check, so two requests naming the same
 * community one after the other see each other, and the unique indexes of migration 0015 stop
 * anything that slips past. Archiving marks the place and every live place under it.
 */

type Reader = Pick<StoreContext, 'db' | 'scope'>;

/**
 * The street whose places a caller manages: the admin (deployment scope) any street, staff only
 * their own street — a staff member scoped to one community works there, not on the street's map.
 */
export async function streetForPlaces(call: Reader, streetId: string, options: { forUpdate?: boolean } = {}) {
  if (call.scope.kind !== 'deployment' && call.scope.kind !== 'street') return fail('place.street_staff_only');
  return findInScope(call, 'streets', streetId, options);
}

/** A street's live places, in name order. */
export async function readPlaceTree(call: Reader, streetId: string): Promise<Result<PlaceTree>> {
  const street = await streetForPlaces(call, streetId);
  if (!street.ok) return street;
  const { db } = call;
  const communities = await db
    .selectFrom('communities')
    .select(['id', 'name', 'resident_population', 'households'])
    .where('street_id', '=', streetId)
    .where('archived_at', 'is', null)
    .orderBy('name')
    .execute();
  const estates = await db
    .selectFrom('estates')
    .select(['id', 'community_id', 'name', 'estate_type', 'build_year'])
    .where('street_id', '=', streetId)
    .where('archived_at', 'is', null)
    .orderBy('name')
    .execute();
  const courtyards = await db
    .selectFrom('courtyards')
    .select(['id', 'estate_id', 'name'])
    .where('street_id', '=', streetId)
    .where('archived_at', 'is', null)
    .orderBy('name')
    .execute();
  const { id, name, district } = street.value;
  return ok({
    street: { id, name, district },
    communities: communities.map((community) => ({
      id: community.id,
      name: community.name,
      residentPopulation: community.resident_population,
      households: community.households,
      estates: estates
        .filter((estate) => estate.community_id === community.id)
        .map((estate) => ({
          id: estate.id,
          name: estate.name,
          estateType: estate.estate_type as EstateType,
          buildYear: estate.build_year,
          courtyards: courtyards.filter((c) => c.estate_id === estate.id).map((c) => ({ id: c.id, name: c.name })),
        })),
    })),
  });
}

/** What a place write answers: the place's id and its street, whose fresh tree follows. */
export interface PlaceWritten {
  id: string;
  streetId: string;
}

/** Whether a live sibling already has the name (the caller has locked the parent). */
export async function nameTaken(
  tx: Pick<TxContext, 'db'>,
  table: 'streets' | 'communities' | 'estates' | 'courtyards',
  parent: { column: 'street_id' | 'community_id' | 'estate_id'; id: string } | null,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  let query = tx.db
    .selectFrom(table as 'courtyards')
    .select('id')
    .where('name', '=', name)
    .where('archived_at', 'is', null);
  if (parent) query = query.where(parent.column as 'estate_id', '=', parent.id);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Streets have no parent row to lock: a transaction-scoped lock serializes their names instead. */
async function lockStreetNames(tx: TxContext) {
  await sql`select pg_advisory_xact_lock(hashtext('seedbed.streets.name'))`.execute(tx.db);
}

export function createStreet(call: StoreContext, input: StreetInput): Promise<Result<PlaceWritten>> {
  return inTransaction(call, async (tx) => {
    await lockStreetNames(tx);
    if (await nameTaken(tx, 'streets', null, input.name)) return fail('street.duplicate_name', { name: input.name });
    const id = tx.newId();
    await insertAudited(
      tx,
      'streets',
      { id, name: input.name, district: input.district ?? null },
      { action: 'street.create', streetId: id },
    );
    return ok({ id, streetId: id });
  });
}

export function updateStreet(call: StoreContext, id: string, input: StreetUpdateInput): Promise<Result<PlaceWritten>> {
  return inTransaction(call, async (tx) => {
    const street = await findInScope(tx, 'streets', id, { forUpdate: true });
    if (!street.ok) return street;
    if (input.name !== undefined) {
      await lockStreetNames(tx);
      if (await nameTaken(tx, 'streets', null, input.name, id))
        return fail('street.duplicate_name', { name: input.name });
    }
    const changes = defined({ name: input.name, district: input.district });
    await updateAudited(tx, 'streets', id, changes, { action: 'street.update', streetId: id });
    return ok({ id, streetId: id });
  });
}

export function createCommunity(
  call: StoreContext,
  streetId: string,
  input: CommunityInput,
): Promise<Result<PlaceWritten>> {
  return inTransaction(call, async (tx) => {
    const street = await streetForPlaces(tx, streetId, { forUpdate: true });
    if (!street.ok) return street;
    if (await nameTaken(tx, 'communities', { column: 'street_id', id: streetId }, input.name))
      return fail('community.duplicate_name', { name: input.name });
    const community = await insertAudited(
      tx,
      'communities',
      {
        id: tx.newId(),
        street_id: streetId,
        name: input.name,
        resident_population: input.residentPopulation ?? null,
        households: input.households ?? null,
      },
      { action: 'community.create' },
    );
    return ok({ id: community.id, streetId });
  });
}

/**
 * Renames a community or changes its figures. A different `streetId` is refused: a community
 * changing street is a 区划调整 that would move street_id on every record under it.
 */
export function updateCommunity(
  call: StoreContext,
  id: string,
  input: CommunityUpdateInput,
): Promise<Result<PlaceWritten>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'communities', id);
    if (!found.ok) return found;
    const streetId = found.value.street_id;
    if (input.streetId !== undefined && input.streetId !== streetId) return fail('community.other_street');
    const street = await streetForPlaces(tx, streetId, { forUpdate: true });
    if (!street.ok) return street;
    if (
      input.name !== undefined &&
      (await nameTaken(tx, 'communities', { column: 'street_id', id: streetId }, input.name, id))
    )
      return fail('community.duplicate_name', { name: input.name });
    const changes = defined({
      name: input.name,
      resident_population: input.residentPopulation,
      households: input.households,
    });
    if (Object.keys(changes).length > 0)
      await updateAudited(tx, 'communities', id, changes, { action: 'community.update' });
    return ok({ id, streetId });
  });
}
