import { type Kysely, sql } from 'kysely';

/**
 * Volunteer service hours (志愿服务时长) and numbered certificates (志愿服务证明), kept as
 * 民政部令第67号《志愿服务记录与证明出具办法》 expects: true, accurate, complete, timely records;
 * proven hours (sign-in/sign-out, staff observation) apart from hours entered afterwards (who, why,
 * and a staff confirmation); corrections as new versions, never silent edits; certificates issued
 * by the organization that recorded the hours, numbered without gaps or duplicates.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- A volunteer's own sign-in and sign-out on the public page /v/{code}: the raw evidence.
    -- Instants are the server's clock. Adults only, so a phone is always given (it is the identity
    -- at this activity and what matches a person record); it is null only after an erasure.
    create table volunteer_attendances (
      id uuid primary key,
      street_id uuid not null references streets (id),
      activity_id uuid not null references activities (id),
      name text not null,
      phone text,
      consent boolean not null check (consent),
      person_id uuid references people (id),
      signed_in_at timestamptz not null,
      signed_out_at timestamptz,
      check (signed_out_at is null or signed_out_at >= signed_in_at),
      unique (activity_id, phone)
    );
    create index volunteer_attendances_street on volunteer_attendances (street_id);

    -- One version of one person's service at one activity, recorded by one organization.
    -- A correction supersedes a version with a new one (superseded_by); only current versions count.
    create table volunteer_hours (
      id uuid primary key,
      street_id uuid not null references streets (id),
      activity_id uuid not null references activities (id),
      organization_id uuid not null references organizations (id),
      -- Null only for a sign-in/sign-out not yet linked to a person record.
      person_id uuid references people (id),
      volunteer_name text not null,
      service_role text not null default '',
      minutes integer not null check (minutes >= 0 and minutes <= 1440),
      basis text not null check (basis in ('sign_in_out', 'staff_observed', 'entered_afterwards')),
      attendance_id uuid references volunteer_attendances (id),
      reason text,
      entered_by uuid references users (id),
      entered_at timestamptz not null,
      confirmed_by uuid references users (id),
      confirmed_at timestamptz,
      -- Deferred: a correction and the version it replaces point at each other; a restore may load
      -- them in any order inside its one transaction.
      supersedes_id uuid references volunteer_hours (id) deferrable initially deferred,
      superseded_by uuid references volunteer_hours (id) deferrable initially deferred,
      superseded_at timestamptz,
      check (basis <> 'entered_afterwards' or (reason is not null and length(reason) > 0)),
      check (basis <> 'sign_in_out' or attendance_id is not null),
      check ((confirmed_by is null) = (confirmed_at is null))
    );
    create index volunteer_hours_activity on volunteer_hours (activity_id);
    create index volunteer_hours_person on volunteer_hours (person_id);
    create index volunteer_hours_organization on volunteer_hours (organization_id, entered_at);
    create index volunteer_hours_street on volunteer_hours (street_id);
    -- One current record per person, activity and recorder.
    create unique index volunteer_hours_current on volunteer_hours (activity_id, organization_id, person_id)
      where superseded_by is null and person_id is not null;
    create unique index volunteer_hours_attendance on volunteer_hours (attendance_id)
      where superseded_by is null and attendance_id is not null;

    -- The last certificate number used per organization and year: allocated in the issuing
    -- transaction (a row lock), so a failed issue leaves no gap and two at once never share one.
    create table volunteer_certificate_counters (
      organization_id uuid not null references organizations (id),
      year integer not null,
      street_id uuid not null references streets (id),
      last_seq integer not null check (last_seq > 0),
      primary key (organization_id, year)
    );

    create table volunteer_certificates (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      person_id uuid not null references people (id),
      number text not null unique,
      year integer not null,
      seq integer not null check (seq > 0),
      period_from date,
      period_to date,
      total_minutes integer not null check (total_minutes >= 0),
      -- Exactly what was certified (the PDF's input), so a reprint is the same document.
      snapshot jsonb not null,
      issued_on date not null,
      issued_by uuid references users (id),
      issued_at timestamptz not null,
      unique (organization_id, year, seq)
    );
    create index volunteer_certificates_person on volunteer_certificates (person_id);
    create index volunteer_certificates_street on volunteer_certificates (street_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table volunteer_certificates;
    drop table volunteer_certificate_counters;
    drop table volunteer_hours;
    drop table volunteer_attendances;
  `.execute(db);
}
