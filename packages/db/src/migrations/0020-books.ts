import { type Kysely, sql } from 'kysely';

/**
 * A team's own cash book 账本 (issue 17; seed 000 财务公开, 交接): entries in integer fen (bigint),
 * corrections as reversing entries (never a delete or an edit), receipt photos, and the treasurer
 * handovers both sides confirm.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table cash_entries (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      direction text not null check (direction in ('income', 'expense')),
      source text,
      category text,
      -- Positive for an entry; a reversal carries the negated amount of the entry it cancels.
      amount_fen bigint not null check (amount_fen <> 0 and abs(amount_fen) <= 100000000),
      occurred_on date not null,
      note text,
      reverses_id uuid unique references cash_entries (id),
      reversal_reason text,
      -- Reserved for money another capability posts itself (a grant's payment, kind 'grant_payment'):
      -- unique where set, so the same payment appears in the book once, never by hand a second time.
      source_ref_kind text,
      source_ref_id uuid,
      recorded_by uuid references users (id),
      recorded_at timestamptz not null,
      check ((direction = 'income') = (source is not null)),
      check ((direction = 'expense') = (category is not null)),
      check ((reverses_id is null) = (amount_fen > 0)),
      check ((reverses_id is null) = (reversal_reason is null)),
      check ((source_ref_kind is null) = (source_ref_id is null))
    );
    create index cash_entries_book on cash_entries (organization_id, occurred_on, recorded_at);
    create index cash_entries_street on cash_entries (street_id);
    create unique index cash_entries_source_ref on cash_entries (source_ref_kind, source_ref_id)
      where source_ref_id is not null;

    -- Receipt photos (two renditions through the photo pipeline, as activity photos).
    create table cash_entry_receipts (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      entry_id uuid not null references cash_entries (id),
      file_key text not null,
      thumbnail_key text not null,
      content_sha256 text not null,
      uploaded_by uuid references users (id),
      uploaded_at timestamptz not null,
      unique (entry_id, content_sha256)
    );
    create index cash_entry_receipts_street on cash_entry_receipts (street_id);

    -- 交接: the outgoing treasurer (null when the team had none) and the incoming member each confirm
    -- the balance the server computed; complete when both have. One open handover per team.
    create table treasurer_handovers (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      from_person_id uuid references people (id),
      to_person_id uuid not null references people (id),
      balance_fen bigint not null check (balance_fen >= 0),
      started_by uuid references users (id),
      started_at timestamptz not null,
      from_confirmed_by uuid references users (id),
      from_confirmed_at timestamptz,
      to_confirmed_by uuid references users (id),
      to_confirmed_at timestamptz,
      completed_at timestamptz,
      cancelled_at timestamptz,
      check (completed_at is null or (to_confirmed_at is not null and (from_person_id is null or from_confirmed_at is not null))),
      check (completed_at is null or cancelled_at is null)
    );
    create index treasurer_handovers_street on treasurer_handovers (street_id);
    create index treasurer_handovers_from on treasurer_handovers (from_person_id);
    create index treasurer_handovers_to on treasurer_handovers (to_person_id);
    create unique index treasurer_handovers_open on treasurer_handovers (organization_id)
      where completed_at is null and cancelled_at is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table treasurer_handovers;
    drop table cash_entry_receipts;
    drop table cash_entries;
  `.execute(db);
}
