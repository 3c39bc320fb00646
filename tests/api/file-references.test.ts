import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupDatabase } from '@seedbed/cli';
import { fileKeyColumns, notFileKeyColumns } from '@seedbed/db';
import { sql } from 'kysely';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { makeJpeg, sendFile } from '../support/images';

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
    const activity = await leader.call(
      'POST',
      '/api/activities',
      {
        organizationIds: [ids.organizationId],
        title: '备份时删照片',
        startsAt: '2026-06-29T09:00:00+08:00',
        endsAt: '2026-06-29T11:00:00+08:00',
        openness: 'open_to_all',
        organizerCount: 2,
        servedCount: 10,
      },
      { 'idempotency-key': `backup-photo-${randomUUID()}` },
    );
    const photoPath = `/api/activities/${activity.body.id}/photos`;
    const kept = await sendFile(
      leader,
      'POST',
      photoPath,
      await makeJpeg(640, 480, { color: { r: 1, g: 2, b: 3 } }),
      'image/jpeg',
    );
    const removed = await sendFile(
      leader,
      'POST',
      photoPath,
      await makeJpeg(640, 480, { color: { r: 9, g: 8, b: 7 } }),
      'image/jpeg',
    );
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
