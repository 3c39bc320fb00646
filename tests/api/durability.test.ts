import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupDatabase, restoreDatabase } from '@seedbed/cli';
import { migrateTo, openDatabase, withDatabase } from '@seedbed/db';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runSeedbed } from '../support/seedbed-process';
import { cloneTemplate, createEmptyDatabase, dropDatabase, testToday } from '../support/template';

/**
 * Kills at known points (the SEEDBED_FAULT fault points, db/src/fault-points.ts) and what the
 * next run finds: nothing lost, nothing left where it should not be. Runs on both databases.
 */
const maintenanceUrl = inject('maintenanceUrl');
let work: string;
let street: string;
let streetUrl: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'seedbed-durability-'));
  street = await cloneTemplate(maintenanceUrl, 'durable');
  streetUrl = withDatabase(maintenanceUrl, street);
});
afterAll(async () => {
  await dropDatabase(maintenanceUrl, street);
  rmSync(work, { recursive: true, force: true });
});

async function manifestOf(archive: string) {
  const dir = mkdtempSync(join(work, 'manifest-'));
  await tar.extract({ file: archive, cwd: dir }, ['manifest.json']);
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

/** Every file under `dir` whose bytes contain `text`. */
function filesContaining(dir: string, text: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && readFileSync(join(entry.parentPath, entry.name)).includes(text))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('a backup killed half-way', () => {
  it('keeps the previous backup of the same name and leaves no copy of the tables in the temp folder', async () => {
    const dataDir = join(work, 'backup-data');
    const temp = join(work, 'backup-temp');
    mkdirSync(temp, { recursive: true });
    const archive = join(work, 'street.tar.gz');
    const earlier = new Date('2026-06-29T10:00:00Z');
    await backupDatabase({ url: streetUrl, dataDir, filesDir: join(dataDir, 'files'), archive, now: earlier });

    const killed = await runSeedbed(['backup', archive], {
      DATABASE_URL: streetUrl,
      SEEDBED_DATA_DIR: dataDir,
      TMPDIR: temp,
      SEEDBED_FAULT: 'backup.after-first-table',
    });
    expect(killed.signal).toBe('SIGKILL');
    expect((await manifestOf(archive)).createdAt).toBe(earlier.toISOString());
    // A resident's phone, as the copy of the people table would hold it.
    const db = openDatabase(streetUrl, { max: 1 });
    const person = await db
      .selectFrom('people')
      .select('phone')
      .where('phone', 'is not', null)
      .executeTakeFirstOrThrow();
    await db.destroy();
    expect(filesContaining(temp, String(person.phone))).toEqual([]);

    // The next backup clears what the killed one left in the data directory, and replaces the archive.
    const later = new Date('2026-06-30T10:00:00Z');
    await backupDatabase({ url: streetUrl, dataDir, filesDir: join(dataDir, 'files'), archive, now: later });
    expect((await manifestOf(archive)).createdAt).toBe(later.toISOString());
    expect(readdirSync(join(dataDir, 'scratch'))).toEqual([]);
    expect(readdirSync(work).filter((name) => name.startsWith('street.tar.gz.'))).toEqual([]);
  });
});

describe('restoring an older backup into a database that holds a street', () => {
  it('is refused before anything is migrated or written', async () => {
    const older = await createEmptyDatabase(maintenanceUrl, 'older');
    const olderUrl = withDatabase(maintenanceUrl, older);
    const olderDb = openDatabase(olderUrl, { max: 1 });
    const target = openDatabase(streetUrl, { max: 2 });
    try {
      const migrations = await target
        .selectFrom('kysely_migration' as never)
        .select('name' as never)
        .execute();
      const first = (migrations as { name: string }[]).map((m) => m.name).sort()[0] ?? null;
      expect(migrations.length).toBeGreaterThan(1);
      // A backup taken at the first schema version, as an old backup is: an empty street's backup
      // whose manifest names only the first migration.
      await migrateTo(olderDb, null);
      const dataDir = join(work, 'restore-data');
      const taken = join(work, 'empty.tar.gz');
      await backupDatabase({ url: olderUrl, dataDir, filesDir: join(dataDir, 'f'), archive: taken, now: new Date() });
      const unpacked = mkdtempSync(join(work, 'older-'));
      await tar.extract({ file: taken, cwd: unpacked });
      const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8'));
      writeFileSync(join(unpacked, 'manifest.json'), JSON.stringify({ ...manifest, migrations: [first] }));
      const archive = join(work, 'older.tar.gz');
      await tar.create({ gzip: true, file: archive, cwd: unpacked }, ['manifest.json', 'tables', 'files']);
      const people = await target.selectFrom('people').select('id').execute();
      const media = await target.selectFrom('activity_media').select('id').execute();

      await expect(
        restoreDatabase({
          url: streetUrl,
          dataDir,
          filesDir: join(dataDir, 'files'),
          archive,
          migrateTo: (name) => migrateTo(target, name),
        }),
      ).rejects.toThrow(/not empty.*nothing was changed/);
      // Every migration is still applied, and the newest tables keep their rows.
      expect(
        await target
          .selectFrom('kysely_migration' as never)
          .select('name' as never)
          .execute(),
      ).toEqual(migrations);
      expect(await target.selectFrom('people').select('id').execute()).toEqual(people);
      expect(await target.selectFrom('activity_media').select('id').execute()).toEqual(media);
    } finally {
      await olderDb.destroy();
      await target.destroy();
      await dropDatabase(maintenanceUrl, older);
    }
  });
});

describe("the demo's photo step killed after its first photo", () => {
  it('is completed by the next run, without a photo twice', async () => {
    const demo = await cloneTemplate(maintenanceUrl, 'photos');
    const url = withDatabase(maintenanceUrl, demo);
    const db = openDatabase(url, { max: 1 });
    const env = { DATABASE_URL: url, SEEDBED_DATA_DIR: join(work, 'demo-data') };
    const args = ['demo', '--size', 'small', '--today', testToday];
    const photos = async () => (await db.selectFrom('activity_media').select('content_hash').execute()).length;
    try {
      const killed = await runSeedbed(args, { ...env, SEEDBED_FAULT: 'demo.after-first-photo' });
      expect(killed.signal).toBe('SIGKILL');
      expect(await photos()).toBe(1);

      const resumed = await runSeedbed(args, env);
      expect(resumed.code, resumed.stderr).toBe(0);
      // The small demo's one activity gets two pictures; the first, made again, is known by its bytes.
      expect(await photos()).toBe(2);
    } finally {
      await db.destroy();
      await dropDatabase(maintenanceUrl, demo);
    }
  });
});
