import type { Kysely } from 'kysely';

/** The organization registry: history of orientation, filing, status; sub-teams, chat groups, relations, interviews, stage assessments, case outcomes. */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
