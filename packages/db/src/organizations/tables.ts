import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../column-types';

export interface OrganizationsTable {
  id: string;
  street_id: string;
  home_community_id: string;
  name: string;
  organization_type: string;
  orientation: string;
  stage: string | null;
  status: Generated<string>;
  status_reason: string | null;
  founded_on: string | null;
  filing_status: Generated<string>;
  description: string | null;
  meeting_place: string | null;
  /** The day a dissolved organization stopped (with status_reason); null otherwise. */
  dissolved_on: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  /** A children's organization: the adult accountable for it (seed 000). */
  accountable_adult_person_id: string | null;
}

export interface OrganizationServiceAreasTable {
  /** One row per period of serving; at most one open (until null) per community. */
  id: Generated<string>;
  organization_id: string;
  community_id: string;
  street_id: string;
  since: string | null;
  until: string | null;
}

export interface OrganizationMembersTable {
  id: string;
  street_id: string;
  organization_id: string;
  person_id: string;
  role: string;
  joined_on: string | null;
  left_on: string | null;
}

/** A dated change of orientation, filing status or status (the history behind the current value). */
export interface OrganizationChangesTable {
  id: string;
  street_id: string;
  organization_id: string;
  field: string;
  value: string;
  changed_on: string;
  reason: string | null;
  document_ref: string | null;
  /** The uploaded document (file store key) and its checked type. */
  document_file_key: string | null;
  document_file_type: string | null;
  recorded_by: string | null;
  recorded_at: Timestamp;
  /** A filing confirmed by the residents' committee: which account confirmed it, and when (both or neither). */
  confirmed_by: string | null;
  confirmed_at: Date | null;
}

/** 分队: a sub-team with its own members and leaders (seed 002's 助老服务队 has four). */
export interface OrganizationSubTeamsTable {
  id: string;
  street_id: string;
  organization_id: string;
  name: string;
  formed_on: string | null;
  ended_on: string | null;
}

export interface OrganizationSubTeamMembersTable {
  id: string;
  street_id: string;
  sub_team_id: string;
  person_id: string;
  role: string;
  joined_on: string | null;
  left_on: string | null;
}

/** A registry member count of a chat group on a date; the group is a chat_groups row since 0040. */
export interface OrganizationChatGroupCountsTable {
  id: string;
  street_id: string;
  chat_group_id: string;
  counted_on: string;
  member_count: number;
}

export interface OrganizationRelationsTable {
  id: string;
  street_id: string;
  organization_id: string;
  related_organization_id: string;
  kind: string;
  since: string | null;
  until: string | null;
  note: string | null;
}

export interface OrganizationInterviewsTable {
  id: string;
  street_id: string;
  organization_id: string;
  interviewed_on: string;
  interviewer: string;
  origin: string | null;
  development: string | null;
  activities: string | null;
  difficulties: string | null;
  hopes: string | null;
  notes: string | null;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

/** `criteria` and `evidence` are jsonb arrays, written as JSON text and read back parsed. */
export interface StageAssessmentsTable {
  id: string;
  street_id: string;
  organization_id: string;
  assessed_on: string;
  assessor_user_id: string | null;
  assessor_name: string;
  stage_model: string;
  stage: string;
  criteria: ColumnType<unknown, string, string>;
  evidence: ColumnType<unknown, string, string>;
  advice: string | null;
  recorded_at: Timestamp;
}

/** 成效反馈表: one dated entry about an organization or a person. */
export interface CaseOutcomesTable {
  id: string;
  street_id: string;
  organization_id: string | null;
  person_id: string | null;
  recorded_on: string;
  difficulty: string;
  staff_action: string;
  change: string;
  background: string | null;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

/**
 * The service-model card 服务模式 (seed 002, 供需协商会): the organization's own description of its
 * service. It exists only once the team's leader chose to start it (started_by / started_at).
 */
export interface ServiceModelCardsTable {
  id: string;
  street_id: string;
  organization_id: string;
  what_it_does: string | null;
  main_service: string | null;
  beneficiaries: string | null;
  stakeholders: string | null;
  funding_channels: string | null;
  /** The leader's account that chose; null only for a card recorded before the team had one (demo). */
  started_by: string | null;
  started_at: Timestamp;
  updated_by: string | null;
  updated_at: Timestamp;
}

/** A 梳理 session held on the card: 活动梳理 or 模式梳理, and whether it completed that step. */
export interface ServiceModelSessionsTable {
  id: string;
  street_id: string;
  card_id: string;
  organization_id: string;
  held_on: string;
  step: string;
  completes_step: Generated<boolean>;
  notes: string | null;
  /** The 梳理 workshop (a coaching session of several teams) it was held at, if any. */
  coaching_session_id: string | null;
  recorded_by: string | null;
  created_at: CreatedAt;
}

export interface OrganizationTables {
  organizations: OrganizationsTable;
  organization_service_areas: OrganizationServiceAreasTable;
  organization_members: OrganizationMembersTable;
  organization_changes: OrganizationChangesTable;
  organization_sub_teams: OrganizationSubTeamsTable;
  organization_sub_team_members: OrganizationSubTeamMembersTable;
  organization_chat_group_counts: OrganizationChatGroupCountsTable;
  organization_relations: OrganizationRelationsTable;
  organization_interviews: OrganizationInterviewsTable;
  stage_assessments: StageAssessmentsTable;
  case_outcomes: CaseOutcomesTable;
  service_model_cards: ServiceModelCardsTable;
  service_model_sessions: ServiceModelSessionsTable;
}

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const organizationTablesAfterFoundation = [
  'organization_changes',
  'organization_sub_teams',
  'organization_sub_team_members',
  'organization_relations',
  'organization_interviews',
  'stage_assessments',
  'case_outcomes',
] as const;

/** The service-model card's sessions may point at a coaching session (a 梳理 workshop): after coaching's tables. */
export const organizationTablesAfterCoaching = ['service_model_cards', 'service_model_sessions'] as const;
