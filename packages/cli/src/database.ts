import {
  type Db,
  migrateToLatest,
  openDatabase,
  startEmbeddedPostgres,
  type WhenAlreadyRunning,
  withDatabase,
} from '@seedbed/db';
import pg from 'pg';
import type { SeedbedConfig } from './config';

export interface OpenedDatabase {
  db: Db;
  url: string;
  /** Closes the pool and, for the embedded server this process started, stops PostgreSQL. */
  close(): Promise<void>;
  /** Calls `listener` if the embedded PostgreSQL dies under us (never for DATABASE_URL). */
  onDatabaseLost(listener: () => void): void;
}

const embeddedDatabaseName = 'seedbed';

/**
 * The database Seedbed runs on: `DATABASE_URL` if set, else its own embedded PostgreSQL in the data
 * directory (started now, stopped by `close`). Either way the schema is migrated to the latest version.
 */
export async function openSeedbedDatabase(
  config: SeedbedConfig,
  log: (line: string) => void,
  options: { migrate?: boolean; whenAlreadyRunning?: WhenAlreadyRunning } = {},
): Promise<OpenedDatabase> {
  let url = config.databaseUrl;
  let stopEmbedded = async () => {};
  let onDatabaseLost: OpenedDatabase['onDatabaseLost'] = () => {};
  if (!url) {
    const server = await startEmbeddedPostgres(config.dataDir, log, {
      whenAlreadyRunning: options.whenAlreadyRunning ?? 'refuse',
    });
    stopEmbedded = server.stop;
    onDatabaseLost = server.onUnexpectedExit;
    try {
      await ensureDatabase(server.url, embeddedDatabaseName);
    } catch (error) {
      await server.stop();
      throw error;
    }
    url = withDatabase(server.url, embeddedDatabaseName);
  }
  const db = openDatabase(url);
  const close = async () => {
    await db.destroy();
    await stopEmbedded();
  };
  if (options.migrate !== false) {
    try {
      const applied = await migrateToLatest(db);
      if (applied.length) log(`migrated: ${applied.join(', ')}`);
    } catch (error) {
      await close();
      throw error;
    }
  }
  return { db, url, close, onDatabaseLost };
}

/** Creates a database if it does not exist yet (CREATE DATABASE cannot run inside a transaction). */
export async function ensureDatabase(maintenanceUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
