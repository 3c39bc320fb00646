import { type Kysely, sql } from 'kysely';

/**
 * Coaching sessions (辅导) and cultivation plans (issue: activities, the staff side). A session is
 * staff time spent building organizations' capacity: one organization (open-day one-to-one) or
 * twenty (a training course), run by one or more staff members, with the people present. A plan is
 * per organization (seed 003, individualised support) and is reviewed at sessions; every review is
 * kept (plan_reviews) so the plan's timeline shows. Every large table carries street_id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table coaching_sessions (
      id uuid primary key,
      street_id uuid not null references streets (id),
      kind text not null check (kind in (
        'training_course', 'workshop', 'open_day', 'online_qa', 'reimbursement', 'life_meeting', 'showcase'
      )),
      held_on date not null,
      start_time text check (start_time is null or start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      duration_minutes integer not null check (duration_minutes > 0 and duration_minutes <= 1440),
      is_online boolean not null default false,
      topic text not null,
      capabilities text[] not null default '{}',
      other_count integer not null default 0 check (other_count >= 0),
      outcome_notes text,
      recorded_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index coaching_sessions_street_held on coaching_sessions (street_id, held_on);

    create table coaching_session_organizations (
      session_id uuid not null references coaching_sessions (id),
      organization_id uuid not null references organizations (id),
      street_id uuid not null references streets (id),
      primary key (session_id, organization_id)
    );
    create index coaching_session_organizations_organization on coaching_session_organizations (organization_id);

    create table coaching_session_staff (
      session_id uuid not null references coaching_sessions (id),
      user_id uuid not null references users (id),
      street_id uuid not null references streets (id),
      primary key (session_id, user_id)
    );
    create index coaching_session_staff_user on coaching_session_staff (user_id);

    create table coaching_session_people (
      session_id uuid not null references coaching_sessions (id),
      person_id uuid not null references people (id),
      street_id uuid not null references streets (id),
      primary key (session_id, person_id)
    );
    create index coaching_session_people_person on coaching_session_people (person_id);

    create table cultivation_plans (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null unique references organizations (id),
      goal text not null,
      support_kinds text[] not null default '{}',
      next_step text,
      next_step_on date,
      status text not null default 'active' check (status in ('active', 'paused', 'completed')),
      created_by uuid references users (id),
      updated_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    -- The plan's history: what changed at each review and the next step then agreed.
    create table plan_reviews (
      id uuid primary key,
      street_id uuid not null references streets (id),
      plan_id uuid not null references cultivation_plans (id),
      organization_id uuid not null references organizations (id),
      coaching_session_id uuid references coaching_sessions (id),
      reviewed_on date not null,
      what_changed text not null,
      next_step text,
      next_step_on date,
      status text check (status is null or status in ('active', 'paused', 'completed')),
      reviewed_by uuid references users (id),
      created_at timestamptz not null default now(),
      unique (plan_id, coaching_session_id)
    );
    create index plan_reviews_plan on plan_reviews (plan_id, reviewed_on);
    create index plan_reviews_session on plan_reviews (coaching_session_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table plan_reviews;
    drop table cultivation_plans;
    drop table coaching_session_people;
    drop table coaching_session_staff;
    drop table coaching_session_organizations;
    drop table coaching_sessions;
  `.execute(db);
}
