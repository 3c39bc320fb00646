import { type Kysely, sql } from 'kysely';

/**
 * Publicity drafts 活动信息稿 (issue: activities): one per activity, prefilled from the record and
 * edited by the leader; once published it has a public share page under its own short code (not
 * the sign-in code) and appears in the feed across organizations. The draft keeps its own copy of
 * the prose (title, lead, paragraphs, reflection, quotes) so the leader edits it freely; the facts
 * (date, place, head count, organizations) are read from the activity when shown. Names of people
 * are never copied: only the ids of participants / sign-ins the leader ticked, resolved when shown
 * (a child is never shown, whatever was ticked).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table publicity_drafts (
      id uuid primary key,
      street_id uuid not null references streets (id),
      activity_id uuid not null unique references activities (id),
      -- The community of the activity (what's on in a community shows its recent drafts).
      community_id uuid references communities (id),
      code text not null unique,
      title text not null,
      lead text not null default '',
      paragraphs text[] not null default '{}',
      reflection text,
      -- [{text, saidBy, included, showSaidBy}]
      quotes jsonb not null default '[]',
      photo_ids uuid[] not null default '{}',
      cover_photo_id uuid,
      named_participant_ids uuid[] not null default '{}',
      named_sign_in_ids uuid[] not null default '{}',
      status text not null default 'draft' check (status in ('draft', 'published')),
      published_at timestamptz,
      published_by uuid references users (id),
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (status = 'draft' or published_at is not null)
    );
    create index publicity_drafts_feed on publicity_drafts (street_id, published_at desc, id desc)
      where status = 'published';
    create index publicity_drafts_community on publicity_drafts (community_id, published_at desc)
      where status = 'published';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table publicity_drafts;`.execute(db);
}
