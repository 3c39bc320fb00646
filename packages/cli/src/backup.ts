import {
  cpSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { tablesInDependencyOrder } from '@seedbed/db';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import * as tar from 'tar';

/**
 * A backup is one consistent snapshot: every table is copied inside ONE repeatable-read, read-only
 * transaction (so all tables show the same instant), plus the files on disk, in one .tar.gz.
 * It restores into an empty embedded or external database — which is also how a street moves
 * from the embedded database to a PostgreSQL server.
 */
export interface BackupManifest {
  format: 'seedbed-backup';
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
}

export async function backupDatabase(options: { url: string; filesDir: string; archive: string; now: Date }) {
  const work = mkdtempSync(join(tmpdir(), 'seedbed-backup-'));
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const migrations = (
      await client.query<{ name: string }>('select name from kysely_migration order by name')
    ).rows.map((r) => r.name);
    mkdirSync(join(work, 'tables'));
    const tables: BackupManifest['tables'] = [];
    for (const table of tablesInDependencyOrder) {
      const file = join(work, 'tables', `${table}.copy`);
      await pipeline(client.query(copyTo(`copy ${table} to stdout`)), createWriteStream(file));
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${table}`);
      tables.push({ name: table, rows: Number(rows[0]?.n ?? 0) });
    }
    await client.query('commit');
    if (existsSync(options.filesDir)) cpSync(options.filesDir, join(work, 'files'), { recursive: true });
    else mkdirSync(join(work, 'files'));
    const manifest: BackupManifest = {
      format: 'seedbed-backup',
      version: 1,
      createdAt: options.now.toISOString(),
      migrations,
      tables,
    };
    writeFileSync(join(work, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await tar.create({ gzip: true, file: options.archive, cwd: work, portable: true }, [
      'manifest.json',
      'tables',
      'files',
    ]);
    return manifest;
  } finally {
    await client.end();
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Restores a backup into a database whose Seedbed tables are empty (freshly migrated or new).
 * All tables load in one transaction: a failed restore leaves the target as it was.
 */
export async function restoreDatabase(options: {
  url: string;
  filesDir: string;
  archive: string;
  migrateTo: (migration: string | null) => Promise<void>;
}) {
  const work = mkdtempSync(join(tmpdir(), 'seedbed-restore-'));
  try {
    await tar.extract({ file: options.archive, cwd: work });
    const manifest = JSON.parse(readFileSync(join(work, 'manifest.json'), 'utf8')) as BackupManifest;
    if (manifest.format !== 'seedbed-backup') throw new Error('not a Seedbed backup');
    // Load into the schema the backup was taken from, then migrate forward with the data in place.
    await options.migrateTo(manifest.migrations.at(-1) ?? null);
    const client = new pg.Client({ connectionString: options.url });
    await client.connect();
    try {
      for (const { name } of manifest.tables) {
        const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${name}`);
        if (Number(rows[0]?.n) > 0) throw new Error(`the target database is not empty (table ${name} has rows)`);
      }
      await client.query('begin');
      for (const { name } of manifest.tables) {
        await pipeline(
          createReadStream(join(work, 'tables', `${name}.copy`)),
          client.query(copyFrom(`copy ${name} from stdin`)),
        );
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      await client.end();
    }
    await options.migrateTo(null);
    if (existsSync(join(work, 'files'))) {
      mkdirSync(options.filesDir, { recursive: true });
      cpSync(join(work, 'files'), options.filesDir, { recursive: true });
    }
    return manifest;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
