import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './0001-foundation';

/** Versioned migrations, in order. Add a file and a line; never edit a migration that has shipped. */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
