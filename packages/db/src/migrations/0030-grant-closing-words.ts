import { type Kysely, sql } from 'kysely';

/**
 * The team's own closing words 结项总结 (issue 17: "the team adds its own words"): the leader, a
 * deputy or the treasurer writes and rewrites them on the agreement until staff close the grant,
 * which copies them into grant_closings beside the frozen figures. One text per agreement, so they
 * live on its row; the audit log keeps every earlier wording.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table grant_agreements
      add column closing_words text,
      add column closing_words_by uuid references users (id),
      add column closing_words_at timestamptz,
      add check ((closing_words is null) = (closing_words_at is null));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table grant_agreements
      drop column closing_words,
      drop column closing_words_by,
      drop column closing_words_at;
  `.execute(db);
}
