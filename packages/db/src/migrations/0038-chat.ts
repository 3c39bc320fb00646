import { type Kysely, sql } from 'kysely';

/**
 * The chat trail 群聊轨迹 (issue 19): an organization's group chats, the organization's agreement to
 * analyse them, the senders seen in their exports, the messages' metadata, imports, and the street's
 * topic dictionary.
 *
 * Privacy by design:
 * - A group is analysed only under an agreement in force (`chat_agreements`, one at a time per group);
 *   its scope says whether message text may be kept and for how many days (`text_expires_at`).
 *   Withdrawing stops analysis and deletes what the agreement no longer covers.
 * - `chat_messages` keeps metadata: the sender (a `chat_senders` row, shown as a per-group pseudonym
 *   成员 A, B… to roles that may not read residents' names), time, kind, reply/quote/mention links, and
 *   what was derived from the text (dictionary words, a topic class). `text` is null unless agreed.
 * - `chat_senders.display_name` is the name as the export wrote it, and `person_id` a match staff
 *   confirmed: both are personal data, exported and erased with the person (db/src/chat/privacy.ts).
 * - A message is unique per group by its `source_ref` (the export's id or core's documented hash), so
 *   importing the same or an overlapping export again adds nothing twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table chat_groups (
      id uuid primary key,
      street_id uuid not null references streets (id),
      -- null: a street-level group, such as the activists' management group 骨干管理群
      organization_id uuid references organizations (id),
      name text not null,
      platform text not null check (platform in ('wechat', 'wecom', 'telegram', 'whatsapp', 'other')),
      -- seed 002's three ways: the organization built it; staff built it on the organization's trust;
      -- an existing group invited staff in
      creation_way text not null
        check (creation_way in ('by_organization', 'by_staff_on_trust', 'existing_invited_staff')),
      layer text not null check (layer in ('general', 'core', 'notice', 'squad', 'chat', 'activists')),
      sub_team_id uuid references organization_sub_teams (id),
      staff_in boolean not null,
      -- seed 002's five adoption steps (1–5), as staff confirmed it; null while unknown
      adoption_step smallint check (adoption_step between 1 and 5),
      adoption_step_confirmed_at timestamptz,
      adoption_step_confirmed_by uuid references users (id),
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      archived_at timestamptz,
      check (layer <> 'squad' or sub_team_id is not null)
    );
    create index chat_groups_organization on chat_groups (organization_id);
    create index chat_groups_street on chat_groups (street_id);

    create table chat_agreements (
      id uuid primary key,
      street_id uuid not null references streets (id),
      group_id uuid not null references chat_groups (id),
      -- who agreed for the organization: a person (the leader, usually), and in what capacity
      agreed_by_person_id uuid references people (id),
      agreed_by_role text not null check (agreed_by_role in ('leader', 'deputy', 'members_meeting', 'other')),
      agreed_on date not null,
      scope text not null check (scope in ('analysis', 'analysis_and_text')),
      text_retention_days integer check (text_retention_days between 1 and 3650),
      note text not null default '',
      recorded_by uuid references users (id),
      recorded_at timestamptz not null default now(),
      withdrawn_on date,
      withdrawn_by uuid references users (id),
      withdrawn_at timestamptz,
      check ((scope = 'analysis_and_text') = (text_retention_days is not null)),
      check (withdrawn_on is null or withdrawn_on >= agreed_on)
    );
    create unique index chat_agreements_in_force on chat_agreements (group_id) where withdrawn_at is null;

    create table chat_senders (
      id uuid primary key,
      street_id uuid not null references streets (id),
      group_id uuid not null references chat_groups (id),
      -- the export's own key for the sender (wxid, WeCom userid, Telegram from_id, or the name); '_ref' since a '_key' column names a stored file
      sender_ref text not null,
      display_name text,
      -- 1 → 成员 A, 2 → 成员 B …, stable per group
      pseudonym_number integer not null check (pseudonym_number >= 1),
      person_id uuid references people (id),
      matched_by uuid references users (id),
      matched_at timestamptz,
      is_staff boolean not null default false,
      -- from a member list or join/leave lines; a roster member who never speaks is still a node
      joined_at timestamptz,
      left_at timestamptz,
      created_at timestamptz not null default now(),
      unique (group_id, sender_ref),
      unique (group_id, pseudonym_number)
    );
    create index chat_senders_person on chat_senders (person_id) where person_id is not null;

    create table chat_imports (
      id uuid primary key,
      street_id uuid not null references streets (id),
      group_id uuid not null references chat_groups (id),
      file_name text not null,
      file_bytes bigint not null check (file_bytes >= 0),
      format text,
      encoding text,
      time_zone text not null default 'Asia/Shanghai',
      status text not null check (status in ('queued', 'running', 'done', 'failed')),
      bytes_read bigint not null default 0,
      messages_read integer not null default 0,
      messages_added integer not null default 0,
      messages_already integer not null default 0,
      -- the first problems with line numbers and codes; problem_count counts them all
      problems jsonb not null default '[]',
      problem_count integer not null default 0,
      error_code text,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      started_at timestamptz,
      finished_at timestamptz
    );
    create index chat_imports_group on chat_imports (group_id, created_at);

    create table chat_messages (
      id bigint generated always as identity primary key,
      group_id uuid not null references chat_groups (id),
      source_ref text not null,
      sender_id uuid references chat_senders (id),
      sent_at timestamptz not null,
      kind text not null,
      -- the quoted message's source key, and its author when the export names only the author
      reply_to_source_ref text,
      quoted_sender_id uuid references chat_senders (id),
      mention_sender_ids uuid[] not null default '{}',
      -- derived from the text at import: the dictionary's words found, and the message's topic class
      topic_words text[] not null default '{}',
      topic_class text check (topic_class in ('public', 'greeting', 'article', 'other')),
      text text,
      text_expires_at timestamptz,
      import_id uuid references chat_imports (id),
      unique (group_id, source_ref),
      check ((text is null) or (text_expires_at is not null))
    );
    create index chat_messages_group_time on chat_messages (group_id, sent_at);
    create index chat_messages_sender on chat_messages (sender_id);
    create index chat_messages_text_expiry on chat_messages (text_expires_at) where text is not null;

    -- the street's dictionary of topic words: public matters (助老, 环境, 议事, 志愿…) against greetings and
    -- shared articles; core's defaults apply until a street edits its own
    create table chat_topic_words (
      id uuid primary key,
      street_id uuid not null references streets (id),
      word text not null,
      category text not null check (category in ('public', 'greeting', 'article')),
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      unique (street_id, word)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table chat_topic_words;
    drop table chat_messages;
    drop table chat_imports;
    drop table chat_senders;
    drop table chat_agreements;
    drop table chat_groups;
  `.execute(db);
}
