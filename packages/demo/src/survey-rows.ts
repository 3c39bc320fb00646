import type {
  CommitteeAttitude,
  NeedCategory,
  ParticipationLevel,
  ResourceCategory,
  StakeholderKind,
} from '@seedbed/core';

/**
 * Rows of the community survey's tables (packages/db/src/migrations/0004-community-survey.ts),
 * named exactly as the columns. jsonb arrays/objects travel as JSON text.
 */
interface InCommunity {
  id: string;
  street_id: string;
  community_id: string;
}

export interface CommunityEventRow extends InCommunity {
  happened_on: string;
  title: string;
  description: string | null;
  source: 'documents' | 'visit' | 'observation';
}

export interface StakeholderRow extends InCommunity {
  kind: StakeholderKind;
  name: string;
  estate_id: string | null;
  organization_id: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  relationship_notes: string | null;
}

export interface StakeholderAttitudeRow {
  id: string;
  street_id: string;
  stakeholder_id: string;
  attitude: CommitteeAttitude;
  observed_on: string;
  note: string | null;
  recorded_by: string | null;
}

export interface StakeholderEngagementRow {
  id: string;
  street_id: string;
  stakeholder_id: string;
  happened_on: string;
  kind: 'formal_visit' | 'shared_materials' | 'joint_activity' | 'other';
  participation_level: ParticipationLevel;
  summary: string;
  made_by: string;
  recorded_by: string | null;
}

export interface NeedRow extends InCommunity {
  estate_id: string | null;
  courtyard_id: string | null;
  category: NeedCategory | null;
  description: string | null;
  raised_by: string | null;
  raised_by_person_id: string | null;
  source: 'questionnaire' | 'visit' | 'committee_data' | 'professional_judgement';
  reality: 'surface' | 'imagined' | 'confirmed';
  provider: 'market' | 'government' | 'community_groups' | null;
  status: 'open' | 'in_progress' | 'met' | 'dropped';
  recorded_on: string;
  mentions: number;
}

export interface NeedOrganizationRow {
  need_id: string;
  organization_id: string;
  street_id: string;
}

export interface SurveyResponseRow extends InCommunity {
  wave: number;
  answered_on: string;
  estate_id: string | null;
  respondent_person_id: string | null;
  /** JSON text of the answers. */
  answers: string;
  need_id: string | null;
  recorded_by: string | null;
}

export interface SpaceRow extends InCommunity {
  estate_id: string | null;
  courtyard_id: string | null;
  name: string;
  owner: 'all_owners' | 'property_company' | 'developer_promise' | 'residents_committee' | 'other';
  capacity: number | null;
  opening_rules: string | null;
  manager: string | null;
  usage_frequency: 'daily' | 'weekly' | 'monthly' | 'rarely' | 'unused' | null;
  notes: string | null;
}

export interface ResourceRow extends InCommunity {
  estate_id: string | null;
  courtyard_id: string | null;
  name: string;
  category: ResourceCategory;
  description: string | null;
  found_on: string;
  found_by: string;
  found_how: string | null;
  persistence: 'one_off' | 'sustained';
  space_id: string | null;
  person_id: string | null;
  organization_id: string | null;
  pin_x: number | null;
  pin_y: number | null;
}

export interface ResourceUseRow {
  id: string;
  street_id: string;
  resource_id: string;
  used_on: string;
  note: string | null;
  organization_id: string | null;
}
