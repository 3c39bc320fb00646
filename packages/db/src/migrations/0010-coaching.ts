import type { Kysely } from 'kysely';

/** Tables of the coaching capability (issue: activities). Being written in this session: empty until then. */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
