import { type ErrorCode, fail, ok, type Result } from '@seedbed/core';
import type { Selectable } from 'kysely';
import type { StoreContext, TxContext } from './context';
import { type ScopedTable, type ScopeFilter, type ScopeRule, scopeRules } from './scope';
import type { Database } from './tables';

export interface FindOptions {
  /** Lock the row for the rest of the transaction (a write that reads it first). */
  forUpdate?: boolean;
  /** The 404 code, where a route names the record differently (a case's subject). */
  unknown?: ErrorCode;
}

/**
 * A record by id, if the caller's scope reaches it (scope.ts's `scopeRules` decide): out of scope
 * answers 403 `auth.forbidden` (it exists, but not for you), an id that exists nowhere — or only
 * as a record marked gone (archived) — answers the table's 404 code. Stores call this for every
 * id a request names, before their first write.
 */
export async function findInScope<T extends ScopedTable>(
  context: Pick<StoreContext | TxContext, 'db' | 'scope'>,
  table: T,
  id: string,
  options: FindOptions = {},
): Promise<Result<Selectable<Database[T]>>> {
  // Each entry is checked against its own table by `satisfies` in scope.ts; here the union is widened.
  const rule = scopeRules[table] as ScopeRule<keyof Database>;
  const unknown = options.unknown ?? rule.unknown;
  // Kysely cannot narrow a generic table name; `scopeRules` keeps each filter typed to its table.
  const name = table as 'activities';
  const visible = rule.visible(context.scope) as unknown as ScopeFilter<'activities'>;
  let query = context.db.selectFrom(name).selectAll(name).where(`${name}.id`, '=', id).where(visible);
  if (options.forUpdate) query = query.forUpdate();
  const row = (await query.executeTakeFirst()) as Selectable<Database[T]> | undefined;
  if (row) return isGone(row, rule.goneWhenSet) ? fail(unknown) : ok(row);
  const anywhere = await context.db.selectFrom(name).selectAll(name).where(`${name}.id`, '=', id).executeTakeFirst();
  if (!anywhere || isGone(anywhere, rule.goneWhenSet)) return fail(unknown);
  return fail('auth.forbidden');
}

function isGone(row: object, column: string | undefined): boolean {
  return column !== undefined && (row as Record<string, unknown>)[column] != null;
}
