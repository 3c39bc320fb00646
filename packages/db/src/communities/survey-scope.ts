import { fail, mapResult, ok, type Result } from '@seedbed/core';
import type { Selectable } from 'kysely';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { type FindOptions, findAllInScope, findInScope } from '../find-in-scope';
import type { Database } from '../tables';

/**
 * What the survey's writes share. A survey record belongs to a community and the caller may touch
 * it when the community is visible to them: `findInScope` (find-in-scope.ts) decides, with the
 * survey tables' lines of `scopeRules` (scope.ts) — out of scope → 403, unknown or archived → 404.
 */

export interface CommunityRef {
  id: string;
  street_id: string;
}

/** Survey records that can be archived when entered by mistake (migration 0005). */
export type ArchivableTable = 'stakeholders' | 'needs' | 'spaces' | 'resources';

/** What every survey write answers: the record's id and its community, whose fresh survey follows. */
export interface SavedRecord {
  id: string;
  communityId: string;
}

/** The survey's records that hang off a community and are named by id in a path. */
type SurveyRecordTable = 'estates' | ArchivableTable;

/**
 * A survey write under a community named by id (../shared/style.md "Store write"): one transaction,
 * the community found in the caller's scope first (403 out of scope, 404 unknown), then `write`,
 * which answers the id of what it saved.
 */
export function inCommunity(
  call: StoreContext,
  communityId: string,
  write: (tx: TxContext, community: Selectable<Database['communities']>) => Promise<Result<string>>,
  options: FindOptions = {},
): Promise<Result<SavedRecord>> {
  return inTransaction(call, async (tx) => {
    const community = await findInScope(tx, 'communities', communityId, options);
    if (!community.ok) return community;
    return mapResult(await write(tx, community.value), (id) => ({ id, communityId }));
  });
}

/**
 * A survey write on one record named by id: one transaction, the record found in the caller's
 * scope first (403 out of scope, 404 unknown or archived), then `write`, which answers the id of
 * what it saved; the answer names the record's community.
 */
export function onRecord<T extends SurveyRecordTable>(
  call: StoreContext,
  table: T,
  id: string,
  write: (tx: TxContext, record: Selectable<Database[T]>) => Promise<Result<string>>,
  options: FindOptions = {},
): Promise<Result<SavedRecord>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, table, id, options);
    if (!found.ok) return found;
    // Every survey record table has a community_id; Kysely's row type cannot say so for a union.
    const { community_id: communityId } = found.value as { community_id: string };
    return mapResult(await write(tx, found.value), (savedId) => ({ id: savedId, communityId }));
  });
}

/** A child record's community, as `checkReferences` wants it. */
export const communityOf = (row: { community_id: string; street_id: string }): CommunityRef => ({
  id: row.community_id,
  street_id: row.street_id,
});

/** The columns that place a new survey record: its street and community, its estate and courtyard if named. */
export function placedIn(
  community: CommunityRef,
  at: { estateId?: string | null | undefined; courtyardId?: string | null | undefined },
) {
  return {
    street_id: community.street_id,
    community_id: community.id,
    estate_id: at.estateId ?? null,
    courtyard_id: at.courtyardId ?? null,
  };
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
 * community (a courtyard under the given estate), people in the same street, organizations in any
 * street (a big tree serves several) but only those the caller sees — else their names would be
 * echoed back to someone who may not read them (403). Anything else is an unknown id (404), and
 * nothing is written.
 */
export async function checkReferences(
  { db, scope }: Pick<TxContext, 'db' | 'scope'>,
  community: CommunityRef,
  refs: References,
): Promise<Result<true>> {
  if (refs.estateId) {
    const estate = await db
      .selectFrom('estates')
      .select('id')
      .where('id', '=', refs.estateId)
      .where('community_id', '=', community.id)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    if (!estate) return fail('estate.unknown');
  }
  if (refs.courtyardId) {
    let query = db
      .selectFrom('courtyards')
      .innerJoin('estates', 'estates.id', 'courtyards.estate_id')
      .select('courtyards.id')
      .where('courtyards.id', '=', refs.courtyardId)
      .where('courtyards.archived_at', 'is', null)
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
    const found = await findAllInScope({ db, scope }, 'organizations', organizationIds);
    if (!found.ok) return found;
  }
  return ok(true);
}

/** `undefined` leaves a column alone in a patch; `null` clears it. */
export function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
