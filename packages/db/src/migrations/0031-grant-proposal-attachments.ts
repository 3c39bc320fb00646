import { type Kysely, sql } from 'kysely';

/**
 * A proposal's attachments 附件 (issue 17): photos and PDFs the team adds beside its words, stored as
 * files through the file store (the key names the file; file-references.ts lists the column). The
 * team adds and removes them while it may still change the proposal; a removal deletes the row (the
 * audit log keeps it) and then the file.
 *
 * People erasure and export need nothing from this table: it holds no person's id. `uploaded_by` is
 * an account of the team (users), as a comment's author is; the original name is the phone's file
 * name, shown only to the proposal's readers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table grant_proposal_attachments (
      id uuid primary key,
      street_id uuid not null references streets (id),
      proposal_id uuid not null references grant_proposals (id),
      file_key text not null,
      original_name text not null,
      kind text not null check (kind in ('pdf', 'jpg', 'png', 'webp')),
      size_bytes integer not null check (size_bytes >= 0),
      uploaded_by uuid references users (id),
      uploaded_at timestamptz not null
    );
    create index grant_proposal_attachments_proposal on grant_proposal_attachments (proposal_id, uploaded_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table grant_proposal_attachments`.execute(db);
}
