import { type Kysely, sql } from 'kysely';

/**
 * A grant's money (issue 17): the agreement per approved proposal, tranches handed to the team,
 * reimbursement claims 报销 with their receipts and state history, the monthly 报销会 sessions that
 * batch them, and closing 结项. Fen in bigint. Every table carries street_id (Citus) and the
 * organization where a team's reader is scoped by it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table grant_agreements (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      -- One agreement per approved proposal.
      proposal_id uuid not null unique references grant_proposals (id),
      round_id uuid not null references grant_rounds (id),
      title text not null,
      grantor_name text not null,
      team_name text not null,
      approved_fen bigint not null check (approved_fen > 0),
      starts_on date not null,
      ends_on date not null check (ends_on >= starts_on),
      tolerance_percent int not null check (tolerance_percent between 0 and 50),
      -- core's AgreementLine[] and the round's negative list as they were when signed.
      lines jsonb not null,
      negative_list jsonb not null,
      closed_at timestamptz,
      created_by uuid references users (id),
      created_at timestamptz not null
    );
    create index grant_agreements_street on grant_agreements (street_id);
    create index grant_agreements_organization on grant_agreements (organization_id);

    create table grant_tranches (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      agreement_id uuid not null references grant_agreements (id),
      number int not null,
      amount_fen bigint not null check (amount_fen > 0),
      due_on date,
      note text not null,
      paid_on date,
      paid_by uuid references users (id),
      created_by uuid references users (id),
      created_at timestamptz not null,
      unique (agreement_id, number)
    );
    create index grant_tranches_street on grant_tranches (street_id);

    -- 报销会: a street's monthly reimbursement session.
    create table grant_claim_sessions (
      id uuid primary key,
      street_id uuid not null references streets (id),
      held_on date not null,
      title text not null,
      created_by uuid references users (id),
      created_at timestamptz not null
    );
    create index grant_claim_sessions_street on grant_claim_sessions (street_id, held_on);

    create table grant_claims (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      agreement_id uuid not null references grant_agreements (id),
      number int not null,
      line_key text not null,
      amount_fen bigint not null check (amount_fen > 0),
      spent_on date not null,
      description text not null,
      -- Who advanced the money 垫付: personal data, nulled by the person's erasure.
      advanced_by_person_id uuid references people (id),
      advanced_by_name text,
      activity_id uuid references activities (id),
      state text not null check (state in ('submitted', 'changes_requested', 'checked', 'approved', 'paid', 'declined')),
      session_id uuid references grant_claim_sessions (id),
      negative_list_hits jsonb not null,
      submitted_by uuid not null references users (id),
      checked_by uuid references users (id),
      approved_by uuid references users (id),
      paid_by uuid references users (id),
      paid_on date,
      -- How much of the payment came out of tranche money the team held (ledger-rules.ts settleClaim).
      from_held_fen bigint not null default 0 check (from_held_fen >= 0 and from_held_fen <= amount_fen),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (agreement_id, number),
      -- Four eyes, held by the database too: the approver is neither the claimant nor the checker.
      check (approved_by is null or (approved_by <> submitted_by and approved_by <> checked_by)),
      check ((state = 'paid') = (paid_on is not null))
    );
    create index grant_claims_street on grant_claims (street_id);
    create index grant_claims_agreement on grant_claims (agreement_id, state);
    create index grant_claims_person on grant_claims (advanced_by_person_id);

    create table grant_claim_events (
      id uuid primary key,
      street_id uuid not null references streets (id),
      claim_id uuid not null references grant_claims (id),
      state text not null,
      by_user_id uuid not null references users (id),
      note text not null,
      at timestamptz not null
    );
    create index grant_claim_events_claim on grant_claim_events (claim_id, at);
    create index grant_claim_events_street on grant_claim_events (street_id);

    create table grant_claim_receipts (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      claim_id uuid not null references grant_claims (id),
      file_key text not null,
      thumbnail_key text not null,
      content_sha256 text not null,
      uploaded_by uuid references users (id),
      uploaded_at timestamptz not null,
      unique (claim_id, content_sha256)
    );
    create index grant_claim_receipts_street on grant_claim_receipts (street_id);

    create table grant_closings (
      id uuid primary key,
      agreement_id uuid not null unique references grant_agreements (id),
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      closed_on date not null,
      team_words text not null,
      figures jsonb not null,
      closed_by uuid references users (id),
      closed_at timestamptz not null
    );
    create index grant_closings_street on grant_closings (street_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table grant_closings;
    drop table grant_claim_receipts;
    drop table grant_claim_events;
    drop table grant_claims;
    drop table grant_claim_sessions;
    drop table grant_tranches;
    drop table grant_agreements;
  `.execute(db);
}
