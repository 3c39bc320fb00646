import { type Kysely, sql } from 'kysely';

/**
 * Proposals to a grant round (issue 17), written by the team and versioned whole: each save is a
 * row of grant_proposal_versions that is never changed, so reviews, comments and the determination
 * can point at the version they read, and a diff between any two is exact. The proposal row holds
 * what lists and scopes need (status, the current version's total, the endorsement, the decision).
 * Plan items get rows of their own because activities link to them (计划内); a plan item dropped in
 * a later version keeps its row (removed_at) so an activity already linked stays linked.
 *
 * Who wrote a version or endorsed it is a user id; the name is read from users when shown, so the
 * erasure of a team account's person reaches it without a copy here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table grant_proposals (
      id uuid primary key,
      street_id uuid not null references streets (id),
      round_id uuid not null references grant_rounds (id),
      organization_id uuid not null references organizations (id),
      community_id uuid not null references communities (id),
      title text not null,
      requested_fen bigint not null check (requested_fen >= 0),
      status text not null check (status in ('draft', 'submitted', 'withdrawn')),
      current_version integer not null check (current_version >= 1),
      submitted_at timestamptz,
      created_by uuid references users (id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      endorsement_status text not null default 'none' check (endorsement_status in ('none', 'endorsed', 'declined')),
      endorsed_by uuid references users (id),
      endorsed_at timestamptz,
      endorsement_note text,
      determination text check (determination in ('approved', 'declined', 'more_information')),
      approved_fen bigint check (approved_fen >= 0),
      determination_reason text,
      determined_by uuid references users (id),
      determined_at timestamptz,
      determined_version integer,
      check ((status = 'draft') = (submitted_at is null) or status = 'withdrawn'),
      check ((endorsement_status = 'none') = (endorsed_at is null)),
      check ((determination is null) = (determined_at is null)),
      check ((determination = 'approved') = (approved_fen is not null))
    );
    create index grant_proposals_round on grant_proposals (round_id, status);
    create index grant_proposals_organization on grant_proposals (organization_id);
    create index grant_proposals_community on grant_proposals (community_id);

    create table grant_proposal_versions (
      id uuid primary key,
      proposal_id uuid not null references grant_proposals (id),
      street_id uuid not null references streets (id),
      number integer not null check (number >= 1),
      content jsonb not null,
      requested_fen bigint not null check (requested_fen >= 0),
      authored_by uuid references users (id),
      created_at timestamptz not null,
      unique (proposal_id, number)
    );

    create table grant_plan_items (
      id uuid primary key,
      proposal_id uuid not null references grant_proposals (id),
      street_id uuid not null references streets (id),
      key text not null,
      title text not null,
      planned_month text,
      position integer not null,
      removed_at timestamptz,
      unique (proposal_id, key)
    );
  `.execute(db);
}
