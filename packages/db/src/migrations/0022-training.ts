import { type Kysely, sql } from 'kysely';

/**
 * Training programmes (issue 17; seeds 000, 002): programme → cohort → applications → sessions →
 * graduation. Applications hold two people (applicant and guarantor) and interview notes: the
 * person's export and erasure reach them (db/src/training/privacy.ts). Attendance and committee
 * posts point at applications, not people, so one row per person is all erasure has to visit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table training_programmes (
      id uuid primary key,
      street_id uuid not null references streets (id),
      name text not null,
      kind text not null check (kind in ('neighbour_school', 'placemaking_course', 'other')),
      description text not null default '',
      organizer text not null default '',
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null
    );
    create index training_programmes_street on training_programmes (street_id);

    create table training_cohorts (
      id uuid primary key,
      street_id uuid not null references streets (id),
      programme_id uuid not null references training_programmes (id),
      community_id uuid references communities (id),
      name text not null,
      starts_on date not null,
      ends_on date,
      place text not null default '',
      capacity integer check (capacity > 0),
      planned_sessions integer not null check (planned_sessions between 1 and 30),
      minimum_sessions_attended integer not null check (minimum_sessions_attended between 0 and planned_sessions),
      commitment_text text not null,
      linked_round_ids uuid[] not null default '{}',
      graduated_on date,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null,
      check (ends_on is null or ends_on >= starts_on)
    );
    create index training_cohorts_programme on training_cohorts (programme_id);
    create index training_cohorts_street on training_cohorts (street_id);

    create table training_applications (
      id uuid primary key,
      street_id uuid not null references streets (id),
      cohort_id uuid not null references training_cohorts (id),
      person_id uuid not null references people (id),
      guarantor_person_id uuid not null references people (id),
      origin text not null check (origin in ('activist', 'community_worker', 'partner_ngo_staff', 'resident')),
      motivation text not null default '',
      status text not null check (status in ('applied', 'interviewed', 'committed', 'accepted', 'declined')),
      interviewed_on date,
      interview_result text check (interview_result in ('pass', 'fail', 'wait')),
      interview_notes text,
      interviewer_user_id uuid references users (id),
      commitment_signed_at timestamptz,
      commitment_text_signed text,
      decision_reason text,
      decided_at timestamptz,
      graduated boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null,
      unique (cohort_id, person_id),
      check (guarantor_person_id <> person_id),
      check (status <> 'declined' or length(decision_reason) > 0),
      check (not graduated or status = 'accepted')
    );
    create index training_applications_person on training_applications (person_id);
    create index training_applications_guarantor on training_applications (guarantor_person_id);

    create table training_sessions (
      id uuid primary key,
      street_id uuid not null references streets (id),
      cohort_id uuid not null references training_cohorts (id),
      number integer not null check (number between 1 and 30),
      held_on date not null,
      topic text not null,
      is_opening_ceremony boolean not null default false,
      -- The activity whose residents' self sign-ins (/s/{code}) are shown beside the roll call.
      activity_id uuid references activities (id),
      created_at timestamptz not null default now(),
      unique (cohort_id, number)
    );

    create table training_attendance (
      id uuid primary key,
      street_id uuid not null references streets (id),
      session_id uuid not null references training_sessions (id),
      application_id uuid not null references training_applications (id),
      recorded_by uuid references users (id),
      unique (session_id, application_id)
    );
    create index training_attendance_application on training_attendance (application_id);

    create table training_committee_posts (
      id uuid primary key,
      street_id uuid not null references streets (id),
      cohort_id uuid not null references training_cohorts (id),
      post text not null,
      application_id uuid not null references training_applications (id),
      unique (cohort_id, post)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table training_committee_posts;
    drop table training_attendance;
    drop table training_sessions;
    drop table training_applications;
    drop table training_cohorts;
    drop table training_programmes;
  `.execute(db);
}
