import type { CreatedAt } from '../column-types';

/** Places: street → community → estate 小区 → courtyard 院落. */
export interface StreetsTable {
  id: string;
  name: string;
  district: string | null;
  created_at: CreatedAt;
}

export interface CommunitiesTable {
  id: string;
  street_id: string;
  name: string;
  households: number | null;
  resident_population: number | null;
  committee_attitude: string | null;
  created_at: CreatedAt;
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
}

export interface CourtyardsTable {
  id: string;
  street_id: string;
  estate_id: string;
  name: string;
}

/** Tables this capability adds, as `Database` sees them. */
export interface CommunityTables {
  streets: StreetsTable;
  communities: CommunitiesTable;
  estates: EstatesTable;
  courtyards: CourtyardsTable;
}

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const communityTablesAfterFoundation = [] as const;
