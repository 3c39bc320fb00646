import type { CommitteeAttitude, Estate, EstateType, Result, Scope } from '@seedbed/core';
import type { Db } from '../connection';
import { visibleCommunities, visibleStreets } from '../scope';
import { scopedLookup } from '../visibility';

export async function listStreets(db: Db, scope: Scope) {
  return db
    .selectFrom('streets')
    .select(['id', 'name', 'district'])
    .where(visibleStreets(scope))
    .orderBy('name')
    .execute();
}

export async function findStreet(db: Db, scope: Scope, streetId: string) {
  return scopedLookup(
    () =>
      db
        .selectFrom('streets')
        .select(['id', 'name', 'district'])
        .where('id', '=', streetId)
        .where(visibleStreets(scope))
        .executeTakeFirst(),
    async () => !!(await db.selectFrom('streets').select('id').where('id', '=', streetId).executeTakeFirst()),
    'street.unknown',
  );
}

/** Communities of a street that the caller may see, each with the organizations active in it. */
export async function listCommunitiesOfStreet(db: Db, scope: Scope, streetId: string) {
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

export async function findCommunity(db: Db, scope: Scope, communityId: string) {
  const found: Result<{
    id: string;
    street_id: string;
    name: string;
    households: number | null;
    resident_population: number | null;
    committee_attitude: string | null;
    street_name: string;
  }> = await scopedLookup(
    () =>
      db
        .selectFrom('communities')
        .innerJoin('streets', 'streets.id', 'communities.street_id')
        .select([
          'communities.id',
          'communities.street_id',
          'communities.name',
          'communities.households',
          'communities.resident_population',
          'communities.committee_attitude',
          'streets.name as street_name',
        ])
        .where('communities.id', '=', communityId)
        .where(visibleCommunities(scope))
        .executeTakeFirst(),
    async () => !!(await db.selectFrom('communities').select('id').where('id', '=', communityId).executeTakeFirst()),
    'community.unknown',
  );
  return found;
}

export async function listEstates(db: Db, communityId: string): Promise<Estate[]> {
  const estates = await db
    .selectFrom('estates')
    .selectAll()
    .where('community_id', '=', communityId)
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

/** Which of these community ids exist, with their street — for organizations serving communities. */
export async function findCommunitiesByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('communities').select(['id', 'street_id']).where('id', 'in', ids).execute();
}
