import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDatabaseEmpty, loadDemo } from '@seedbed/cli';
import { migrateToLatest, openDatabase, startEmbeddedPostgres, withDatabase } from '@seedbed/db';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { createEmptyDatabase, dropDatabase, testToday } from '../support/template';

const maintenanceUrl = inject('maintenanceUrl');

describe('a crash leaves a database that starts cleanly', () => {
  it('a demo load killed half-way leaves nothing behind, and the next load succeeds', async () => {
    const name = await createEmptyDatabase(maintenanceUrl, 'crash');
    const db = openDatabase(withDatabase(maintenanceUrl, name), { max: 2 });
    const watcher = new pg.Client({ connectionString: maintenanceUrl });
    await watcher.connect();
    try {
      await migrateToLatest(db);
      const loading = loadDemo(db, testToday);
      // Wait until the loader is inside its transaction, inserting people, then kill its connection.
      let killed = 0;
      for (let tries = 0; tries < 600 && killed === 0; tries += 1) {
        const { rows } = await watcher.query(
          `select pg_terminate_backend(pid) as done from pg_stat_activity
            where datname = $1 and pid <> pg_backend_pid() and query ilike 'insert into "people"%'`,
          [name],
        );
        killed = rows.length;
        if (killed === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(killed).toBeGreaterThan(0);
      await expect(loading).rejects.toThrow();
      expect(await isDatabaseEmpty(db)).toBe(true);
      const organizations = await db.selectFrom('organizations').select('id').execute();
      expect(organizations).toHaveLength(0);

      const accounts = await loadDemo(db, testToday);
      expect(accounts.length).toBeGreaterThan(8);
      expect(await isDatabaseEmpty(db)).toBe(false);
    } finally {
      await watcher.end();
      await db.destroy();
      await dropDatabase(maintenanceUrl, name);
    }
  });
});

describe.runIf(inject('databaseLabel') === 'embedded')('the embedded PostgreSQL', () => {
  it('stops a server left running by a killed run, and starts again on the same data', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'seedbed-leftover-'));
    try {
      const first = await startEmbeddedPostgres(dataDir);
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query('create table kept (n int); insert into kept values (42)');
      await client.end();
      // No first.stop(): as if Seedbed had been killed with the server still running.
      const second = await startEmbeddedPostgres(dataDir);
      try {
        const again = new pg.Client({ connectionString: second.url });
        await again.connect();
        const { rows } = await again.query('select n from kept');
        await again.end();
        expect(rows).toEqual([{ n: 42 }]);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
