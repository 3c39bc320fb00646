import type { Timestamp } from '../column-types';

/** Tables of the review, dialogue and selection of grant proposals (migration 0024). */

export interface GrantReviewSettingsTable {
  /** The round's id. */
  id: string;
  street_id: string;
  presentation_weight_percent: number;
  released_at: Date | string | null;
  released_by: string | null;
}

export interface GrantReviewersTable {
  id: string;
  street_id: string;
  round_id: string;
  user_id: string;
  expertise: 'management' | 'project' | 'finance' | 'community';
  added_by: string | null;
  created_at: Timestamp;
}

export interface GrantReviewerConflictsTable {
  id: string;
  street_id: string;
  reviewer_id: string;
  organization_id: string | null;
  person_id: string | null;
  note: string;
  declared_at: Timestamp;
}

export interface GrantReviewAssignmentsTable {
  id: string;
  street_id: string;
  round_id: string;
  proposal_id: string;
  reviewer_id: string;
  assigned_by: string | null;
  assigned_at: Timestamp;
}

export interface GrantReviewsTable {
  id: string;
  street_id: string;
  assignment_id: string;
  proposal_id: string;
  proposal_version: number;
  /** core's CriterionScore[]. */
  scores: unknown;
  comment: string;
  recommendation: 'yes' | 'maybe' | 'no';
  recommended_fen: bigint | number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GrantPresentationScoresTable {
  id: string;
  street_id: string;
  proposal_id: string;
  points: number;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface GrantEligibilityConfirmationsTable {
  /** The proposal's id. */
  id: string;
  street_id: string;
  confirmed_keys: unknown;
  confirmed_by: string | null;
  updated_at: Timestamp;
}

export interface GrantDialogueMeetingsTable {
  id: string;
  street_id: string;
  proposal_id: string;
  held_on: string;
  /** core's dialogue attendance: parties and counts. */
  attendance: unknown;
  questions: string;
  agreed_changes: string;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface GrantReviewTables {
  grant_review_settings: GrantReviewSettingsTable;
  grant_reviewers: GrantReviewersTable;
  grant_reviewer_conflicts: GrantReviewerConflictsTable;
  grant_review_assignments: GrantReviewAssignmentsTable;
  grant_reviews: GrantReviewsTable;
  grant_presentation_scores: GrantPresentationScoresTable;
  grant_eligibility_confirmations: GrantEligibilityConfirmationsTable;
  grant_dialogue_meetings: GrantDialogueMeetingsTable;
}

/** Parents first; after the proposals' tables (see tablesInDependencyOrder). */
export const grantReviewTablesAfterProposals = [
  'grant_review_settings',
  'grant_reviewers',
  'grant_reviewer_conflicts',
  'grant_review_assignments',
  'grant_reviews',
  'grant_presentation_scores',
  'grant_eligibility_confirmations',
  'grant_dialogue_meetings',
] as const;
