import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CreatedAt, Timestamp } from '../column-types';

/** Tables of the chat trail 群聊轨迹 (issue 19; migration 0038). */

type Day = ColumnType<string, string, string>;

export type ChatPlatform = 'wechat' | 'wecom' | 'telegram' | 'whatsapp' | 'other';
/** 'unknown': a group the registry recorded before the chat trail (0040), its creation way never asked. */
export type ChatCreationWay = 'by_organization' | 'by_staff_on_trust' | 'existing_invited_staff' | 'unknown';
export type ChatGroupLayer = 'general' | 'core' | 'notice' | 'squad' | 'chat' | 'activists';

export interface ChatGroupsTable {
  id: string;
  street_id: string;
  organization_id: string | null;
  name: string;
  platform: ChatPlatform;
  creation_way: ChatCreationWay;
  layer: ChatGroupLayer;
  sub_team_id: string | null;
  staff_in: boolean;
  adoption_step: number | null;
  adoption_step_confirmed_at: Timestamp | null;
  adoption_step_confirmed_by: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  archived_at: Timestamp | null;
  /** 0039: the export's own id of the group, recorded at its first import (see 0039-chat-import.ts) */
  export_ref: ColumnType<string | null, string | null | undefined, string | null>;
  /** 0040: the days the group was set up and closed, as staff recorded them (the registry's, moved in) */
  created_on: ColumnType<string | null, string | null | undefined, string | null>;
  closed_on: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ChatAgreementsTable {
  id: string;
  street_id: string;
  group_id: string;
  agreed_by_person_id: string | null;
  agreed_by_role: 'leader' | 'deputy' | 'members_meeting' | 'other';
  agreed_on: Day;
  scope: 'analysis' | 'analysis_and_text';
  text_retention_days: number | null;
  note: string;
  recorded_by: string | null;
  recorded_at: CreatedAt;
  withdrawn_on: string | null;
  withdrawn_by: string | null;
  withdrawn_at: Timestamp | null;
}

export interface ChatSendersTable {
  id: string;
  street_id: string;
  group_id: string;
  sender_ref: string;
  display_name: string | null;
  pseudonym_number: number;
  person_id: string | null;
  matched_by: string | null;
  matched_at: Timestamp | null;
  is_staff: Generated<boolean>;
  joined_at: Timestamp | null;
  left_at: Timestamp | null;
  created_at: CreatedAt;
  /** 0041: every name an export or member list gave the sender (erased with display_name) */
  other_names: ColumnType<string[], string[] | undefined, string[]>;
}

export interface ChatImportProblemRow {
  line: number;
  code: string;
  detail?: string;
}

export interface ChatImportsTable {
  id: string;
  street_id: string;
  group_id: string;
  file_name: string;
  /** bigint: pg returns it as a string */
  file_bytes: ColumnType<string, number | string, number | string>;
  format: string | null;
  encoding: string | null;
  time_zone: Generated<string>;
  status: 'queued' | 'running' | 'done' | 'failed';
  bytes_read: ColumnType<string, number | string | undefined, number | string>;
  messages_read: Generated<number>;
  messages_added: Generated<number>;
  messages_already: Generated<number>;
  problems: JSONColumnType<ChatImportProblemRow[], string | undefined, string>;
  problem_count: Generated<number>;
  error_code: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  /** 0039 */
  error_line: ColumnType<number | null, number | null | undefined, number | null>;
  options: JSONColumnType<Record<string, unknown>, string | undefined, string>;
}

/** A message is its group and its source_ref (the primary key, migration 0042). */
export interface ChatMessagesTable {
  group_id: string;
  source_ref: string;
  sender_id: string | null;
  sent_at: Timestamp;
  kind: string;
  reply_to_source_ref: string | null;
  quoted_sender_id: string | null;
  mention_sender_ids: ColumnType<string[], string[] | undefined, string[]>;
  topic_words: ColumnType<string[], string[] | undefined, string[]>;
  topic_class: 'public' | 'greeting' | 'article' | 'other' | null;
  text: string | null;
  text_expires_at: Timestamp | null;
  import_id: string | null;
}

export interface ChatTopicWordsTable {
  id: string;
  street_id: string;
  word: string;
  category: 'public' | 'greeting' | 'article';
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ChatTables {
  chat_groups: ChatGroupsTable;
  chat_agreements: ChatAgreementsTable;
  chat_senders: ChatSendersTable;
  chat_imports: ChatImportsTable;
  chat_messages: ChatMessagesTable;
  chat_topic_words: ChatTopicWordsTable;
}

/**
 * In foreign-key order; groups point at organizations, sub-teams, people and users. The registry's
 * member counts of a group (organization_chat_group_counts) point at chat_groups since 0040.
 */
export const chatTablesAfterEvaluation = [
  'chat_groups',
  'organization_chat_group_counts',
  'chat_agreements',
  'chat_senders',
  'chat_imports',
  'chat_messages',
  'chat_topic_words',
] as const;
