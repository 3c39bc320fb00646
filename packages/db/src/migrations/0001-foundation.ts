import { type Kysely, sql } from 'kysely';

/**
 * The foundation schema: places, people, organizations, accounts, sessions, invites, audit.
 * Every large table carries `street_id`, the column it would be distributed by on Citus.
 * Money (later) is bigint fen; instants are timestamptz; calendar dates are date.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table settings (
      key text primary key,
      value jsonb not null
    );

    create table streets (
      id uuid primary key,
      name text not null,
      district text,
      created_at timestamptz not null default now()
    );

    create table communities (
      id uuid primary key,
      street_id uuid not null references streets (id),
      name text not null,
      households integer check (households >= 0),
      resident_population integer check (resident_population >= 0),
      committee_attitude text check (committee_attitude in ('cooperative', 'wait_and_see', 'refusing')),
      created_at timestamptz not null default now()
    );
    create index communities_street on communities (street_id);

    create table estates (
      id uuid primary key,
      street_id uuid not null references streets (id),
      community_id uuid not null references communities (id),
      name text not null,
      estate_type text not null,
      build_year integer,
      households integer check (households >= 0),
      property_company text,
      owners_committee text
    );
    create index estates_community on estates (community_id);

    create table courtyards (
      id uuid primary key,
      street_id uuid not null references streets (id),
      estate_id uuid not null references estates (id),
      name text not null
    );
    create index courtyards_estate on courtyards (estate_id);

    create table people (
      id uuid primary key,
      street_id uuid not null references streets (id),
      community_id uuid references communities (id),
      estate_id uuid references estates (id),
      courtyard_id uuid references courtyards (id),
      name text not null,
      phone text,
      birth_year integer,
      is_activist boolean not null default false,
      created_at timestamptz not null default now()
    );
    create index people_street on people (street_id);
    create index people_community on people (community_id);

    create table organizations (
      id uuid primary key,
      street_id uuid not null references streets (id),
      home_community_id uuid not null references communities (id),
      name text not null,
      organization_type text not null,
      orientation text not null,
      stage text,
      status text not null default 'active' check (status in ('active', 'inactive', 'dissolved')),
      status_reason text,
      founded_on date,
      filing_status text not null default 'none' check (filing_status in ('none', 'filed', 'registered')),
      description text,
      meeting_place text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index organizations_street on organizations (street_id);
    create index organizations_home on organizations (home_community_id);

    -- Communities an organization serves besides its home; may be in another street (a big tree).
    create table organization_service_areas (
      organization_id uuid not null references organizations (id),
      community_id uuid not null references communities (id),
      street_id uuid not null references streets (id),
      since date,
      until date,
      primary key (organization_id, community_id)
    );
    create index service_areas_community on organization_service_areas (community_id);
    create index service_areas_street on organization_service_areas (street_id);

    create table organization_members (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      person_id uuid not null references people (id),
      role text not null,
      joined_on date,
      left_on date
    );
    create unique index organization_members_current on organization_members (organization_id, person_id) where left_on is null;
    create index organization_members_person on organization_members (person_id);

    create table users (
      id uuid primary key,
      username text unique,
      phone text unique,
      display_name text not null,
      password_hash text,
      role text not null,
      scope_kind text not null check (scope_kind in ('deployment', 'street', 'community', 'organization')),
      scope_id uuid,
      person_id uuid references people (id),
      locale text not null default 'zh-CN',
      failed_logins integer not null default 0,
      locked_until timestamptz,
      created_at timestamptz not null default now(),
      check (username is not null or phone is not null),
      check ((scope_kind = 'deployment') = (scope_id is null))
    );

    create table sessions (
      id text primary key,
      user_id uuid not null references users (id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null,
      expires_at timestamptz not null
    );
    create index sessions_user on sessions (user_id);

    create table invites (
      id uuid primary key,
      code_hash text not null unique,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      role text not null,
      display_name text not null,
      person_id uuid references people (id),
      created_by uuid references users (id),
      created_at timestamptz not null,
      expires_at timestamptz not null,
      used_at timestamptz,
      used_by uuid references users (id)
    );

    create table audit_log (
      id uuid primary key default gen_random_uuid(),
      street_id uuid,
      at timestamptz not null,
      actor_user_id uuid,
      action text not null,
      table_name text not null,
      record_id text not null,
      before jsonb,
      after jsonb
    );
    create index audit_log_record on audit_log (table_name, record_id);
    create index audit_log_at on audit_log (at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table audit_log, invites, sessions, users, organization_members, organization_service_areas,
      organizations, people, courtyards, estates, communities, streets, settings;
  `.execute(db);
}
