import type { Db } from '@seedbed/db';
import { sql } from 'kysely';

/**
 * Makes every write of one kind to one table fail inside the database (a trigger that raises), so
 * a test can break a multi-step write at its last step and see that the earlier steps were rolled
 * back too. Returns the undo. Only for a test file's own database.
 */
export async function failWritesTo(
  db: Db,
  table: string,
  on: 'insert' | 'update' | 'delete',
): Promise<() => Promise<void>> {
  const name = sql.raw(`seedbed_test_fail_${table}_${on}`);
  await sql`create or replace function ${name}() returns trigger language plpgsql as $$
    begin raise exception 'test: writes to this table fail'; end $$`.execute(db);
  await sql`create trigger ${name} before ${sql.raw(on)} on ${sql.table(table)} for each row execute function ${name}()`.execute(
    db,
  );
  return async () => {
    await sql`drop trigger ${name} on ${sql.table(table)}`.execute(db);
    await sql`drop function ${name}()`.execute(db);
  };
}
