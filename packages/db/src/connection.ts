import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './tables';

/**
 * Type parsing, set once for the process: `date` stays a 'YYYY-MM-DD' string (no time zone can
 * shift a calendar date) and `int8` becomes BigInt so money in fen is exact end to end.
 */
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => BigInt(value));

export type Db = Kysely<Database>;

/** The pool behind each open Db, for the few writes Kysely cannot express (COPY: db/src/chat/import-write.ts). */
const pools = new WeakMap<Db, pg.Pool>();
export function poolOf(db: Db): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error('this Db was not opened by openDatabase');
  return pool;
}

export function openDatabase(url: string, options: { max?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // A connection dropped by the server (restart, pg_terminate_backend) rejects the query in flight;
  // the 'error' event it also emits must not crash the process, idle or checked out.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, pool);
  return db;
}

/** Replaces the database name in a connection URL. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Whether the database answers a trivial query (the health check); never throws. */
export async function isDatabaseAnswering(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
