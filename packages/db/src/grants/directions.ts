import {
  defaultGrantDirections,
  fail,
  type GrantDirection,
  type GrantDirectionInput,
  ok,
  type Result,
} from '@seedbed/core';
import { type Selectable, sql } from 'kysely';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { GrantDirectionsTable } from './tables';

/**
 * Funding directions (资助方向): a deployment-wide list staff keep; rounds pick from it. Like the
 * stage model's setting, the list is core's defaults until someone writes it: a read of an empty
 * table answers them (with their fixed ids), and the first write that needs them stores them.
 */

const directionOf = (row: Selectable<GrantDirectionsTable>): GrantDirection => ({
  id: row.id,
  name: row.name,
  position: row.position,
  isArchived: row.archived_at !== null,
});

const defaultRows = () =>
  defaultGrantDirections.map(({ id, name }, position) => ({ id, name, position, archived_at: null }));

export async function listGrantDirections(call: Pick<StoreContext, 'db'>): Promise<GrantDirection[]> {
  const rows = await call.db.selectFrom('grant_directions').selectAll().orderBy('position').orderBy('name').execute();
  return rows.length > 0 ? rows.map(directionOf) : defaultRows().map((row) => directionOf(row as never));
}

/**
 * Whether the list is still core's defaults, not yet stored. The table is locked first (share row
 * exclusive: one writer of the list at a time), so two first writes do not both store them and a
 * name checked stays free until the transaction ends.
 */
export async function isListEmpty(tx: TxContext): Promise<boolean> {
  await sql`lock table grant_directions in share row exclusive mode`.execute(tx.db);
  return (await tx.db.selectFrom('grant_directions').select('id').limit(1).executeTakeFirst()) === undefined;
}

/**
 * Stores core's default directions if the list is still empty, inside the caller's transaction
 * (the table locked, so two first writes do not both store them); each audited.
 */
export async function storeDefaultDirections(tx: TxContext): Promise<void> {
  if (!(await isListEmpty(tx))) return;
  for (const row of defaultRows())
    await insertAudited(tx, 'grant_directions', row, { action: 'grants.direction.create', streetId: null });
}

/** A name is unique across the list, archived ones included (a round may still show it); the defaults count before they are stored. */
async function isNameTaken(tx: TxContext, name: string, exceptId?: string) {
  if (await isListEmpty(tx)) return defaultGrantDirections.some((d) => d.name === name && d.id !== exceptId);
  let query = tx.db.selectFrom('grant_directions').select('id').where('name', '=', name);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export function createGrantDirection(call: StoreContext, input: GrantDirectionInput): Promise<Result<GrantDirection>> {
  return inTransaction(call, async (tx) => {
    // The list is locked while a name is checked and added (isListEmpty), so two at once cannot both take it.
    if (await isNameTaken(tx, input.name)) return fail('grants.direction_duplicate');
    await storeDefaultDirections(tx);
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
    // Before the defaults are stored, only their ids exist; nothing is written for an unknown one.
    if ((await isListEmpty(tx)) && !defaultGrantDirections.some((d) => d.id === id))
      return fail('grants.direction_unknown');
    if (await isNameTaken(tx, input.name, id)) return fail('grants.direction_duplicate');
    await storeDefaultDirections(tx);
    const found = await findInScope(tx, 'grant_directions', id, { forUpdate: true });
    if (!found.ok) return found;
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
