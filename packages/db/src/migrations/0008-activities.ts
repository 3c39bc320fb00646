import { type Kysely, sql } from 'kysely';

/**
 * Activities with evidence (issue: activities), the organization's side: records, who organized
 * them, participants, feedback, planned activities (预告), self sign-ins, and the idempotency keys
 * that keep a retried submit from making a second record. Every large table carries street_id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table planned_activities (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      community_id uuid references communities (id),
      title text not null,
      content text not null default '',
      co_hosts text[] not null default '{}',
      space_id uuid references spaces (id),
      estate_id uuid references estates (id),
      courtyard_id uuid references courtyards (id),
      place_text text,
      beneficiary_groups text[] not null default '{}',
      openness text not null check (openness in ('members_only', 'invited', 'open_to_all')),
      starts_on date not null,
      until_on date check (until_on is null or until_on >= starts_on),
      start_time text not null,
      duration_minutes integer not null check (duration_minutes > 0),
      recurrence jsonb not null,
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    );
    create index planned_activities_organization on planned_activities (organization_id);
    create index planned_activities_community on planned_activities (community_id);
    create index planned_activities_street on planned_activities (street_id);

    create table activities (
      id uuid primary key,
      street_id uuid not null references streets (id),
      community_id uuid references communities (id),
      run_by text not null check (run_by in ('organizations', 'incubator', 'committee')),
      title text not null,
      content text not null default '',
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      co_hosts text[] not null default '{}',
      space_id uuid references spaces (id),
      estate_id uuid references estates (id),
      courtyard_id uuid references courtyards (id),
      place_text text,
      beneficiary_groups text[] not null default '{}',
      openness text not null check (openness in ('members_only', 'invited', 'open_to_all')),
      organizer_count integer not null check (organizer_count >= 0),
      served_count integer not null check (served_count >= 0),
      reflection text,
      is_planned_in_project boolean not null default false,
      -- A plan item of a funded proposal once grants exist; a reference until then.
      plan_item_ref text,
      sign_in_code text not null unique,
      planned_activity_id uuid references planned_activities (id),
      occurrence_on date,
      recorded_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_at >= starts_at),
      check (not is_planned_in_project or plan_item_ref is not null),
      unique (planned_activity_id, occurrence_on)
    );
    create index activities_street_starts on activities (street_id, starts_at);
    create index activities_community on activities (community_id);

    create table activity_organizations (
      activity_id uuid not null references activities (id),
      organization_id uuid not null references organizations (id),
      street_id uuid not null references streets (id),
      position integer not null default 0,
      primary key (activity_id, organization_id)
    );
    create index activity_organizations_organization on activity_organizations (organization_id);

    create table activity_participants (
      id uuid primary key,
      street_id uuid not null references streets (id),
      activity_id uuid not null references activities (id),
      person_id uuid references people (id),
      guest_name text,
      role text not null check (role in ('organizer', 'participant')),
      check ((person_id is null) <> (guest_name is null))
    );
    create index activity_participants_activity on activity_participants (activity_id);
    create index activity_participants_person on activity_participants (person_id);
    create unique index activity_participants_once on activity_participants (activity_id, person_id) where person_id is not null;

    create table activity_feedback (
      id uuid primary key,
      street_id uuid not null references streets (id),
      activity_id uuid not null references activities (id),
      position integer not null,
      text text not null,
      said_by text
    );
    create index activity_feedback_activity on activity_feedback (activity_id);

    -- Self sign-in by residents without an account; a child never gives a phone.
    create table activity_sign_ins (
      id uuid primary key,
      street_id uuid not null references streets (id),
      activity_id uuid not null references activities (id),
      name text not null,
      phone text,
      is_child boolean not null default false,
      guardian_consent boolean not null default false,
      identity_key text not null,
      signed_at timestamptz not null,
      check (not is_child or (phone is null and guardian_consent)),
      unique (activity_id, identity_key)
    );

    -- A submit retried after a lost connection answers the first record (Idempotency-Key).
    create table activity_submissions (
      user_id uuid not null references users (id),
      key text not null,
      street_id uuid not null references streets (id),
      activity_id uuid not null references activities (id),
      request_hash text not null,
      created_at timestamptz not null,
      primary key (user_id, key)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table activity_submissions;
    drop table activity_sign_ins;
    drop table activity_feedback;
    drop table activity_participants;
    drop table activity_organizations;
    drop table activities;
    drop table planned_activities;
  `.execute(db);
}
