import { type Kysely, sql } from 'kysely';

/**
 * Four-dimension evaluation 四维评估 (issue 18, seed 002 fig. 3): campaigns with their organizations,
 * forms and weights (a check keeps them at 100), peer assignments 互评, the experts 专家评审 and the
 * score sheets of all four dimensions, and staff's coaching advice per organization (以评促建).
 *
 * No table holds a person: raters are accounts (users) or organizations, so people's export and
 * erasure need nothing from here. A sheet's `rater_ref` is the rating organization for self and
 * peer sheets (the leader and the deputy fill one sheet together) and the account for expert and
 * incubator sheets (each expert, each staff member, one sheet), so one unique index says "one sheet
 * per rater".
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table evaluation_campaigns (
      id uuid primary key,
      street_id uuid not null references streets (id),
      name text not null,
      round_id uuid references grant_rounds (id),
      year integer not null,
      period text not null default '',
      status text not null check (status in ('draft', 'open', 'closed', 'released')),
      forms jsonb not null,
      self_weight integer not null check (self_weight between 0 and 100),
      peer_weight integer not null check (peer_weight between 0 and 100),
      expert_weight integer not null check (expert_weight between 0 and 100),
      incubator_weight integer not null check (incubator_weight between 0 and 100),
      peer_count integer not null check (peer_count between 1 and 10),
      created_by uuid references users (id),
      created_at timestamptz not null,
      released_at timestamptz,
      released_by uuid references users (id),
      constraint evaluation_weights_sum_100 check (self_weight + peer_weight + expert_weight + incubator_weight = 100)
    );
    create index evaluation_campaigns_street on evaluation_campaigns (street_id, year);

    create table evaluation_campaign_organizations (
      id uuid primary key,
      street_id uuid not null references streets (id),
      campaign_id uuid not null references evaluation_campaigns (id),
      organization_id uuid not null references organizations (id),
      advice text not null default '',
      advice_by uuid references users (id),
      advice_at timestamptz,
      unique (campaign_id, organization_id)
    );
    create index evaluation_campaign_organizations_organization on evaluation_campaign_organizations (organization_id);

    create table evaluation_peer_assignments (
      id uuid primary key,
      street_id uuid not null references streets (id),
      campaign_id uuid not null references evaluation_campaigns (id),
      rater_organization_id uuid not null references organizations (id),
      rated_organization_id uuid not null references organizations (id),
      unique (campaign_id, rater_organization_id, rated_organization_id),
      check (rater_organization_id <> rated_organization_id)
    );

    create table evaluation_experts (
      id uuid primary key,
      street_id uuid not null references streets (id),
      campaign_id uuid not null references evaluation_campaigns (id),
      user_id uuid not null references users (id),
      speciality text not null check (speciality in ('management', 'project', 'finance')),
      added_by uuid references users (id),
      created_at timestamptz not null,
      unique (campaign_id, user_id)
    );

    create table evaluation_sheets (
      id uuid primary key,
      street_id uuid not null references streets (id),
      campaign_id uuid not null references evaluation_campaigns (id),
      organization_id uuid not null references organizations (id),
      dimension text not null check (dimension in ('self', 'peer', 'expert', 'incubator')),
      rater_organization_id uuid references organizations (id),
      rater_user_id uuid references users (id),
      rater_ref uuid not null,
      scores jsonb not null,
      comment text not null default '',
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (campaign_id, organization_id, dimension, rater_ref)
    );
    create index evaluation_sheets_campaign on evaluation_sheets (campaign_id, organization_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table evaluation_sheets;
    drop table evaluation_experts;
    drop table evaluation_peer_assignments;
    drop table evaluation_campaign_organizations;
    drop table evaluation_campaigns;
  `.execute(db);
}
