import { Migrator } from 'kysely';
import type { Db } from './connection';
import { migrationProvider } from './migrations';

/**
 * Brings the schema up to date. Kysely runs each migration in its own transaction behind a lock
 * table, so a crash mid-migration leaves the previous version intact and the next start retries.
 */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Migrates up or down to a named migration; `null` means the latest. Used by restore. */
export async function migrateTo(db: Db, migration: string | null): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error } = migration === null ? await migrator.migrateToLatest() : await migrator.migrateTo(migration);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
