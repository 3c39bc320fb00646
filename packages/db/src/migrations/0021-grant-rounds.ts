import { type Kysely, sql } from 'kysely';

/**
 * Micro-grant rounds (微公益创投 轮次, issue 17): the deployment's funding directions, each round's
 * rules, targets and dated pipeline, and the objections residents raise during its 公示.
 *
 * A round's steps, rubric, eligibility rules and negative list are jsonb, validated by core's
 * schema on the way in and read back whole: they are written and shown together with the round,
 * a rubric must sum to 100 and the steps must be in order as a whole (a row per item could not
 * hold either), no query reaches one step across rounds, and later sections (reviews) point at a
 * criterion by its key inside the round. What rows elsewhere point at — directions, communities,
 * estates — are child tables with foreign keys, so scope and integrity stay in SQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Deployment-wide, like stage models: no street. Archived rather than deleted, since rounds point
    -- at them. Empty after migrating (a restore needs empty tables): core's defaults are written by
    -- the first write that needs them (db/src/grants/directions.ts), as the stage model's setting.
    create table grant_directions (
      id uuid primary key,
      name text not null,
      position integer not null,
      archived_at timestamptz,
      created_at timestamptz not null default now()
    );
    create unique index grant_directions_name on grant_directions (name);

    create table grant_rounds (
      id uuid primary key,
      street_id uuid not null references streets (id),
      -- The public page /r/{code}: 8 characters of core's readable alphabet, like sign-in codes.
      code text not null unique,
      name text not null,
      description text not null default '',
      funders jsonb not null,
      starts_on date not null,
      ends_on date not null,
      total_budget_fen bigint not null check (total_budget_fen >= 0),
      per_proposal_cap_fen bigint not null check (per_proposal_cap_fen >= 0),
      matching_note text not null default '',
      project_months_min integer not null check (project_months_min >= 1),
      project_months_max integer not null,
      eligibility jsonb not null,
      rubric jsonb not null,
      steps jsonb not null,
      negative_list jsonb not null,
      status text not null check (status in ('draft', 'published')),
      published_at timestamptz,
      created_by uuid references users (id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (ends_on >= starts_on),
      check (per_proposal_cap_fen <= total_budget_fen),
      check (project_months_max >= project_months_min),
      check ((status = 'published') = (published_at is not null))
    );
    create index grant_rounds_street on grant_rounds (street_id, starts_on);

    create table grant_round_directions (
      round_id uuid not null references grant_rounds (id),
      direction_id uuid not null references grant_directions (id),
      street_id uuid not null references streets (id),
      position integer not null,
      primary key (round_id, direction_id)
    );

    create table grant_round_communities (
      round_id uuid not null references grant_rounds (id),
      community_id uuid not null references communities (id),
      street_id uuid not null references streets (id),
      primary key (round_id, community_id)
    );
    create index grant_round_communities_community on grant_round_communities (community_id);

    create table grant_round_estates (
      round_id uuid not null references grant_rounds (id),
      estate_id uuid not null references estates (id),
      street_id uuid not null references streets (id),
      primary key (round_id, estate_id)
    );

    -- 异议 raised on the public page during 公示. Name and phone are optional and given with
    -- consent; they are personal data (erased and exported with the person, shown to staff only).
    create table grant_round_objections (
      id uuid primary key,
      street_id uuid not null references streets (id),
      round_id uuid not null references grant_rounds (id),
      text text not null,
      name text,
      phone text,
      consent boolean not null,
      raised_at timestamptz not null,
      answer text,
      answered_by uuid references users (id),
      answered_by_name text,
      answered_at timestamptz,
      check (consent or (name is null and phone is null)),
      check ((answer is null) = (answered_at is null))
    );
    create index grant_round_objections_round on grant_round_objections (round_id, raised_at);
    create index grant_round_objections_phone on grant_round_objections (phone) where phone is not null;
  `.execute(db);
}
