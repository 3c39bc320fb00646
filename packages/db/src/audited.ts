import type { Insertable, Selectable, Updateable } from 'kysely';
import { type Actor, recordAudit } from './audit';
import type { TxContext } from './context';
import type { Database } from './tables';

/** Tables whose rows have an `id` — the ones an audit entry can point at. */
export type AuditedTable = {
  [T in keyof Database]: Database[T] extends { id: unknown } ? T : never;
}[keyof Database];

/** A transaction and who writes: all an audited write needs (a full TxContext will do). */
export type AuditedWriter = Pick<TxContext, 'db'> & { actor: Actor };

type Row<T extends AuditedTable> = Selectable<Database[T]>;

/**
 * The street an audit entry is filed under: the row's own `street_id` where it has one (almost
 * every table does; a deployment-wide row such as a stage model has none).
 */
function streetOf(row: object, streetId: string | null | undefined): string | null {
  if (streetId !== undefined) return streetId;
  const own = (row as { street_id?: unknown }).street_id;
  return typeof own === 'string' ? own : null;
}

export interface AuditedWrite {
  /** The audit action, `<capability>.<thing>.<verb>`: 'coaching.plan.create'. */
  action: string;
  /** Only for rows without a `street_id` of their own. */
  streetId?: string | null;
}

/**
 * Inserts one row and its audit entry (after = the row) in the caller's transaction, and returns
 * the row as stored. Every store insert a person could ask "who did this?" of goes through here.
 */
export async function insertAudited<T extends AuditedTable>(
  tx: AuditedWriter,
  table: T,
  values: Insertable<Database[T]>,
  write: AuditedWrite,
): Promise<Row<T>> {
  // Kysely cannot narrow a generic table name; the signature above keeps callers exact.
  const after = (await tx.db
    .insertInto(table as 'activities')
    .values(values as never)
    .returningAll()
    .executeTakeFirstOrThrow()) as unknown as Row<T>;
  const recordId = String((after as { id: unknown }).id);
  await recordAudit(tx.db, tx.actor, {
    action: write.action,
    tableName: table,
    recordId,
    streetId: streetOf(after, write.streetId),
    after,
  });
  return after;
}

/**
 * Updates one row by id and writes its audit entry with the row before (read and locked here) and
 * after, in the caller's transaction. The caller has found the row in scope already
 * (`findInScope`), so a missing row here is a bug and throws.
 */
export async function updateAudited<T extends AuditedTable>(
  tx: AuditedWriter,
  table: T,
  id: string,
  changes: Updateable<Database[T]>,
  write: AuditedWrite,
): Promise<{ before: Row<T>; after: Row<T> }> {
  const name = table as 'activities';
  const before = (await tx.db
    .selectFrom(name)
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow()) as unknown as Row<T>;
  const after = (await tx.db
    .updateTable(name)
    .set(changes as never)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()) as unknown as Row<T>;
  await recordAudit(tx.db, tx.actor, {
    action: write.action,
    tableName: table,
    recordId: id,
    streetId: streetOf(after, write.streetId),
    before,
    after,
  });
  return { before, after };
}
