import { type BookableSpace, ok, type Result, sortedIntervals } from '@seedbed/core';
import type { Kysely } from 'kysely';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { Database } from '../tables';

/** A community's live spaces with their opening hours, by name (the survey keeps the rest of a space). */
export async function spacesWithHours(db: Kysely<Database>, communityId: string): Promise<BookableSpace[]> {
  const rows = await db
    .selectFrom('spaces as s')
    .leftJoin('space_opening_hours as h', 'h.space_id', 's.id')
    .select(['s.id', 's.name', 's.capacity', 'h.intervals', 'h.note'])
    .where('s.community_id', '=', communityId)
    .where('s.archived_at', 'is', null)
    .orderBy('s.name')
    .orderBy('s.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    capacity: row.capacity,
    intervals: sortedIntervals(row.intervals ?? []),
    hoursNote: row.note,
  }));
}

export async function listBookableSpaces(
  call: Pick<StoreContext, 'db' | 'scope'>,
  communityId: string,
): Promise<Result<{ spaces: BookableSpace[] }>> {
  const community = await findInScope(call, 'communities', communityId, { includeGone: true });
  if (!community.ok) return community;
  return ok({ spaces: await spacesWithHours(call.db, communityId) });
}
