import { type Kysely, sql } from 'kysely';

/**
 * Disputes and allocation rules (issue 18; seeds 000, 003 §6): a space's published opening hours,
 * its bookings (requested → confirmed, declined, cancelled), disputes with their parties and
 * meetings, and honours with their published rules and awards.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- One row per space: the week's intervals as JSON ([{weekday, opens, closes}], checked by core).
    create table space_opening_hours (
      id uuid primary key,
      street_id uuid not null references streets (id),
      community_id uuid not null references communities (id),
      space_id uuid not null unique references spaces (id),
      intervals jsonb not null,
      note text,
      updated_by uuid references users (id),
      updated_at timestamptz not null
    );
    create index space_opening_hours_community on space_opening_hours (community_id);

    -- A booking for a team or for a named group (居委会…), one occurrence a row; a weekly repeat's
    -- occurrences share series_id. Overlap among confirmed bookings is refused by the store under
    -- a lock on the space row (the check and the insert in one transaction).
    create table space_bookings (
      id uuid primary key,
      street_id uuid not null references streets (id),
      community_id uuid not null references communities (id),
      space_id uuid not null references spaces (id),
      organization_id uuid references organizations (id),
      group_name text,
      purpose text not null,
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      series_id uuid,
      status text not null check (status in ('requested', 'confirmed', 'declined', 'cancelled')),
      decline_reason text,
      requested_by uuid references users (id),
      requested_at timestamptz not null,
      decided_by uuid references users (id),
      decided_at timestamptz,
      check (starts_at < ends_at),
      check ((organization_id is null) <> (group_name is null)),
      check ((status = 'declined') = (decline_reason is not null))
    );
    create index space_bookings_space_time on space_bookings (space_id, starts_at);
    create index space_bookings_organization on space_bookings (organization_id);
    create index space_bookings_street on space_bookings (street_id);

    create table disputes (
      id uuid primary key,
      street_id uuid not null references streets (id),
      community_id uuid not null references communities (id),
      title text not null,
      contested text not null check (contested in ('space', 'money', 'honours', 'other')),
      space_id uuid references spaces (id),
      description text,
      rule_applied text,
      outcome text,
      status text not null check (status in ('open', 'resolved')),
      opened_on date not null,
      resolved_on date,
      created_by uuid references users (id),
      created_at timestamptz not null,
      check ((status = 'resolved') = (resolved_on is not null and outcome is not null and rule_applied is not null))
    );
    create index disputes_community on disputes (community_id);

    -- Parties are teams or the survey's stakeholders (居委会, 物业…), never a resident by name.
    create table dispute_parties (
      id uuid primary key,
      street_id uuid not null references streets (id),
      dispute_id uuid not null references disputes (id),
      organization_id uuid references organizations (id),
      stakeholder_id uuid references stakeholders (id),
      check ((organization_id is null) <> (stakeholder_id is null)),
      unique (dispute_id, organization_id),
      unique (dispute_id, stakeholder_id)
    );

    create table dispute_meetings (
      id uuid primary key,
      street_id uuid not null references streets (id),
      dispute_id uuid not null references disputes (id),
      held_on date not null,
      title text not null,
      notes text,
      recorded_by uuid references users (id),
      recorded_at timestamptz not null
    );
    create index dispute_meetings_dispute on dispute_meetings (dispute_id, held_on);

    create table honour_types (
      id uuid primary key,
      street_id uuid not null references streets (id),
      community_id uuid not null references communities (id),
      name text not null,
      recognises text not null check (recognises in ('participation', 'public_service', 'neighbour_help',
        'performance', 'other')),
      earned_by text not null,
      decided_by text not null,
      created_by uuid references users (id),
      created_at timestamptz not null,
      unique (community_id, name)
    );

    -- To a team or a person. The reason may describe the person: their erasure clears it (null).
    create table honour_awards (
      id uuid primary key,
      street_id uuid not null references streets (id),
      honour_type_id uuid not null references honour_types (id),
      organization_id uuid references organizations (id),
      person_id uuid references people (id),
      awarded_on date not null,
      reason text,
      awarded_by uuid references users (id),
      awarded_at timestamptz not null,
      check ((organization_id is null) <> (person_id is null))
    );
    create index honour_awards_type on honour_awards (honour_type_id, awarded_on);
    create index honour_awards_person on honour_awards (person_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table honour_awards;
    drop table honour_types;
    drop table dispute_meetings;
    drop table dispute_parties;
    drop table disputes;
    drop table space_bookings;
    drop table space_opening_hours;
  `.execute(db);
}
