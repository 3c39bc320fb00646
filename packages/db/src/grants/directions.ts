import { fail, type GrantDirection, type GrantDirectionInput, ok, type Result } from '@seedbed/core';
import type { Selectable } from 'kysely';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { GrantDirectionsTable } from './tables';

/** Funding directions (资助方向): a deployment-wide list staff keep; rounds pick from it. */

const directionOf = (row: Selectable<GrantDirectionsTable>): GrantDirection => ({
  id: row.id,
  name: row.name,
  position: row.position,
  isArchived: row.archived_at !== null,
});

export async function listGrantDirections(call: Pick<StoreContext, 'db'>): Promise<GrantDirection[]> {
  const rows = await call.db.selectFrom('grant_directions').selectAll().orderBy('position').orderBy('name').execute();
  return rows.map(directionOf);
}

/** A name is unique across the list, archived ones included (a round may still show it). */
async function isNameTaken(call: Pick<StoreContext, 'db'>, name: string, exceptId?: string) {
  let query = call.db.selectFrom('grant_directions').select('id').where('name', '=', name);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export function createGrantDirection(call: StoreContext, input: GrantDirectionInput): Promise<Result<GrantDirection>> {
  return inTransaction(call, async (tx) => {
    // The list is locked while a name is checked and added, so two at once cannot both take it.
    await tx.db.selectFrom('grant_directions').select('id').forUpdate().execute();
    if (await isNameTaken(tx, input.name)) return fail('grants.direction_duplicate');
    const last = await tx.db
      .selectFrom('grant_directions')
      .select((eb) => eb.fn.max('position').as('position'))
      .executeTakeFirst();
    const row = await insertAudited(
      tx,
      'grant_directions',
      {
        id: tx.newId(),
        name: input.name,
        position: Number(last?.position ?? -1) + 1,
        archived_at: input.isArchived ? tx.actor.now : null,
      },
      { action: 'grants.direction.create', streetId: null },
    );
    return ok(directionOf(row));
  });
}

/** Renamed or archived (never deleted: rounds point at it). */
export function updateGrantDirection(
  call: StoreContext,
  id: string,
  input: GrantDirectionInput,
): Promise<Result<GrantDirection>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'grant_directions', id, { forUpdate: true });
    if (!found.ok) return found;
    if (await isNameTaken(tx, input.name, id)) return fail('grants.direction_duplicate');
    const archivedAt = input.isArchived ? (found.value.archived_at ?? tx.actor.now) : null;
    const { after } = await updateAudited(
      tx,
      'grant_directions',
      id,
      { name: input.name, archived_at: archivedAt },
      { action: 'grants.direction.update', streetId: null },
    );
    return ok(directionOf(after));
  });
}
