import { type Kysely, sql } from 'kysely';

/**
 * The evidence around an activity (issue: activities): staff tracking logs (追踪日志), photos, the
 * video clip and the photos of the paper sheets, and what merging two records of one activity
 * needs. Tracking logs come first because a staff member's photos belong to their log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- What a staff member saw at an activity. Always attached to an activity: either an existing
    -- one, or one the log created that the organization may later complete.
    create table tracking_logs (
      id uuid primary key,
      street_id uuid not null references streets (id),
      activity_id uuid not null references activities (id),
      organization_id uuid not null references organizations (id),
      staff_user_id uuid not null references users (id),
      observed_starts_at timestamptz not null,
      observed_ends_at timestamptz not null,
      place_text text,
      observed text not null,
      process_record text not null default '',
      feelings text,
      cultivation_ideas text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (observed_ends_at >= observed_starts_at)
    );
    create index tracking_logs_activity on tracking_logs (activity_id);
    create index tracking_logs_organization on tracking_logs (organization_id, observed_starts_at);
    create index tracking_logs_staff on tracking_logs (staff_user_id, observed_starts_at);
    create index tracking_logs_street on tracking_logs (street_id);

    -- Photos (display + thumbnail files), one video clip, photos of the paper sign-in sheet and of
    -- the activity record sheet. Files live in the file store under the keys; the same bytes sent
    -- twice to one activity (a retried upload) are one row.
    create table activity_media (
      id uuid primary key,
      street_id uuid not null references streets (id),
      activity_id uuid not null references activities (id),
      kind text not null check (kind in ('photo', 'video', 'sign_in_sheet', 'record_sheet')),
      tracking_log_id uuid references tracking_logs (id),
      uploaded_by uuid references users (id),
      content_hash text not null,
      file_key text not null,
      thumbnail_key text,
      mime_type text not null,
      byte_size integer not null check (byte_size > 0),
      width integer,
      height integer,
      position integer not null default 0,
      caption text,
      created_at timestamptz not null default now(),
      unique (activity_id, content_hash)
    );
    create index activity_media_activity on activity_media (activity_id, kind, position);
    create index activity_media_street on activity_media (street_id);

    -- Merging: the record that lost a merge stays (audit, idempotent retries) but points to the
    -- one that kept everything; lists and figures skip it.
    alter table activities add column merged_into_id uuid references activities (id);
    alter table activities add column merged_at timestamptz;
    alter table activities add column merged_by uuid references users (id);
    alter table activities add column created_by_tracking boolean not null default false;
    alter table activities add check (merged_into_id is null or merged_into_id <> id);
    create index activities_merged_into on activities (merged_into_id) where merged_into_id is not null;

    -- Staff said two suspected duplicates are different activities; they are not suggested again.
    create table activity_distinct_pairs (
      street_id uuid not null references streets (id),
      first_activity_id uuid not null references activities (id),
      second_activity_id uuid not null references activities (id),
      decided_by uuid references users (id),
      decided_at timestamptz not null,
      primary key (first_activity_id, second_activity_id),
      check (first_activity_id < second_activity_id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table activity_distinct_pairs;
    drop index activities_merged_into;
    alter table activities drop column created_by_tracking;
    alter table activities drop column merged_by;
    alter table activities drop column merged_at;
    alter table activities drop column merged_into_id;
    drop table activity_media;
    drop table tracking_logs;
  `.execute(db);
}
