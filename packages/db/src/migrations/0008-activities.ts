import type { Kysely } from 'kysely';

/** Activities with evidence: records, plans, sign-ins, photos, tracking logs, coaching, hours. */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
