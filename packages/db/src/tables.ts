import type { ColumnType, Generated } from 'kysely';

/**
 * Table types for Kysely, mirroring the migrations. Row shapes only: the API's shapes live in core.
 * Dates (`date`) are read as 'YYYY-MM-DD' strings so no time zone can shift them.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface SettingsTable {
  key: string;
  value: unknown;
}

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

export interface PeopleTable {
  id: string;
  street_id: string;
  community_id: string | null;
  estate_id: string | null;
  courtyard_id: string | null;
  name: string;
  phone: string | null;
  birth_year: number | null;
  is_activist: Generated<boolean>;
  created_at: CreatedAt;
}

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

export interface UsersTable {
  id: string;
  username: string | null;
  phone: string | null;
  display_name: string;
  password_hash: string | null;
  role: string;
  scope_kind: string;
  scope_id: string | null;
  person_id: string | null;
  locale: Generated<string>;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  created_at: CreatedAt;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface InvitesTable {
  id: string;
  code_hash: string;
  street_id: string;
  organization_id: string;
  role: string;
  display_name: string;
  person_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Date | null;
  used_by: string | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  street_id: string | null;
  at: Timestamp;
  actor_user_id: string | null;
  action: string;
  table_name: string;
  record_id: string;
  before: unknown;
  after: unknown;
}

export interface Database {
  settings: SettingsTable;
  streets: StreetsTable;
  communities: CommunitiesTable;
  estates: EstatesTable;
  courtyards: CourtyardsTable;
  people: PeopleTable;
  organizations: OrganizationsTable;
  organization_service_areas: OrganizationServiceAreasTable;
  organization_members: OrganizationMembersTable;
  users: UsersTable;
  sessions: SessionsTable;
  invites: InvitesTable;
  audit_log: AuditLogTable;
}

/**
 * Tables in foreign-key order: parents before children. Backup writes them in this order and
 * restore loads them in this order; the demo loader inserts in this order too.
 */
export const tablesInDependencyOrder = [
  'settings',
  'streets',
  'communities',
  'estates',
  'courtyards',
  'people',
  'organizations',
  'organization_service_areas',
  'organization_members',
  'users',
  'sessions',
  'invites',
  'audit_log',
] as const satisfies readonly (keyof Database)[];
