import { type Kysely, sql } from 'kysely';

/**
 * Residents and activists: visits, trust stages, consent, guardians, duplicates (issue: people).
 * New tables carry `street_id` (the person's street) like every large table. A child's phone is
 * refused by the store (age depends on "today", which SQL here does not know).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table people
      add column birth_date date,
      add column address_note text,
      add column activist_kind text
        check (activist_kind in ('social', 'economic', 'political', 'outside', 'home_grown')),
      add column volunteer_registered_on date,
      add column volunteer_platform text,
      add column traits jsonb not null default '{}'::jsonb,
      add column found_via text
        check (found_via in ('acquaintance', 'activity', 'grant_application', 'reputation')),
      add column introduced_by uuid references people (id),
      add column interests text,
      add column wishes text,
      add column notes text,
      add column trust_stage text not null default 'stranger'
        check (trust_stage in ('stranger', 'acquainted', 'initial_trust', 'trust')),
      add column erased_at timestamptz,
      add column merged_into uuid references people (id);
    create index people_phone on people (phone) where phone is not null;
    create index people_introduced_by on people (introduced_by) where introduced_by is not null;

    -- 走访: one dated visit by a member of staff (or an assistant) to one person.
    create table person_visits (
      id uuid primary key,
      street_id uuid not null references streets (id),
      person_id uuid not null references people (id),
      visited_on date not null,
      visitor_user_id uuid references users (id),
      visitor_name text not null,
      place text,
      learned text,
      created_at timestamptz not null default now()
    );
    create index person_visits_person on person_visits (person_id, visited_on);
    create index person_visits_street on person_visits (street_id);

    -- Trust stage history: every move, up or down, with its reason.
    create table person_trust_changes (
      id uuid primary key,
      street_id uuid not null references streets (id),
      person_id uuid not null references people (id),
      changed_on date not null,
      from_stage text not null,
      to_stage text not null,
      reason text,
      changed_by uuid references users (id),
      created_at timestamptz not null default now()
    );
    create index person_trust_changes_person on person_trust_changes (person_id, changed_on);
    create index person_trust_changes_street on person_trust_changes (street_id);

    -- Consent: what was agreed, when, withdrawn when; a guardian's for a child under 14.
    create table person_consents (
      id uuid primary key,
      street_id uuid not null references streets (id),
      person_id uuid not null references people (id),
      purpose text not null,
      agreed_on date not null,
      withdrawn_on date,
      guardian_name text,
      guardian_relation text,
      recorded_by uuid references users (id),
      created_at timestamptz not null default now(),
      check (withdrawn_on is null or withdrawn_on >= agreed_on)
    );
    create index person_consents_person on person_consents (person_id);
    create index person_consents_street on person_consents (street_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table person_consents, person_trust_changes, person_visits;
    alter table people
      drop column birth_date, drop column address_note, drop column activist_kind,
      drop column volunteer_registered_on, drop column volunteer_platform, drop column traits,
      drop column found_via, drop column introduced_by, drop column interests, drop column wishes,
      drop column notes, drop column trust_stage, drop column erased_at, drop column merged_into;
  `.execute(db);
}
