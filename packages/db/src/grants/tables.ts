import type { Generated } from 'kysely';
import type { Timestamp } from '../column-types';

/** Tables of the grants capability: rounds, then proposals (issue 17); reviews and money follow. */

/** A funding direction (资助方向), deployment-wide; archived rather than deleted. */
export interface GrantDirectionsTable {
  id: string;
  name: string;
  position: number;
  archived_at: Date | string | null;
  created_at: Generated<Date>;
}

/** A micro-grant round (微公益创投 轮次). The jsonb columns hold core's schemas' shapes, read back whole. */
export interface GrantRoundsTable {
  id: string;
  street_id: string;
  code: string;
  name: string;
  description: string;
  funders: unknown;
  starts_on: string;
  ends_on: string;
  total_budget_fen: bigint | number;
  per_proposal_cap_fen: bigint | number;
  matching_note: string;
  project_months_min: number;
  project_months_max: number;
  eligibility: unknown;
  rubric: unknown;
  steps: unknown;
  negative_list: unknown;
  /** Kept for the linked training cohorts' graduates (migration 0026). */
  graduate_reserve_fen: Generated<bigint | number>;
  status: 'draft' | 'published';
  published_at: Date | string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GrantRoundDirectionsTable {
  round_id: string;
  direction_id: string;
  street_id: string;
  position: number;
}

export interface GrantRoundCommunitiesTable {
  round_id: string;
  community_id: string;
  street_id: string;
}

export interface GrantRoundEstatesTable {
  round_id: string;
  estate_id: string;
  street_id: string;
}

/** An objection (异议) raised during 公示, and the staff's answer on the record. */
export interface GrantRoundObjectionsTable {
  id: string;
  street_id: string;
  round_id: string;
  text: string;
  /** Given with consent, or null; null again after the person's erasure. */
  name: string | null;
  phone: string | null;
  consent: boolean;
  raised_at: Timestamp;
  answer: string | null;
  answered_by: string | null;
  answered_by_name: string | null;
  answered_at: Date | string | null;
}

/** A proposal (居民提案) to a round: what lists and scopes need; its words are in its versions. */
export interface GrantProposalsTable {
  id: string;
  street_id: string;
  round_id: string;
  organization_id: string;
  community_id: string;
  title: string;
  requested_fen: bigint | number;
  status: 'draft' | 'submitted' | 'withdrawn';
  current_version: number;
  submitted_at: Date | string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  endorsement_status: 'none' | 'endorsed' | 'declined';
  endorsed_by: string | null;
  endorsed_at: Date | string | null;
  endorsement_note: string | null;
  determination: 'approved' | 'declined' | 'more_information' | null;
  approved_fen: bigint | number | null;
  determination_reason: string | null;
  determined_by: string | null;
  determined_at: Date | string | null;
  determined_version: number | null;
  /** A children's council's proposal: the accountable adult who signed it, and when (both or neither). */
  adult_signer_person_id: string | null;
  adult_signed_at: Date | string | null;
  adult_signature_recorded_by: string | null;
}

/** One saved version of a proposal, never changed: content is core's ProposalContent. */
export interface GrantProposalVersionsTable {
  id: string;
  proposal_id: string;
  street_id: string;
  number: number;
  content: unknown;
  requested_fen: bigint | number;
  authored_by: string | null;
  created_at: Timestamp;
}

/** A planned activity of a proposal (计划内), which recorded activities link to. */
export interface GrantPlanItemsTable {
  id: string;
  proposal_id: string;
  street_id: string;
  key: string;
  title: string;
  planned_month: string | null;
  position: number;
  removed_at: Date | string | null;
}

/** A comment beside a proposal's text, and the team's answer to it. */
export interface GrantProposalCommentsTable {
  id: string;
  street_id: string;
  proposal_id: string;
  version_number: number;
  anchor: string | null;
  text: string;
  author_id: string | null;
  author_role: string;
  created_at: Timestamp;
  response_decision: 'accepted' | 'declined' | null;
  response_note: string | null;
  responded_by: string | null;
  responded_at: Date | string | null;
}

/** A photo or PDF the team adds beside its proposal (附件); the file lives in the file store. */
export interface GrantProposalAttachmentsTable {
  id: string;
  street_id: string;
  proposal_id: string;
  file_key: string;
  original_name: string;
  kind: 'pdf' | 'jpg' | 'png' | 'webp';
  size_bytes: number;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface GrantTables {
  grant_directions: GrantDirectionsTable;
  grant_rounds: GrantRoundsTable;
  grant_round_directions: GrantRoundDirectionsTable;
  grant_round_communities: GrantRoundCommunitiesTable;
  grant_round_estates: GrantRoundEstatesTable;
  grant_round_objections: GrantRoundObjectionsTable;
  grant_proposals: GrantProposalsTable;
  grant_proposal_versions: GrantProposalVersionsTable;
  grant_plan_items: GrantPlanItemsTable;
  grant_proposal_comments: GrantProposalCommentsTable;
  grant_proposal_attachments: GrantProposalAttachmentsTable;
}

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const grantTablesAfterFoundation = [
  'grant_directions',
  'grant_rounds',
  'grant_round_directions',
  'grant_round_communities',
  'grant_round_estates',
  'grant_round_objections',
  'grant_proposals',
  'grant_proposal_versions',
  'grant_plan_items',
  'grant_proposal_comments',
  'grant_proposal_attachments',
] as const;

/**
 * Activities link to plan items (计划内, migration 0028), so a backup or the demo loads these before
 * activities: the plan items and what they point at. The rest of grants' tables follow activities.
 */
export const grantTablesBeforeActivities = [
  'grant_directions',
  'grant_rounds',
  'grant_proposals',
  'grant_plan_items',
] as const;
export const grantTablesAfterActivities = grantTablesAfterFoundation.filter(
  (table) => !(grantTablesBeforeActivities as readonly string[]).includes(table),
);
