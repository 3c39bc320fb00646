import { type ErrorCode, fail, ok, type Result } from '@seedbed/core';
import type { Selectable } from 'kysely';
import type { StoreContext, TxContext } from './context';
import { type ScopedTable, type ScopeFilter, type ScopeRule, scopeRules } from './scope';
import type { Database } from './tables';

export interface FindOptions {
  /** Lock the rows for the rest of the transaction (a write that reads them first), in id order. */
  forUpdate?: boolean;
  /** The 404 code, where a route names the record differently (a case's subject). */
  unknown?: ErrorCode;
  /**
   * Reach a record marked gone too: reading an archived place's page keeps its history readable,
   * while writes (and new records pointing at it) still find it gone.
   */
  includeGone?: boolean;
}

type Lookup = Pick<StoreContext | TxContext, 'db' | 'scope'>;

/**
 * A record by id, if the caller's scope reaches it (scope.ts's `scopeRules` decide): out of scope
 * answers 403 `auth.forbidden` (it exists, but not for you), an id that exists nowhere — or only
 * as a record marked gone (archived) — answers the table's 404 code. Stores call this for every
 * id a request names, before their first write.
 */
export async function findInScope<T extends ScopedTable>(
  context: Lookup,
  table: T,
  id: string,
  options: FindOptions = {},
): Promise<Result<Selectable<Database[T]>>> {
  const found = await findAllInScope(context, table, [id], options);
  return found.ok ? ok(found.value[0]!) : found;
}

/**
 * Several records of one table by id (a session's organizations, a pair to merge), in the order
 * given, in two queries at most: any id unknown (or gone) answers the table's 404 code first, then
 * any out of scope 403 — the same rules as `findInScope`, without a query per id.
 */
export async function findAllInScope<T extends ScopedTable>(
  context: Lookup,
  table: T,
  ids: readonly string[],
  options: FindOptions = {},
): Promise<Result<Selectable<Database[T]>[]>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return ok([]);
  // Each entry is checked against its own table by `satisfies` in scope.ts; here the union is widened.
  const rule = scopeRules[table] as ScopeRule<keyof Database>;
  const unknown = options.unknown ?? rule.unknown;
  // Kysely cannot narrow a generic table name; `scopeRules` keeps each filter typed to its table.
  const name = table as 'activities';
  const visible = rule.visible(context.scope) as unknown as ScopeFilter<'activities'>;
  let query = context.db.selectFrom(name).selectAll(name).where(`${name}.id`, 'in', unique).where(visible);
  // Locking in one order everywhere keeps two writers of the same rows from deadlocking.
  if (options.forUpdate) query = query.orderBy(`${name}.id`).forUpdate();
  const rows = (await query.execute()) as Selectable<Database[T]>[];
  const byId = new Map(rows.map((row) => [(row as { id: string }).id, row]));
  const isLive = (row: object) => options.includeGone === true || !isGone(row, rule.goneWhenSet);
  if (byId.size === unique.length && rows.every(isLive)) return ok(ids.map((id) => byId.get(id)!));
  const anywhere = await context.db.selectFrom(name).selectAll(name).where(`${name}.id`, 'in', unique).execute();
  return anywhere.filter(isLive).length < unique.length ? fail(unknown) : fail('auth.forbidden');
}

function isGone(row: object, column: string | undefined): boolean {
  return column !== undefined && (row as Record<string, unknown>)[column] != null;
}
