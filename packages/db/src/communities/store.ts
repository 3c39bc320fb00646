import { type CommitteeAttitude, type Estate, type EstateType, mapResult, ok, type Result } from '@seedbed/core';
import type { Selectable } from 'kysely';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleCommunities, visibleStreets } from '../scope';
import type { Database } from '../tables';

type Reader = Pick<StoreContext, 'db' | 'scope'>;

export async function listStreets({ db, scope }: Reader) {
  return db
    .selectFrom('streets')
    .select(['id', 'name', 'district'])
    .where(visibleStreets(scope))
    .where('archived_at', 'is', null)
    .orderBy('name')
    .execute();
}

export async function findStreet(call: Reader, streetId: string) {
  return mapResult(await findInScope(call, 'streets', streetId, { includeGone: true }), ({ id, name, district }) => ({
    id,
    name,
    district,
  }));
}

/** Communities of a street that the caller may see, each with the organizations active in it. */
export async function listCommunitiesOfStreet({ db, scope }: Reader, streetId: string) {
  const rows = await db
    .selectFrom('communities')
    .select((eb) => [
      'communities.id',
      'communities.street_id',
      'communities.name',
      'communities.households',
      'communities.resident_population',
      'communities.committee_attitude',
      eb
        .selectFrom('organizations')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .where((inner) =>
          inner.or([
            inner('organizations.home_community_id', '=', inner.ref('communities.id')),
            inner.exists(
              inner
                .selectFrom('organization_service_areas as sa')
                .select('sa.community_id')
                .whereRef('sa.organization_id', '=', 'organizations.id')
                .whereRef('sa.community_id', '=', 'communities.id')
                .where('sa.until', 'is', null),
            ),
          ]),
        )
        .where('organizations.status', '!=', 'dissolved')
        .as('organization_count'),
    ])
    .where('communities.street_id', '=', streetId)
    .where('communities.archived_at', 'is', null)
    .where(visibleCommunities(scope))
    .orderBy('communities.name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    streetId: row.street_id,
    name: row.name,
    households: row.households,
    residentPopulation: row.resident_population,
    committeeAttitude: row.committee_attitude as CommitteeAttitude | null,
    organizationCount: Number(row.organization_count ?? 0),
  }));
}

export type CommunityRow = Pick<
  Selectable<Database['communities']>,
  'id' | 'street_id' | 'name' | 'households' | 'resident_population' | 'committee_attitude'
> & { street_name: string };

/** A community the caller may see, with its street's name (403 out of scope, 404 unknown). */
export async function findCommunity(call: Reader, communityId: string): Promise<Result<CommunityRow>> {
  const found = await findInScope(call, 'communities', communityId, { includeGone: true });
  if (!found.ok) return found;
  const { id, street_id, name, households, resident_population, committee_attitude } = found.value;
  const street = await call.db
    .selectFrom('streets')
    .select('name')
    .where('id', '=', street_id)
    .executeTakeFirstOrThrow();
  return ok({ id, street_id, name, households, resident_population, committee_attitude, street_name: street.name });
}

export async function listEstates({ db }: Pick<StoreContext, 'db'>, communityId: string): Promise<Estate[]> {
  const estates = await db
    .selectFrom('estates')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('archived_at', 'is', null)
    .orderBy('name')
    .execute();
  const courtyards = estates.length
    ? await db
        .selectFrom('courtyards')
        .select(['id', 'name', 'estate_id'])
        .where(
          'estate_id',
          'in',
          estates.map((e) => e.id),
        )
        .where('archived_at', 'is', null)
        .orderBy('name')
        .execute()
    : [];
  return estates.map((estate) => ({
    id: estate.id,
    communityId: estate.community_id,
    name: estate.name,
    estateType: estate.estate_type as EstateType,
    buildYear: estate.build_year,
    households: estate.households,
    propertyCompany: estate.property_company,
    ownersCommittee: estate.owners_committee,
    courtyards: courtyards.filter((c) => c.estate_id === estate.id).map((c) => ({ id: c.id, name: c.name })),
  }));
}
