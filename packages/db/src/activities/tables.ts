import type { Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../column-types';

/** Activities and their evidence (issue: activities). Tables may reference everything before them. */

export interface PlannedActivitiesTable {
  id: string;
  street_id: string;
  organization_id: string;
  community_id: string | null;
  title: string;
  content: Generated<string>;
  co_hosts: Generated<string[]>;
  space_id: string | null;
  estate_id: string | null;
  courtyard_id: string | null;
  place_text: string | null;
  beneficiary_groups: Generated<string[]>;
  openness: string;
  starts_on: string;
  until_on: string | null;
  start_time: string;
  duration_minutes: number;
  recurrence: unknown;
  created_by: string | null;
  created_at: CreatedAt;
}

/** A planned date's sign-in code, reserved before it is held (migration 0019); the record takes it. */
export interface OccurrenceSignInCodesTable {
  id: string;
  street_id: string;
  planned_activity_id: string;
  occurrence_on: string;
  code: string;
  reserved_by: string | null;
  created_at: CreatedAt;
}

export interface ActivitiesTable {
  id: string;
  street_id: string;
  community_id: string | null;
  run_by: string;
  title: string;
  content: Generated<string>;
  starts_at: Timestamp;
  ends_at: Timestamp;
  co_hosts: Generated<string[]>;
  space_id: string | null;
  estate_id: string | null;
  courtyard_id: string | null;
  place_text: string | null;
  beneficiary_groups: Generated<string[]>;
  openness: string;
  organizer_count: number;
  served_count: number;
  reflection: string | null;
  is_planned_in_project: Generated<boolean>;
  /** 计划内: the proposal's plan item it was held for (grant_plan_items). */
  plan_item_id: string | null;
  sign_in_code: string;
  planned_activity_id: string | null;
  occurrence_on: string | null;
  recorded_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  /** Set when a merge moved everything into another record; lists and figures skip this one. */
  merged_into_id: string | null;
  merged_at: Date | null;
  merged_by: string | null;
  /** Made by a staff tracking log before the organization recorded it; the organization may complete it. */
  created_by_tracking: Generated<boolean>;
}

export interface ActivityOrganizationsTable {
  activity_id: string;
  organization_id: string;
  street_id: string;
  position: Generated<number>;
}

export interface ActivityParticipantsTable {
  id: string;
  street_id: string;
  activity_id: string;
  person_id: string | null;
  guest_name: string | null;
  role: string;
}

export interface ActivityFeedbackTable {
  id: string;
  street_id: string;
  activity_id: string;
  position: number;
  text: string;
  said_by: string | null;
}

export interface ActivitySignInsTable {
  id: string;
  street_id: string;
  activity_id: string;
  name: string;
  phone: string | null;
  is_child: Generated<boolean>;
  guardian_consent: Generated<boolean>;
  identity_key: string;
  signed_at: Timestamp;
  /** Whether it came with a phone: kept after the phone is removed, for the evidence weight. */
  has_phone: Generated<boolean>;
  /** When the retention job removed a guest's phone (sign-in-trust.ts). */
  contact_removed_at: Generated<Date | string | null>;
}

export interface ActivitySubmissionsTable {
  user_id: string;
  key: string;
  street_id: string;
  activity_id: string;
  request_hash: string;
  created_at: Timestamp;
}

/** Photos, the video clip and photos of the paper sheets; the files are in the file store. */
export interface ActivityMediaTable {
  id: string;
  street_id: string;
  activity_id: string;
  kind: 'photo' | 'video' | 'sign_in_sheet' | 'record_sheet';
  tracking_log_id: string | null;
  uploaded_by: string | null;
  content_hash: string;
  file_key: string;
  thumbnail_key: string | null;
  mime_type: string;
  byte_size: number;
  width: number | null;
  height: number | null;
  position: Generated<number>;
  caption: string | null;
  created_at: CreatedAt;
}

/** Suspected duplicates that staff said are different activities (first id < second id). */
export interface ActivityDistinctPairsTable {
  street_id: string;
  first_activity_id: string;
  second_activity_id: string;
  decided_by: string | null;
  decided_at: Timestamp;
}

export interface ActivityTables {
  planned_activities: PlannedActivitiesTable;
  occurrence_sign_in_codes: OccurrenceSignInCodesTable;
  activities: ActivitiesTable;
  activity_organizations: ActivityOrganizationsTable;
  activity_participants: ActivityParticipantsTable;
  activity_feedback: ActivityFeedbackTable;
  activity_sign_ins: ActivitySignInsTable;
  activity_submissions: ActivitySubmissionsTable;
  activity_media: ActivityMediaTable;
  activity_distinct_pairs: ActivityDistinctPairsTable;
}

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const activityTablesAfterFoundation = [
  'planned_activities',
  'occurrence_sign_in_codes',
  'activities',
  'activity_organizations',
  'activity_participants',
  'activity_feedback',
  'activity_sign_ins',
  'activity_submissions',
] as const;

/**
 * Activities' tables that come after tracking's (see tablesInDependencyOrder): a photo may belong
 * to a staff tracking log (activity_media.tracking_log_id).
 */
export const activityTablesAfterTracking = ['activity_media', 'activity_distinct_pairs'] as const;
