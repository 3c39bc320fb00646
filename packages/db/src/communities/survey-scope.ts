import { type ErrorCode, fail, ok, type Result, type Scope } from '@seedbed/core';
import type { Kysely } from 'kysely';
import { visibleCommunities } from '../scope';
import type { Database } from '../tables';
import { scopedLookup } from '../visibility';

/**
 * Scope for the survey's records: a record belongs to a community, and the caller may touch it when
 * the community is visible to them (db/scope.ts decides). Out of scope → 403, unknown → 404.
 */
type Conn = Kysely<Database>;

export interface CommunityRef {
  id: string;
  street_id: string;
}

export async function communityInScope(db: Conn, scope: Scope, communityId: string): Promise<Result<CommunityRef>> {
  return scopedLookup(
    () =>
      db
        .selectFrom('communities')
        .select(['communities.id', 'communities.street_id'])
        .where('communities.id', '=', communityId)
        .where(visibleCommunities(scope))
        .executeTakeFirst(),
    async () => !!(await db.selectFrom('communities').select('id').where('id', '=', communityId).executeTakeFirst()),
    'community.unknown',
  );
}

/** Survey records that can be archived when entered by mistake (migration 0005). */
export type ArchivableTable = 'stakeholders' | 'needs' | 'spaces' | 'resources';
type ChildTable = 'estates' | ArchivableTable;

/**
 * A survey record by id, with its community, if the caller's scope reaches that community. An
 * archived record is gone for every write: it answers as unknown (404).
 */
export async function childInScope(
  db: Conn,
  scope: Scope,
  table: ChildTable,
  id: string,
  unknownCode: ErrorCode,
): Promise<Result<{ id: string; community_id: string; street_id: string }>> {
  // Every child table has these three columns; the cast only names one of them for Kysely.
  const row = await db
    .selectFrom(table as 'needs')
    .select(['id', 'community_id', 'street_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return fail(unknownCode);
  if (table !== 'estates') {
    const archived = await db
      .selectFrom(table as 'needs')
      .select('id')
      .where('id', '=', id)
      .where('archived_at', 'is not', null)
      .executeTakeFirst();
    if (archived) return fail(unknownCode);
  }
  const community = await communityInScope(db, scope, row.community_id);
  if (!community.ok) return community.error.code === 'community.unknown' ? fail(unknownCode) : community;
  return ok(row);
}

export interface References {
  estateId?: string | null | undefined;
  courtyardId?: string | null | undefined;
  spaceId?: string | null | undefined;
  personId?: string | null | undefined;
  organizationIds?: readonly string[] | undefined;
}

/**
 * Ids a record points to must exist and belong here: estates, courtyards and spaces in the same
 * community (a courtyard under the given estate), people in the same street, organizations anywhere
 * (a big tree serves several streets). Anything else is an unknown id (404), and nothing is written.
 */
export async function checkReferences(db: Conn, community: CommunityRef, refs: References): Promise<Result<true>> {
  if (refs.estateId) {
    const estate = await db
      .selectFrom('estates')
      .select('id')
      .where('id', '=', refs.estateId)
      .where('community_id', '=', community.id)
      .executeTakeFirst();
    if (!estate) return fail('estate.unknown');
  }
  if (refs.courtyardId) {
    let query = db
      .selectFrom('courtyards')
      .innerJoin('estates', 'estates.id', 'courtyards.estate_id')
      .select('courtyards.id')
      .where('courtyards.id', '=', refs.courtyardId)
      .where('estates.community_id', '=', community.id);
    if (refs.estateId) query = query.where('estates.id', '=', refs.estateId);
    if (!(await query.executeTakeFirst())) return fail('courtyard.unknown');
  }
  if (refs.spaceId) {
    const space = await db
      .selectFrom('spaces')
      .select('id')
      .where('id', '=', refs.spaceId)
      .where('community_id', '=', community.id)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    if (!space) return fail('space.unknown');
  }
  if (refs.personId) {
    const person = await db
      .selectFrom('people')
      .select('id')
      .where('id', '=', refs.personId)
      .where('street_id', '=', community.street_id)
      .executeTakeFirst();
    if (!person) return fail('person.unknown');
  }
  const organizationIds = [...new Set(refs.organizationIds ?? [])];
  if (organizationIds.length > 0) {
    const found = await db.selectFrom('organizations').select('id').where('id', 'in', organizationIds).execute();
    if (found.length !== organizationIds.length) return fail('organization.unknown');
  }
  return ok(true);
}

/** `undefined` leaves a column alone in a patch; `null` clears it. */
export function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
