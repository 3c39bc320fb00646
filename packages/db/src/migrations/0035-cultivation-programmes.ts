import { type Kysely, sql } from 'kysely';

/**
 * Cultivation programmes (issue 18; seed 002): the programmes that move organizations up a stage
 * (民生议题讨论会, 供需协商会, or a site's own) and the organizations taking part, each from the day it
 * joined. Their outputs are computed from activities, never stored. The service-model card 服务模式
 * (organizations) holds an organization's own description of its service and the 梳理 sessions held on
 * it; it exists only once the team's leader chose to start it (seed 002: "前提是组织自愿梳理"), and
 * records who chose and when. None of these rows holds a resident's name, phone or id: the users
 * columns name the accounts that wrote them, as the audit log does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table cultivation_programmes (
      id uuid primary key,
      street_id uuid not null references streets (id),
      name text not null,
      kind text not null check (kind in ('livelihood_forum', 'supply_demand', 'other')),
      kind_name text,
      from_stage text,
      to_stage text,
      starts_on date not null,
      ends_on date,
      description text,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null,
      check (ends_on is null or ends_on >= starts_on),
      check (kind <> 'other' or kind_name is not null)
    );
    create index cultivation_programmes_street on cultivation_programmes (street_id);

    create table cultivation_programme_organizations (
      programme_id uuid not null references cultivation_programmes (id),
      organization_id uuid not null references organizations (id),
      street_id uuid not null references streets (id),
      joined_on date not null,
      added_by uuid references users (id),
      created_at timestamptz not null default now(),
      primary key (programme_id, organization_id)
    );
    create index cultivation_programme_organizations_organization
      on cultivation_programme_organizations (organization_id);

    create table service_model_cards (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null unique references organizations (id),
      what_it_does text,
      main_service text,
      beneficiaries text,
      stakeholders text,
      funding_channels text,
      -- The leader's account that chose; null only for a card recorded before the team had an
      -- account (the demo's, a paper workshop's): the API always records the leader who chose.
      started_by uuid references users (id),
      started_at timestamptz not null,
      updated_by uuid references users (id),
      updated_at timestamptz not null
    );

    create table service_model_sessions (
      id uuid primary key,
      street_id uuid not null references streets (id),
      card_id uuid not null references service_model_cards (id),
      organization_id uuid not null references organizations (id),
      held_on date not null,
      step text not null check (step in ('activity_review', 'model_review')),
      completes_step boolean not null default false,
      notes text,
      coaching_session_id uuid references coaching_sessions (id),
      recorded_by uuid references users (id),
      created_at timestamptz not null default now()
    );
    create index service_model_sessions_card on service_model_sessions (card_id);
    create index service_model_sessions_street on service_model_sessions (street_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table service_model_sessions;
    drop table service_model_cards;
    drop table cultivation_programme_organizations;
    drop table cultivation_programmes;
  `.execute(db);
}
