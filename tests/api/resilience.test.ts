import { spawnSync } from 'node:child_process';
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
      // Half-way through: the places and the first 500 people are written inside the load's
      // transaction when the loader's connection is killed (it waits, idle in that transaction,
      // for this hook to return). The 10 s argument makes the kill wait until the backend is gone.
      let kill: { at: string; terminated: { done: boolean }[] } | null = null;
      const loading = loadDemo(db, testToday, {
        onProgress: async ({ table, rowsWritten, rowsInTable }) => {
          if (table !== 'people' || rowsWritten !== 500) return;
          const { rows } = await watcher.query<{ done: boolean }>(
            `select pg_terminate_backend(pid, 10000) as done from pg_stat_activity
              where datname = $1 and state = 'idle in transaction'`,
            [name],
          );
          kill = { at: `${table} ${rowsWritten} of ${rowsInTable}`, terminated: rows };
        },
      });
      await expect(loading).rejects.toThrow();
      // Exactly the loader's connection was killed, at that point, and the load failed.
      expect(kill).toEqual({ at: expect.stringMatching(/^people 500 of \d+$/), terminated: [{ done: true }] });
      expect(await isDatabaseEmpty(db)).toBe(true);
      expect(await db.selectFrom('people').select('id').execute()).toHaveLength(0);
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
      // A Seedbed process that started PostgreSQL and was killed (kill -9) with it still running.
      const killed = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          '--input-type=module',
          '-e',
          `const { startEmbeddedPostgres } = await import('@seedbed/db');
           const server = await startEmbeddedPostgres(${JSON.stringify(dataDir)});
           process.stdout.write(server.url);
           process.kill(process.pid, 'SIGKILL');`,
        ],
        { encoding: 'utf8' },
      );
      expect(killed.signal).toBe('SIGKILL');
      const client = new pg.Client({ connectionString: killed.stdout });
      await client.connect();
      await client.query('create table kept (n int); insert into kept values (42)');
      await client.end();
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
