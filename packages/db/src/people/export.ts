import type { HeldRecords } from '@seedbed/core';
import type { StoreContext } from '../context';
import type { PersonExportHook } from './erasure-hooks';

/**
 * What every capability holds about one person (PIPL art. 45), for their export: the caller has
 * already found the person in scope. The hooks look for the person as erasure does — by id, and by
 * the name and phone as stored — so the export shows exactly what an erasure would remove.
 */
export async function heldRecordsOf(
  { db }: Pick<StoreContext, 'db'>,
  personId: string,
  hooks: readonly PersonExportHook[],
): Promise<HeldRecords> {
  const row = await db
    .selectFrom('people')
    .select(['id', 'street_id', 'name', 'phone'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  const person = { id: row.id, streetId: row.street_id, name: row.name, phone: row.phone };
  const parts = await Promise.all(hooks.map((hook) => hook({ db }, person)));
  return Object.assign({}, ...parts);
}
