import {
  cpSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { killAt, referencedFileKeysSql, tablesInDependencyOrder } from '@seedbed/db';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import * as tar from 'tar';
import { makeScratchFolder } from './scratch';

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
  /** Files rows reference that were not on the disk (lost before the backup; see backupDatabase). */
  missingFiles?: string[];
}

export interface BackupOptions {
  url: string;
  dataDir: string;
  filesDir: string;
  archive: string;
  now: Date;
  /**
   * Tests only: awaited after the tables are copied and before the files are, on each attempt —
   * where a photo removed on a running server would leave its row without its file.
   */
  afterTablesCopied?: (attempt: number) => Promise<void>;
}

/** A file removed after the snapshot but before the copy is caught by trying again; this many times. */
const attemptsForMissingFiles = 3;

/**
 * `dataDir` holds the working copy while the backup runs (see scratch.ts). The archive is written
 * under a temporary name and renamed when complete: a backup killed half-way never replaces the
 * previous backup of the same name.
 *
 * The files are copied after the snapshot of the tables, so every file a row of the snapshot
 * references was on disk when the snapshot began — unless a running server removed it since (a
 * photo deleted meanwhile). Then the snapshot is taken again. A file still missing after that is
 * lost from the disk itself, not by the backup: it is listed in the manifest and the backup goes on.
 */
export async function backupDatabase(options: BackupOptions) {
  const work = makeScratchFolder(options.dataDir, 'backup');
  const partial = `${options.archive}.partial-${process.pid}`;
  try {
    let copied = await copySnapshot(options, work, 1);
    for (let attempt = 2; copied.missingFiles.length && attempt <= attemptsForMissingFiles; attempt++) {
      copied = await copySnapshot(options, work, attempt);
    }
    const manifest: BackupManifest = {
      format: 'seedbed-backup',
      version: 1,
      createdAt: options.now.toISOString(),
      migrations: copied.migrations,
      tables: copied.tables,
      ...(copied.missingFiles.length ? { missingFiles: copied.missingFiles } : {}),
    };
    writeFileSync(join(work, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await tar.create({ gzip: true, file: partial, cwd: work, portable: true }, ['manifest.json', 'tables', 'files']);
    renameSync(partial, options.archive);
    return manifest;
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(partial, { force: true });
  }
}

/** One attempt: every table in one snapshot, then the files; which referenced files are missing. */
async function copySnapshot(options: BackupOptions, work: string, attempt: number) {
  for (const part of ['tables', 'files']) rmSync(join(work, part), { recursive: true, force: true });
  mkdirSync(join(work, 'tables'));
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  const tables: BackupManifest['tables'] = [];
  let migrations: string[];
  let referenced: string[];
  try {
    await client.query('begin isolation level repeatable read read only');
    migrations = (await client.query<{ name: string }>('select name from kysely_migration order by name')).rows.map(
      (r) => r.name,
    );
    for (const table of tablesInDependencyOrder) {
      const file = join(work, 'tables', `${table}.copy`);
      await pipeline(client.query(copyTo(`copy ${table} to stdout`)), createWriteStream(file));
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${table}`);
      tables.push({ name: table, rows: Number(rows[0]?.n ?? 0) });
      killAt('backup.after-first-table');
    }
    referenced = (await client.query<{ key: string }>(referencedFileKeysSql)).rows.map((row) => row.key);
    await client.query('commit');
  } finally {
    await client.end();
  }
  await options.afterTablesCopied?.(attempt);
  if (existsSync(options.filesDir)) cpSync(options.filesDir, join(work, 'files'), { recursive: true });
  else mkdirSync(join(work, 'files'));
  const missingFiles = referenced.filter((key) => !existsSync(join(work, 'files', key))).sort();
  return { migrations, tables, missingFiles };
}

/**
 * Restores a backup into a database whose Seedbed tables are empty (freshly migrated or new).
 * All tables load in one transaction: a failed restore leaves the target as it was.
 */
export async function restoreDatabase(options: {
  url: string;
  dataDir: string;
  filesDir: string;
  archive: string;
  migrateTo: (migration: string | null) => Promise<void>;
}) {
  const work = makeScratchFolder(options.dataDir, 'restore');
  try {
    await tar.extract({ file: options.archive, cwd: work });
    const manifest = JSON.parse(readFileSync(join(work, 'manifest.json'), 'utf8')) as BackupManifest;
    if (manifest.format !== 'seedbed-backup') throw new Error('not a Seedbed backup');
    // Refuse before touching anything: migrating a full database down to the backup's schema
    // would drop the newer tables and their rows, and only then find it was not empty.
    await refuseNonEmpty(options.url);
    // Load into the schema the backup was taken from, then migrate forward with the data in place.
    await options.migrateTo(manifest.migrations.at(-1) ?? null);
    const client = new pg.Client({ connectionString: options.url });
    await client.connect();
    try {
      await client.query('begin');
      for (const { name } of manifest.tables) {
        await pipeline(
          createReadStream(join(work, 'tables', `${name}.copy`)),
          client.query(copyFrom(`copy ${name} from stdin`)),
        );
      }
      await advanceSequences(client);
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

/**
 * COPY writes identity and serial columns as given without moving their sequences (none today — chat
 * messages' bigint id, 0038, went in 0042 — but a table may gain one): each is set past the largest
 * value restored, or the first insert after a restore would collide with a restored row.
 */
async function advanceSequences(client: pg.Client) {
  const { rows } = await client.query<{ table_name: string; column_name: string; sequence: string | null }>(
    `select table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) as sequence
       from information_schema.columns
      where table_schema = 'public' and (is_identity = 'YES' or column_default like 'nextval(%')`,
  );
  for (const { table_name, column_name, sequence } of rows) {
    if (!sequence) continue;
    const column = `"${column_name.replace(/"/g, '""')}"`;
    const table = `"${table_name.replace(/"/g, '""')}"`;
    await client.query(`select setval($1, coalesce((select max(${column}) from ${table}), 0) + 1, false)`, [sequence]);
  }
}

/** Throws unless every table in the target's public schema (migration bookkeeping aside) is empty. */
async function refuseNonEmpty(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `select tablename as name from pg_tables
        where schemaname = 'public' and tablename not in ('kysely_migration', 'kysely_migration_lock')
        order by tablename`,
    );
    for (const { name } of tables) {
      const { rowCount } = await client.query(`select 1 from "${name.replace(/"/g, '""')}" limit 1`);
      if (rowCount) throw new Error(`the target database is not empty (table ${name} has rows); nothing was changed`);
    }
  } finally {
    await client.end();
  }
}
