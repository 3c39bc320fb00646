import type { Kysely } from 'kysely';

/** Residents and activists: visits, trust stages, consent, guardians, duplicates (issue: people). */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
