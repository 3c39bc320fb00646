import { type Kysely, sql } from 'kysely';

/**
 * The organization registry: dated history of orientation, filing and status; sub-teams 分队 and
 * their members; chat groups with member counts over time; relations between organizations;
 * baseline interviews; growth-stage assessments; the case outcome table 成效反馈表.
 * Every table carries `street_id` (the organization's street, the distribution column).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table organizations add column dissolved_on date;

    -- One dated change of orientation, filing or status, with its reason and document reference.
    create table organization_changes (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      field text not null check (field in ('orientation', 'filing_status', 'status')),
      value text not null,
      changed_on date not null,
      reason text,
      document_ref text,
      recorded_by uuid references users (id),
      recorded_at timestamptz not null
    );
    create index organization_changes_organization on organization_changes (organization_id, changed_on);

    create table organization_sub_teams (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      name text not null,
      formed_on date,
      ended_on date
    );
    create index organization_sub_teams_organization on organization_sub_teams (organization_id);

    create table organization_sub_team_members (
      id uuid primary key,
      street_id uuid not null references streets (id),
      sub_team_id uuid not null references organization_sub_teams (id),
      person_id uuid not null references people (id),
      role text not null check (role in ('leader', 'member')),
      joined_on date,
      left_on date
    );
    create unique index organization_sub_team_members_current
      on organization_sub_team_members (sub_team_id, person_id) where left_on is null;

    create table organization_chat_groups (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      sub_team_id uuid references organization_sub_teams (id),
      name text not null,
      layer text not null check (layer in ('main', 'core', 'notice', 'sub_team', 'chat')),
      created_on date,
      closed_on date
    );
    create index organization_chat_groups_organization on organization_chat_groups (organization_id);

    -- Member count of a chat group on a date: the groups split and grow as the organization does.
    create table organization_chat_group_counts (
      id uuid primary key,
      street_id uuid not null references streets (id),
      chat_group_id uuid not null references organization_chat_groups (id),
      counted_on date not null,
      member_count integer not null check (member_count >= 0),
      unique (chat_group_id, counted_on)
    );

    create table organization_relations (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      related_organization_id uuid not null references organizations (id),
      kind text not null check (kind in ('spun_off_from', 'incubated_by', 'partner', 'federation_member')),
      since date,
      until date,
      note text,
      check (organization_id <> related_organization_id)
    );
    create index organization_relations_organization on organization_relations (organization_id);
    create index organization_relations_related on organization_relations (related_organization_id);

    create table organization_interviews (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      interviewed_on date not null,
      interviewer text not null,
      origin text,
      development text,
      activities text,
      difficulties text,
      hopes text,
      notes text,
      recorded_by uuid references users (id),
      recorded_at timestamptz not null
    );
    create index organization_interviews_organization on organization_interviews (organization_id);

    -- criteria: jsonb array of {criterionId, met, evidence}; evidence: jsonb array of links/notes.
    create table stage_assessments (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      assessed_on date not null,
      assessor_user_id uuid references users (id),
      assessor_name text not null,
      stage_model text not null,
      stage text not null,
      criteria jsonb not null,
      evidence jsonb not null,
      advice text,
      recorded_at timestamptz not null
    );
    create index stage_assessments_organization on stage_assessments (organization_id, assessed_on);

    create table case_outcomes (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid references organizations (id),
      person_id uuid references people (id),
      recorded_on date not null,
      difficulty text not null,
      staff_action text not null,
      change text not null,
      background text,
      recorded_by uuid references users (id),
      recorded_at timestamptz not null,
      check (organization_id is not null or person_id is not null)
    );
    create index case_outcomes_street on case_outcomes (street_id, recorded_on);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table case_outcomes, stage_assessments, organization_interviews, organization_relations,
      organization_chat_group_counts, organization_chat_groups, organization_sub_team_members,
      organization_sub_teams, organization_changes;
    alter table organizations drop column dissolved_on;
  `.execute(db);
}
