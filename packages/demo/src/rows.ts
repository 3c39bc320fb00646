import type {
  CommitteeAttitude,
  EstateType,
  FilingStatus,
  Locale,
  MemberRole,
  OrganizationStatus,
  OrganizationType,
  Orientation,
  Role,
  ScopeKind,
  Stage,
} from '@seedbed/core';

/**
 * Rows of the foundation tables (packages/db/src/migrations/0001-foundation.ts), named exactly as
 * the columns so the loader can insert them as they are. The demo may not import the db package
 * (dependencies point inward), so these mirror its table types: ids are uuid strings, dates are
 * 'YYYY-MM-DD', nullable columns are present as null. Columns the database fills itself
 * (created_at, updated_at and other defaults) are left out, and so is users'
 * password_hash, which the loader adds.
 */
export interface SettingRow {
  key: string;
  value: unknown;
}

export interface StreetRow {
  id: string;
  name: string;
  district: string | null;
}

export interface CommunityRow {
  id: string;
  street_id: string;
  name: string;
  households: number | null;
  resident_population: number | null;
  committee_attitude: CommitteeAttitude | null;
}

export interface EstateRow {
  id: string;
  street_id: string;
  community_id: string;
  name: string;
  estate_type: EstateType;
  build_year: number | null;
  households: number | null;
  property_company: string | null;
  owners_committee: string | null;
}

export interface CourtyardRow {
  id: string;
  street_id: string;
  estate_id: string;
  name: string;
}

export interface PersonRow {
  id: string;
  street_id: string;
  community_id: string | null;
  estate_id: string | null;
  courtyard_id: string | null;
  name: string;
  phone: string | null;
  birth_year: number | null;
  is_activist: boolean;
}

export interface OrganizationRow {
  id: string;
  street_id: string;
  home_community_id: string;
  name: string;
  organization_type: OrganizationType;
  orientation: Orientation;
  stage: Stage | null;
  status: OrganizationStatus;
  status_reason: string | null;
  founded_on: string | null;
  filing_status: FilingStatus;
  description: string | null;
  meeting_place: string | null;
}

/** A community an organization serves besides its home; `street_id` is the served community's street. */
export interface OrganizationServiceAreaRow {
  organization_id: string;
  community_id: string;
  street_id: string;
  since: string | null;
  until: string | null;
}

/** `street_id` is the organization's street (the column a distributed database shards by). */
export interface OrganizationMemberRow {
  id: string;
  street_id: string;
  organization_id: string;
  person_id: string;
  role: MemberRole;
  joined_on: string | null;
  left_on: string | null;
}

export interface UserRow {
  id: string;
  username: string | null;
  phone: string | null;
  display_name: string;
  role: Role;
  scope_kind: ScopeKind;
  scope_id: string | null;
  person_id: string | null;
  locale: Locale;
}

/** A demo login, printed by `seedbed demo` so a newcomer knows whom to sign in as. */
export interface DemoAccount {
  username: string;
  phone: string | null;
  role: Role;
  displayName: string;
  scopeKind: ScopeKind;
  scopeId: string | null;
  /** What the account is for, e.g. "leader of 夕阳红舞蹈队 (槐荫社区)". */
  note: string;
}

/** One array per table, in the loader's insert order, plus the demo logins. */
/** The foundation's tables: places, people, organizations, accounts. */
export interface BaseDemoData {
  settings: SettingRow[];
  streets: StreetRow[];
  communities: CommunityRow[];
  estates: EstateRow[];
  courtyards: CourtyardRow[];
  people: PersonRow[];
  organizations: OrganizationRow[];
  organization_service_areas: OrganizationServiceAreaRow[];
  organization_members: OrganizationMemberRow[];
  users: UserRow[];
  accounts: DemoAccount[];
}
