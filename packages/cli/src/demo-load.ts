import { type Database, type Db, tablesInDependencyOrder } from '@seedbed/db';
import { type DemoAccount, type DemoData, type DemoSize, demoPassword, generateDemo } from '@seedbed/demo';
import { hashPassword } from '@seedbed/server';
import { type Insertable, sql } from 'kysely';
import { makeDemoGrantPayments } from './demo-grant-payments';

/**
 * Compile-time proof that every table the generator fills takes its rows as they are: a column
 * renamed in a migration but not in the generator fails here, not at load time.
 */
type TablesOf<T> = { [K in keyof T & keyof Database]: T[K] extends readonly Insertable<Database[K]>[] ? true : K };
const demoRowsFitTheTables: { [K in keyof TablesOf<DemoData>]: true } = {} as TablesOf<DemoData>;
void demoRowsFitTheTables;

/** The demo street is always the same: a fixed seed, and "today" fixed so dates do not drift. */
export const demoSeed = 20171;

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('streets').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** How far a demo load has come: `rowsWritten` of `rowsInTable` rows of `table`, not yet committed. */
export interface DemoLoadProgress {
  table: string;
  rowsWritten: number;
  rowsInTable: number;
}

export interface DemoLoadOptions {
  /** The full street (the default, `npm start`) or a small one (see generateDemo). */
  size?: DemoSize;
  /**
   * Called, and awaited, inside the load's transaction after each batch of rows is written. Tests
   * use it to kill a load at a known point (tests/api/resilience.test.ts); a rejection aborts the
   * load like any other failure.
   */
  onProgress?: (progress: DemoLoadProgress) => void | Promise<void>;
}

/**
 * Loads the demo street in one transaction: all or nothing, so a kill half-way leaves an empty
 * database that loads cleanly on the next start. Refuses a database that already holds data.
 */
export async function loadDemo(db: Db, today: string, options: DemoLoadOptions = {}): Promise<DemoAccount[]> {
  const data = generateDemo({ seed: demoSeed, today, size: options.size ?? 'full' });
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction().execute(async (trx) => {
    // Serialise concurrent loaders (two starts at once) and re-check emptiness under the lock.
    await sql`select pg_advisory_xact_lock(20171)`.execute(trx);
    const existing = await trx.selectFrom('streets').select('id').limit(1).executeTakeFirst();
    if (existing) throw new Error('the database already holds data; the demo loads only into an empty one');
    const rowsByTable = data as unknown as Partial<Record<string, readonly Record<string, unknown>[]>>;
    for (const table of tablesInDependencyOrder) {
      const rows = (rowsByTable[table] ?? []).map((row) => prepareRow(table, row, passwordHash));
      // Chunks keep each INSERT under PostgreSQL's 65,535-parameter limit.
      for (let start = 0; start < rows.length; start += 500) {
        const batch = rows.slice(start, start + 500);
        await trx
          .insertInto(table)
          .values(batch as never)
          .execute();
        await options.onProgress?.({ table, rowsWritten: start + batch.length, rowsInTable: rows.length });
      }
    }
    // The grants' payments go through their stores once every row they touch is in.
    await makeDemoGrantPayments(trx, data, demoSeed);
  });
  return data.accounts;
}

/**
 * Rows as the generator made them, ready for PostgreSQL: users get the demo password's hash, and
 * plain objects (jsonb values such as settings) become JSON text. Arrays stay arrays (text[]).
 */
function prepareRow(table: string, row: Record<string, unknown>, passwordHash: string): Record<string, unknown> {
  const prepared: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    const isPlainObject =
      value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
    prepared[column] = isPlainObject || (table === 'settings' && column === 'value') ? JSON.stringify(value) : value;
  }
  if (table === 'users') prepared.password_hash = passwordHash;
  return prepared;
}
