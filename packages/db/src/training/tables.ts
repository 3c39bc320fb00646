import type { Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../column-types';

/** Tables of the training capability (issue 17, migration 0022). Tables may reference everything before them. */

/** 友邻学社, 社区营造培训班: a programme run in a street, cohort after cohort. */
export interface TrainingProgrammesTable {
  id: string;
  street_id: string;
  name: string;
  kind: string;
  description: Generated<string>;
  organizer: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** One intake of a programme (第二期): its dates, the attendance rule and the commitment text. */
export interface TrainingCohortsTable {
  id: string;
  street_id: string;
  programme_id: string;
  community_id: string | null;
  name: string;
  starts_on: string;
  ends_on: string | null;
  place: Generated<string>;
  capacity: number | null;
  planned_sessions: number;
  minimum_sessions_attended: number;
  commitment_text: string;
  /** Micro-grant rounds the graduates are eligible for: filled once the grants capability lands. */
  linked_round_ids: Generated<string[]>;
  graduated_on: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** An applicant (a person, no account needed), their guarantor 担保人, interview 面试 and 自我承诺. */
export interface TrainingApplicationsTable {
  id: string;
  street_id: string;
  cohort_id: string;
  person_id: string;
  guarantor_person_id: string;
  origin: string;
  motivation: Generated<string>;
  status: string;
  interviewed_on: string | null;
  interview_result: string | null;
  interview_notes: string | null;
  interviewer_user_id: string | null;
  commitment_signed_at: Date | string | null;
  commitment_text_signed: string | null;
  decision_reason: string | null;
  decided_at: Date | string | null;
  graduated: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TrainingSessionsTable {
  id: string;
  street_id: string;
  cohort_id: string;
  number: number;
  held_on: string;
  topic: string;
  is_opening_ceremony: Generated<boolean>;
  activity_id: string | null;
  created_at: CreatedAt;
}

/** The roll call: an accepted applicant present at a session, ticked by staff. */
export interface TrainingAttendanceTable {
  id: string;
  street_id: string;
  session_id: string;
  application_id: string;
  recorded_by: string | null;
}

/** 班委: who was elected to what. */
export interface TrainingCommitteePostsTable {
  id: string;
  street_id: string;
  cohort_id: string;
  post: string;
  application_id: string;
}

export interface TrainingTables {
  training_programmes: TrainingProgrammesTable;
  training_cohorts: TrainingCohortsTable;
  training_applications: TrainingApplicationsTable;
  training_sessions: TrainingSessionsTable;
  training_attendance: TrainingAttendanceTable;
  training_committee_posts: TrainingCommitteePostsTable;
}

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const trainingTablesAfterFoundation = [
  'training_programmes',
  'training_cohorts',
  'training_applications',
  'training_sessions',
  'training_attendance',
  'training_committee_posts',
] as const satisfies readonly (keyof TrainingTables)[];
