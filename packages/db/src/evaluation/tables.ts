import type { Timestamp } from '../column-types';

/** Tables of the four-dimension evaluation 四维评估 (migration 0032). */

export interface EvaluationCampaignsTable {
  id: string;
  street_id: string;
  name: string;
  round_id: string | null;
  year: number;
  period: string;
  status: 'draft' | 'open' | 'closed' | 'released';
  /** core's EvaluationForms. */
  forms: unknown;
  self_weight: number;
  peer_weight: number;
  expert_weight: number;
  incubator_weight: number;
  peer_count: number;
  created_by: string | null;
  created_at: Timestamp;
  released_at: Timestamp | null;
  released_by: string | null;
}

export interface EvaluationCampaignOrganizationsTable {
  id: string;
  street_id: string;
  campaign_id: string;
  organization_id: string;
  advice: string;
  advice_by: string | null;
  advice_at: Timestamp | null;
}

export interface EvaluationPeerAssignmentsTable {
  id: string;
  street_id: string;
  campaign_id: string;
  rater_organization_id: string;
  rated_organization_id: string;
}

export interface EvaluationExpertsTable {
  id: string;
  street_id: string;
  campaign_id: string;
  user_id: string;
  speciality: 'management' | 'project' | 'finance';
  added_by: string | null;
  created_at: Timestamp;
}

export interface EvaluationSheetsTable {
  id: string;
  street_id: string;
  campaign_id: string;
  organization_id: string;
  dimension: 'self' | 'peer' | 'expert' | 'incubator';
  rater_organization_id: string | null;
  rater_user_id: string | null;
  /** The rating organization (self, peer) or account (expert, incubator): one sheet per rater. */
  rater_ref: string;
  /** core's CriterionPoints[]. */
  scores: unknown;
  comment: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EvaluationTables {
  evaluation_campaigns: EvaluationCampaignsTable;
  evaluation_campaign_organizations: EvaluationCampaignOrganizationsTable;
  evaluation_peer_assignments: EvaluationPeerAssignmentsTable;
  evaluation_experts: EvaluationExpertsTable;
  evaluation_sheets: EvaluationSheetsTable;
}

/** In foreign-key order; campaigns point at grant rounds, organizations and users. */
export const evaluationTablesAfterGrants = [
  'evaluation_campaigns',
  'evaluation_campaign_organizations',
  'evaluation_peer_assignments',
  'evaluation_experts',
  'evaluation_sheets',
] as const;
