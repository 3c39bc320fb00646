import type { Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../column-types';

/** Tables of the coaching capability (issue: activities). Tables may reference everything before them. */

/** Staff time spent building organizations' capacity (辅导). */
export interface CoachingSessionsTable {
  id: string;
  street_id: string;
  kind: string;
  held_on: string;
  /** 'HH:MM' in Shanghai time, when known. */
  start_time: string | null;
  duration_minutes: number;
  is_online: Generated<boolean>;
  topic: string;
  capabilities: Generated<string[]>;
  other_count: Generated<number>;
  outcome_notes: string | null;
  recorded_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface CoachingSessionOrganizationsTable {
  session_id: string;
  organization_id: string;
  street_id: string;
}

export interface CoachingSessionStaffTable {
  session_id: string;
  user_id: string;
  street_id: string;
}

export interface CoachingSessionPeopleTable {
  session_id: string;
  person_id: string;
  street_id: string;
}

/** One per organization (seed 003: individualised support). */
export interface CultivationPlansTable {
  id: string;
  street_id: string;
  organization_id: string;
  goal: string;
  support_kinds: Generated<string[]>;
  next_step: string | null;
  next_step_on: string | null;
  status: Generated<string>;
  created_by: string | null;
  updated_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** The plan's history, one row per review (at a session, or on its own). */
export interface PlanReviewsTable {
  id: string;
  street_id: string;
  plan_id: string;
  organization_id: string;
  coaching_session_id: string | null;
  reviewed_on: string;
  what_changed: string;
  next_step: string | null;
  next_step_on: string | null;
  status: string | null;
  reviewed_by: string | null;
  created_at: CreatedAt;
}

/** A programme that moves organizations up a stage (民生议题讨论会, 供需协商会, or a site's own). */
export interface CultivationProgrammesTable {
  id: string;
  street_id: string;
  name: string;
  kind: string;
  kind_name: string | null;
  from_stage: string | null;
  to_stage: string | null;
  starts_on: string;
  ends_on: string | null;
  description: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** An organization taking part in a programme from the day it joined. */
export interface CultivationProgrammeOrganizationsTable {
  programme_id: string;
  organization_id: string;
  street_id: string;
  joined_on: string;
  added_by: string | null;
  created_at: CreatedAt;
}

export interface CoachingTables {
  coaching_sessions: CoachingSessionsTable;
  coaching_session_organizations: CoachingSessionOrganizationsTable;
  coaching_session_staff: CoachingSessionStaffTable;
  coaching_session_people: CoachingSessionPeopleTable;
  cultivation_plans: CultivationPlansTable;
  plan_reviews: PlanReviewsTable;
  cultivation_programmes: CultivationProgrammesTable;
  cultivation_programme_organizations: CultivationProgrammeOrganizationsTable;
}

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const coachingTablesAfterFoundation = [
  'coaching_sessions',
  'coaching_session_organizations',
  'coaching_session_staff',
  'coaching_session_people',
  'cultivation_plans',
  'plan_reviews',
  'cultivation_programmes',
  'cultivation_programme_organizations',
] as const;
