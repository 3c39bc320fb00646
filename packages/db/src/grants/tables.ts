import type { Generated } from 'kysely';
import type { Timestamp } from '../column-types';

/** Tables of the grants capability: rounds first (issue 17); proposals, reviews and money follow. */

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

export interface GrantTables {
  grant_directions: GrantDirectionsTable;
  grant_rounds: GrantRoundsTable;
  grant_round_directions: GrantRoundDirectionsTable;
  grant_round_communities: GrantRoundCommunitiesTable;
  grant_round_estates: GrantRoundEstatesTable;
  grant_round_objections: GrantRoundObjectionsTable;
}

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const grantTablesAfterFoundation = [
  'grant_directions',
  'grant_rounds',
  'grant_round_directions',
  'grant_round_communities',
  'grant_round_estates',
  'grant_round_objections',
] as const;
