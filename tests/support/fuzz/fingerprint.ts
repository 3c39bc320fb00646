import { readdirSync } from 'node:fs';
import type pg from 'pg';

/**
 * What "nothing was written" means in the fuzz suite: no row of any table was inserted, updated or
 * deleted by a committed transaction, and no file was stored. The test database (a clone of its
 * own) gets a row-level trigger on every table that adds the rows it changes to one counter, in the
 * same transaction; the fingerprint is that counter and the number of stored files.
 *
 * Why this: a write that is rolled back (a refusal after a partial write) rolls its count back too,
 * so the counter says exactly what a user would find written; reading it is one row, so it can run
 * before and after each of a few thousand requests. The statistics views are not reliable for it —
 * pg_stat_user_tables is flushed by each backend on its own schedule, not at commit, and
 * pg_stat_xact_* sees only the reading connection's transaction — and transaction ids are shared by
 * the whole cluster, where other test files write at the same time. A trigger is plain PL/pgSQL and
 * behaves the same on the embedded and an external PostgreSQL. Row counts with max(xmin) per table
 * would do too, but cost ~50 ms a time on a busy machine against ~1 ms.
 *
 * `sessions` has no trigger: a session's own bookkeeping (when it was last used) is not what a
 * route writes, and the session rules are tested on their own.
 */
export async function countWrites(client: pg.Client): Promise<void> {
  await client.query(`
    create table fuzz_writes (rows bigint not null);
    insert into fuzz_writes values (0);
    create function fuzz_count_write() returns trigger language plpgsql as $$
      begin update fuzz_writes set rows = rows + 1; return null; end $$;
    do $$ declare t text; begin
      for t in select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE'
                  and table_name not in ('sessions', 'fuzz_writes') loop
        execute format('create trigger fuzz_count_write after insert or update or delete on %I
                        for each row execute function fuzz_count_write()', t);
      end loop;
    end $$;`);
}

export async function fingerprintOf(client: pg.Client, filesDir: string): Promise<string> {
  const { rows } = await client.query<{ rows: string }>('select rows from fuzz_writes');
  return `rows written: ${rows[0]?.rows}, files stored: ${countFiles(filesDir)}`;
}

function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}
