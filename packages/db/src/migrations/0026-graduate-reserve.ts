import { type Kysely, sql } from 'kysely';

/**
 * Part of a round's money kept for the graduates of the training cohorts linked to it (issue 17);
 * core's roundProblems keeps it within the total budget, the check here keeps it whole fen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table grant_rounds
      add column graduate_reserve_fen bigint not null default 0 check (graduate_reserve_fen >= 0)
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table grant_rounds drop column graduate_reserve_fen`.execute(db);
}
