import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupDatabase, restoreDatabase } from '@seedbed/cli';
import { migrateTo, openDatabase, withDatabase } from '@seedbed/db';
import { demoPassword } from '@seedbed/demo';
import { createApp, createDiskFileStore } from '@seedbed/server';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { createEmptyDatabase, dropDatabase } from '../support/template';

let api: TestApi;
let work: string;
const maintenanceUrl = inject('maintenanceUrl');
beforeAll(async () => {
  api = await startTestApi();
  work = mkdtempSync(join(tmpdir(), 'seedbed-backup-test-'));
});
afterAll(async () => {
  await api.close();
  rmSync(work, { recursive: true, force: true });
});

/** The answers a user would compare before and after moving a street to another server. */
async function answers(client: Client, ids: Awaited<ReturnType<typeof demoIds>>) {
  const paths = [
    `/api/streets/${ids.mainStreetId}/overview`,
    '/api/organizations',
    `/api/organizations/${ids.organizationId}`,
    `/api/communities/${ids.homeCommunityId}`,
    `/api/audit/organizations/${ids.organizationId}`,
  ];
  const results: Record<string, unknown> = {};
  for (const path of paths) {
    const result = await client.get(path);
    expect(result.status).toBe(200);
    results[path] = result.body;
  }
  return results;
}

describe('backup and restore', () => {
  it('restores a consistent snapshot into an empty database with identical answers and files', async () => {
    const ids = await demoIds(api.db);
    const staff = await api.as('staff');
    await staff.patch(`/api/organizations/${ids.organizationId}`, { description: '备份前的修改' });
    const before = await answers(staff, ids);

    const filesDir = join(work, 'files');
    mkdirSync(join(filesDir, 'photos'), { recursive: true });
    writeFileSync(join(filesDir, 'photos', 'a.jpg'), 'not really a photo');
    const archive = join(work, 'street.tar.gz');
    const manifest = await backupDatabase({ url: api.url, dataDir: work, filesDir, archive, now: api.clock.now() });
    expect(manifest.tables.find((t) => t.name === 'organizations')?.rows).toBeGreaterThan(50);

    const target = await createEmptyDatabase(maintenanceUrl, 'restore');
    const targetUrl = withDatabase(maintenanceUrl, target);
    const targetDb = openDatabase(targetUrl, { max: 2 });
    const restoredFiles = join(work, 'restored-files');
    try {
      await restoreDatabase({
        url: targetUrl,
        dataDir: work,
        filesDir: restoredFiles,
        archive,
        migrateTo: (name) => migrateTo(targetDb, name),
      });
      expect(readFileSync(join(restoredFiles, 'photos', 'a.jpg'), 'utf8')).toBe('not really a photo');

      const app = createApp({
        db: targetDb,
        logger: pino({ level: 'silent' }),
        now: api.clock.now,
        files: createDiskFileStore(restoredFiles),
      });
      const restored = new Client({ request: async (path, init) => app.request(path, init) });
      expect((await restored.post('/api/auth/login', { login: 'staff', password: demoPassword })).status).toBe(200);
      expect(await answers(restored, ids)).toEqual(before);
      // Identity columns' sequences moved past the restored rows: the next chat message gets a new id.
      const restoredMessages = await sql<{ n: number }>`select count(*)::int as n from chat_messages`.execute(targetDb);
      expect(restoredMessages.rows[0]?.n).toBeGreaterThan(0);
      await sql`insert into chat_messages (group_id, source_ref, sent_at, kind)
                select group_id, 'after-restore', now(), 'text' from chat_messages limit 1`.execute(targetDb);

      // A second restore into the now non-empty database is refused and changes nothing.
      await expect(
        restoreDatabase({
          url: targetUrl,
          dataDir: work,
          filesDir: restoredFiles,
          archive,
          migrateTo: (name) => migrateTo(targetDb, name),
        }),
      ).rejects.toThrow(/not empty/);
    } finally {
      await targetDb.destroy();
      await dropDatabase(maintenanceUrl, target);
    }
  });
});
