import type { Generated } from 'kysely';
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
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface OrganizationServiceAreasTable {
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

export interface OrganizationTables {
  organizations: OrganizationsTable;
  organization_service_areas: OrganizationServiceAreasTable;
  organization_members: OrganizationMembersTable;
}

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const organizationTablesAfterFoundation = [] as const;
