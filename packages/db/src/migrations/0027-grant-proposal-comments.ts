import { type Kysely, sql } from 'kysely';

/**
 * Comments beside a proposal's text (issue 17): staff, officials and reviewers coach in them and the
 * team answers each, accepted or declined — the text itself is the team's alone. A comment points at
 * the version it was written on and a section of it (anchor). Authors and responders are accounts;
 * their names are read from users when shown.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table grant_proposal_comments (
      id uuid primary key,
      street_id uuid not null references streets (id),
      proposal_id uuid not null references grant_proposals (id),
      version_number integer not null,
      anchor text,
      text text not null,
      author_id uuid references users (id),
      author_role text not null,
      created_at timestamptz not null,
      response_decision text check (response_decision in ('accepted', 'declined')),
      response_note text,
      responded_by uuid references users (id),
      responded_at timestamptz,
      check ((response_decision is null) = (responded_at is null))
    );
    create index grant_proposal_comments_proposal on grant_proposal_comments (proposal_id, created_at);
  `.execute(db);
}
