import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupDatabase } from '@seedbed/cli';
import { fileKeyColumns, notFileKeyColumns } from '@seedbed/db';
import { sql } from 'kysely';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordActivity, uploadPhoto } from '../support/activities';
import { startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

let api: TestApi;
let work: string;
beforeAll(async () => {
  api = await startTestApi();
  work = mkdtempSync(join(tmpdir(), 'seedbed-file-references-'));
});
afterAll(async () => {
  await api.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the columns that hold file keys', () => {
  // Backups check their files against them and the start-up sweep keeps what they name: a column
  // missing from the list would have its files removed at the next start.
  it('are all listed in db/src/file-references.ts', async () => {
    const { rows } = await sql<{ table: string; column: string }>`
      select table_name as table, column_name as column from information_schema.columns
       where table_schema = 'public' and column_name like '%\\_key' order by 1, 2`.execute(api.db);
    const listed = [...fileKeyColumns, ...notFileKeyColumns].map(({ table, column }) => `${table}.${column}`);
    expect(rows.map(({ table, column }) => `${table}.${column}`)).toEqual(listed.sort());
  });
});

describe('a backup of a running server', () => {
  it('never holds a photo row without its file, even when the photo is removed during the backup', async () => {
    const ids = await demoIds(api.db);
    const leader = await api.as('leader');
    const activityId = await recordActivity(leader, ids.organizationId, '备份时删照片');
    const kept = await uploadPhoto(leader, activityId, 1);
    const removed = await uploadPhoto(leader, activityId, 2);
    expect([kept.status, removed.status]).toEqual([201, 201]);

    // The leader removes a photo after the tables are copied and before the files are.
    const attempts: number[] = [];
    const archive = join(work, 'running.tar.gz');
    const manifest = await backupDatabase({
      url: api.url,
      dataDir: work,
      filesDir: api.filesDir,
      archive,
      now: api.clock.now(),
      afterTablesCopied: async (attempt) => {
        attempts.push(attempt);
        if (attempt === 1) expect((await leader.call('DELETE', `/api/media/${removed.body.id}`)).status).toBe(200);
      },
    });
    expect(attempts).toEqual([1, 2]);
    expect(manifest.missingFiles).toBeUndefined();

    const unpacked = mkdtempSync(join(work, 'unpacked-'));
    await tar.extract({ file: archive, cwd: unpacked });
    const media = readFileSync(join(unpacked, 'tables', 'activity_media.copy'), 'utf8');
    expect(media).toContain(kept.body.id);
    expect(media).not.toContain(removed.body.id);
    const keys = media.match(/[a-z0-9-]+\/\d{4}-\d{2}\/[0-9a-f-]{36}\.[a-z0-9]{2,5}/g) ?? [];
    expect(keys.length).toBeGreaterThanOrEqual(2);
    for (const key of keys) expect(existsSync(join(unpacked, 'files', key)), key).toBe(true);
  });
});
