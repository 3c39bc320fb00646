import type { Scope } from '@seedbed/core';
import type { Transaction } from 'kysely';
import type { Actor } from './audit';
import type { Db } from './connection';
import type { Database } from './tables';

/**
 * What every store call receives, built once per request by the HTTP layer
 * (server/src/http/answer.ts) or once per run by the CLI: the connection, what the caller may see,
 * who acts and when, that instant's calendar day in China, and where new ids come from.
 * Stores take it as their first parameter instead of positional tails (db, actor, scope, …, newId,
 * today); a read that needs less declares less with `Pick<StoreContext, 'db' | 'scope'>`.
 */
export interface StoreContext {
  db: Db;
  scope: Scope;
  actor: Actor & { displayName: string };
  /** `actor.now` as a 'YYYY-MM-DD' day in Asia/Shanghai: "not in the future", "overdue", age. */
  today: string;
  newId: () => string;
}

/** The same context inside a transaction: writes and their audit rows go through `db`. */
export interface TxContext extends Omit<StoreContext, 'db'> {
  db: Transaction<Database>;
}

/**
 * What a public store call receives (a resident with a code from a link or QR code, no session):
 * the connection, the instant — and the signed-in user, if the resident happens to be one —, that
 * instant's day in China, and new ids. No scope: the code is the key.
 */
export interface PublicContext extends Pick<StoreContext, 'db' | 'today' | 'newId'> {
  actor: Actor;
}

/** Carries a refused result out of a transaction so PostgreSQL rolls it back. */
class Refused {
  constructor(readonly result: unknown) {}
}

/** A store's expected failure (`fail(…)` from core): `{ ok: false, error }`. */
function isRefusal(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false && 'error' in value;
}

/**
 * Runs `work` in one transaction with the context's connection swapped for it. A write completes or
 * leaves no trace: when `work` answers a refusal (`fail(…)`) after it has already written — a check
 * that can only be made once the first rows are in —, the transaction is rolled back and the refusal
 * returned, instead of committing half a write beside a 4xx. Nested calls join the outer
 * transaction, which sees the refusal when it is passed up.
 */
export async function inTransaction<T>(
  context: StoreContext | TxContext,
  work: (tx: TxContext) => Promise<T>,
): Promise<T> {
  if (context.db.isTransaction) return work(context as TxContext);
  try {
    return await context.db.transaction().execute(async (trx) => {
      const result = await work({ ...context, db: trx });
      if (isRefusal(result)) throw new Refused(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Refused) return error.result as T;
    throw error;
  }
}
