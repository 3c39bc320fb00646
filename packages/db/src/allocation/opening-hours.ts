import {
  type OpeningHours,
  type OpeningHoursInput,
  type OpeningInterval,
  ok,
  type Result,
  sortedIntervals,
} from '@seedbed/core';
import type { Kysely, Transaction } from 'kysely';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { Database } from '../tables';

/**
 * A space's published opening hours 开放时间 (seed 003's ping-pong room had none on its door). One
 * row per space, replaced whole by the editor; an empty week means "not published".
 */

export async function intervalsOfSpace(
  db: Kysely<Database> | Transaction<Database>,
  spaceId: string,
): Promise<{ intervals: OpeningInterval[]; note: string | null; updatedAt: Date | null; id: string | null }> {
  const row = await db
    .selectFrom('space_opening_hours')
    .select(['id', 'intervals', 'note', 'updated_at'])
    .where('space_id', '=', spaceId)
    .executeTakeFirst();
  return row
    ? { id: row.id, intervals: sortedIntervals(row.intervals), note: row.note, updatedAt: row.updated_at }
    : { id: null, intervals: [], note: null, updatedAt: null };
}

const hoursOf = (spaceId: string, found: Awaited<ReturnType<typeof intervalsOfSpace>>): OpeningHours => ({
  spaceId,
  intervals: found.intervals,
  note: found.note,
  updatedAt: found.updatedAt ? new Date(found.updatedAt).toISOString() : null,
});

export async function findOpeningHours(
  call: Pick<StoreContext, 'db' | 'scope'>,
  spaceId: string,
): Promise<Result<OpeningHours>> {
  const space = await findInScope(call, 'spaces', spaceId, { includeGone: true });
  if (!space.ok) return space;
  return ok(hoursOf(spaceId, await intervalsOfSpace(call.db, spaceId)));
}

export function saveOpeningHours(
  call: StoreContext,
  spaceId: string,
  input: OpeningHoursInput,
): Promise<Result<OpeningHours>> {
  return inTransaction(call, async (tx) => {
    // The space row is the booking lock too: hours never change under a booking being checked.
    const space = await findInScope(tx, 'spaces', spaceId, { forUpdate: true });
    if (!space.ok) return space;
    const current = await intervalsOfSpace(tx.db, spaceId);
    const values = {
      intervals: JSON.stringify(sortedIntervals(input.intervals)),
      note: input.note || null,
      updated_by: tx.actor.userId,
      updated_at: tx.actor.now,
    };
    if (current.id)
      await updateAudited(tx, 'space_opening_hours', current.id, values, { action: 'allocation.hours.update' });
    else
      await insertAudited(
        tx,
        'space_opening_hours',
        {
          id: tx.newId(),
          street_id: space.value.street_id,
          community_id: space.value.community_id,
          space_id: spaceId,
          ...values,
        },
        { action: 'allocation.hours.create' },
      );
    return ok(hoursOf(spaceId, await intervalsOfSpace(tx.db, spaceId)));
  });
}
