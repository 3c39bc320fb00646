import { type Kysely, sql } from 'kysely';

/**
 * The community survey (seed 003 §1–§5, seed 002 资源调查): the community profile (population
 * structure, history with sources), stakeholders with a dated attitude history and an engagement
 * log, the needs register fed by a short baseline questionnaire, spaces, resources 人文地产景 with
 * their dated uses, and the community's own site-plan picture with resource pins.
 * Every new table carries `street_id` (the Citus distribution column); dates are `date`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table communities
      add column local_population integer check (local_population >= 0),
      add column migrant_population integer check (migrant_population >= 0),
      add column children_population integer check (children_population >= 0),
      add column working_age_population integer check (working_age_population >= 0),
      add column elderly_population integer check (elderly_population >= 0),
      add column profile_notes text,
      add column site_plan_key text,
      add column site_plan_type text check (site_plan_type in ('png', 'jpg', 'webp')),
      add column site_plan_uploaded_at timestamptz;

    alter table estates
      add column owners_committee_status text check (owners_committee_status in ('active', 'stalled', 'none')),
      add column notes text;

    create table community_events (
      id uuid primary key,
      street_id uuid not null references streets (id),
      community_id uuid not null references communities (id),
      happened_on date not null,
      title text not null,
      description text,
      source text not null check (source in ('documents', 'visit', 'observation')),
      created_at timestamptz not null default now()
    );
    create index community_events_community on community_events (community_id, happened_on);

    create table stakeholders (
      id uuid primary key,
      street_id uuid not null references streets (id),
      community_id uuid not null references communities (id),
      kind text not null check (kind in ('residents_committee', 'property_company', 'owners_committee',
        'existing_group', 'business', 'school', 'other')),
      name text not null,
      estate_id uuid references estates (id),
      organization_id uuid references organizations (id),
      contact_name text,
      contact_phone text,
      relationship_notes text,
      created_at timestamptz not null default now()
    );
    create index stakeholders_community on stakeholders (community_id);

    create table stakeholder_attitudes (
      id uuid primary key,
      street_id uuid not null references streets (id),
      stakeholder_id uuid not null references stakeholders (id),
      attitude text not null check (attitude in ('cooperative', 'wait_and_see', 'refusing')),
      observed_on date not null,
      note text,
      recorded_by uuid references users (id)
    );
    create index stakeholder_attitudes_stakeholder on stakeholder_attitudes (stakeholder_id, observed_on);

    create table stakeholder_engagements (
      id uuid primary key,
      street_id uuid not null references streets (id),
      stakeholder_id uuid not null references stakeholders (id),
      happened_on date not null,
      kind text not null check (kind in ('formal_visit', 'shared_materials', 'joint_activity', 'other')),
      participation_level text not null check (participation_level in ('none', 'informed', 'lends_things',
        'promotes', 'co_organizes', 'hosts_parts')),
      summary text not null,
      made_by text not null,
      recorded_by uuid references users (id)
    );
    create index stakeholder_engagements_stakeholder on stakeholder_engagements (stakeholder_id, happened_on);

    create table needs (
      id uuid primary key,
      street_id uuid not null references streets (id),
      community_id uuid not null references communities (id),
      estate_id uuid references estates (id),
      courtyard_id uuid references courtyards (id),
      category text check (category in ('elderly_care', 'childcare', 'culture_sports', 'environment', 'safety',
        'neighbour_help', 'other')),
      description text,
      raised_by text,
      raised_by_person_id uuid references people (id),
      source text not null check (source in ('questionnaire', 'visit', 'committee_data', 'professional_judgement')),
      reality text not null check (reality in ('surface', 'imagined', 'confirmed')),
      provider text check (provider in ('market', 'government', 'community_groups')),
      status text not null check (status in ('open', 'in_progress', 'met', 'dropped')),
      recorded_on date not null,
      mentions integer not null default 1 check (mentions >= 1),
      check (description is not null or category is not null)
    );
    create index needs_community on needs (community_id);

    create table need_organizations (
      need_id uuid not null references needs (id),
      organization_id uuid not null references organizations (id),
      street_id uuid not null references streets (id),
      primary key (need_id, organization_id)
    );

    create table survey_responses (
      id uuid primary key,
      street_id uuid not null references streets (id),
      community_id uuid not null references communities (id),
      wave integer not null check (wave >= 0),
      answered_on date not null,
      estate_id uuid references estates (id),
      respondent_person_id uuid references people (id),
      answers jsonb not null,
      need_id uuid references needs (id),
      recorded_by uuid references users (id)
    );
    create index survey_responses_community on survey_responses (community_id, wave);

    create table spaces (
      id uuid primary key,
      street_id uuid not null references streets (id),
      community_id uuid not null references communities (id),
      estate_id uuid references estates (id),
      courtyard_id uuid references courtyards (id),
      name text not null,
      owner text not null check (owner in ('all_owners', 'property_company', 'developer_promise',
        'residents_committee', 'other')),
      capacity integer check (capacity >= 0),
      opening_rules text,
      manager text,
      usage_frequency text check (usage_frequency in ('daily', 'weekly', 'monthly', 'rarely', 'unused')),
      notes text
    );
    create index spaces_community on spaces (community_id);

    create table resources (
      id uuid primary key,
      street_id uuid not null references streets (id),
      community_id uuid not null references communities (id),
      estate_id uuid references estates (id),
      courtyard_id uuid references courtyards (id),
      name text not null,
      category text not null check (category in ('people', 'culture', 'place', 'production', 'landscape',
        'money', 'material', 'skills')),
      description text,
      found_on date not null,
      found_by text not null,
      found_how text,
      persistence text not null check (persistence in ('one_off', 'sustained')),
      space_id uuid references spaces (id),
      person_id uuid references people (id),
      organization_id uuid references organizations (id),
      pin_x double precision check (pin_x >= 0 and pin_x <= 1),
      pin_y double precision check (pin_y >= 0 and pin_y <= 1),
      check ((pin_x is null) = (pin_y is null))
    );
    create index resources_community on resources (community_id, found_on);

    create table resource_uses (
      id uuid primary key,
      street_id uuid not null references streets (id),
      resource_id uuid not null references resources (id),
      used_on date not null,
      note text,
      organization_id uuid references organizations (id)
    );
    create index resource_uses_resource on resource_uses (resource_id, used_on);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table resource_uses, resources, spaces, survey_responses, need_organizations, needs,
      stakeholder_engagements, stakeholder_attitudes, stakeholders, community_events;
    alter table estates drop column owners_committee_status, drop column notes;
    alter table communities drop column local_population, drop column migrant_population,
      drop column children_population, drop column working_age_population, drop column elderly_population,
      drop column profile_notes, drop column site_plan_key, drop column site_plan_type,
      drop column site_plan_uploaded_at;
  `.execute(db);
}
