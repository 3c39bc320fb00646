import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../column-types';

/** Set when a survey record entered by mistake is archived (0005): hidden from lists, kept for audit. */
export type ArchivedAt = ColumnType<Date | null, Date | null | undefined, Date | null>;

/** Places: street → community → estate 小区 → courtyard 院落. */
export interface StreetsTable {
  id: string;
  name: string;
  district: string | null;
  created_at: CreatedAt;
  archived_at: ArchivedAt;
}

export interface CommunitiesTable {
  id: string;
  street_id: string;
  name: string;
  households: number | null;
  resident_population: number | null;
  committee_attitude: string | null;
  local_population: number | null;
  migrant_population: number | null;
  children_population: number | null;
  working_age_population: number | null;
  elderly_population: number | null;
  profile_notes: string | null;
  site_plan_key: string | null;
  site_plan_type: string | null;
  site_plan_uploaded_at: Date | null;
  created_at: CreatedAt;
  archived_at: ArchivedAt;
}

export interface EstatesTable {
  id: string;
  street_id: string;
  community_id: string;
  name: string;
  estate_type: string;
  build_year: number | null;
  households: number | null;
  property_company: string | null;
  owners_committee: string | null;
  owners_committee_status: string | null;
  notes: string | null;
  archived_at: ArchivedAt;
}

export interface CourtyardsTable {
  id: string;
  street_id: string;
  estate_id: string;
  name: string;
  archived_at: ArchivedAt;
}

/** History and key events of a community, each with its source (seed 003 §1). */
export interface CommunityEventsTable {
  id: string;
  street_id: string;
  community_id: string;
  happened_on: string;
  title: string;
  description: string | null;
  source: string;
  created_at: CreatedAt;
}

/** Residents' committee, property companies, owners' committees, groups, businesses, schools. */
export interface StakeholdersTable {
  id: string;
  street_id: string;
  community_id: string;
  kind: string;
  name: string;
  estate_id: string | null;
  organization_id: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  relationship_notes: string | null;
  created_at: CreatedAt;
  archived_at: ArchivedAt;
}

export interface StakeholderAttitudesTable {
  id: string;
  street_id: string;
  stakeholder_id: string;
  attitude: string;
  observed_on: string;
  note: string | null;
  recorded_by: string | null;
}

export interface StakeholderEngagementsTable {
  id: string;
  street_id: string;
  stakeholder_id: string;
  happened_on: string;
  kind: string;
  participation_level: string;
  summary: string;
  made_by: string;
  recorded_by: string | null;
}

/** 需求: the needs register of a community. */
export interface NeedsTable {
  id: string;
  street_id: string;
  community_id: string;
  estate_id: string | null;
  courtyard_id: string | null;
  category: string | null;
  description: string | null;
  raised_by: string | null;
  raised_by_person_id: string | null;
  source: string;
  reality: string;
  provider: string | null;
  status: string;
  recorded_on: string;
  mentions: Generated<number>;
  archived_at: ArchivedAt;
}

export interface NeedOrganizationsTable {
  need_id: string;
  organization_id: string;
  street_id: string;
}

/** Answers to the baseline questionnaire; wave 0 is the baseline, later waves repeat it. */
export interface SurveyResponsesTable {
  id: string;
  street_id: string;
  community_id: string;
  wave: number;
  answered_on: string;
  estate_id: string | null;
  respondent_person_id: string | null;
  answers: unknown;
  need_id: string | null;
  recorded_by: string | null;
}

export interface SpacesTable {
  id: string;
  street_id: string;
  community_id: string;
  estate_id: string | null;
  courtyard_id: string | null;
  name: string;
  owner: string;
  capacity: number | null;
  opening_rules: string | null;
  manager: string | null;
  usage_frequency: string | null;
  notes: string | null;
  archived_at: ArchivedAt;
}

/** Resources 人文地产景 and money/material/skills, pinned on the site plan by x/y fractions. */
export interface ResourcesTable {
  id: string;
  street_id: string;
  community_id: string;
  estate_id: string | null;
  courtyard_id: string | null;
  name: string;
  category: string;
  description: string | null;
  found_on: string;
  found_by: string;
  found_how: string | null;
  persistence: string;
  space_id: string | null;
  person_id: string | null;
  organization_id: string | null;
  pin_x: number | null;
  pin_y: number | null;
  archived_at: ArchivedAt;
}

export interface ResourceUsesTable {
  id: string;
  street_id: string;
  resource_id: string;
  used_on: string;
  note: string | null;
  organization_id: string | null;
}

/** Tables this capability adds, as `Database` sees them. */
export interface CommunityTables {
  streets: StreetsTable;
  communities: CommunitiesTable;
  estates: EstatesTable;
  courtyards: CourtyardsTable;
  community_events: CommunityEventsTable;
  stakeholders: StakeholdersTable;
  stakeholder_attitudes: StakeholderAttitudesTable;
  stakeholder_engagements: StakeholderEngagementsTable;
  needs: NeedsTable;
  need_organizations: NeedOrganizationsTable;
  survey_responses: SurveyResponsesTable;
  spaces: SpacesTable;
  resources: ResourcesTable;
  resource_uses: ResourceUsesTable;
}

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const communityTablesAfterFoundation = [
  'community_events',
  'stakeholders',
  'stakeholder_attitudes',
  'stakeholder_engagements',
  'needs',
  'need_organizations',
  'survey_responses',
  'spaces',
  'resources',
  'resource_uses',
] as const;
