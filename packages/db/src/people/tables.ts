import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../column-types';

/** jsonb: read as the parsed value, written as JSON text or a plain object. */
export type JsonObject = ColumnType<Record<string, unknown>, string | Record<string, unknown> | undefined, string>;

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
  // 0002-people
  birth_date: string | null;
  address_note: string | null;
  activist_kind: string | null;
  volunteer_registered_on: string | null;
  volunteer_platform: string | null;
  /** {appeal?: {rating, note?}, action?, time?, money?, responsibility?} — core's personTraitsSchema. */
  traits: JsonObject;
  found_via: string | null;
  introduced_by: string | null;
  interests: string | null;
  wishes: string | null;
  notes: string | null;
  trust_stage: Generated<string>;
  erased_at: Date | null;
  merged_into: string | null;
}

export interface PersonVisitsTable {
  id: string;
  street_id: string;
  person_id: string;
  visited_on: string;
  visitor_user_id: string | null;
  visitor_name: string;
  place: string | null;
  learned: string | null;
  created_at: CreatedAt;
}

export interface PersonTrustChangesTable {
  id: string;
  street_id: string;
  person_id: string;
  changed_on: string;
  from_stage: string;
  to_stage: string;
  reason: string | null;
  changed_by: string | null;
  created_at: CreatedAt;
}

export interface PersonConsentsTable {
  id: string;
  street_id: string;
  person_id: string;
  purpose: string;
  agreed_on: string;
  withdrawn_on: string | null;
  guardian_name: string | null;
  guardian_relation: string | null;
  recorded_by: string | null;
  created_at: CreatedAt;
}

export interface PeopleTables {
  people: PeopleTable;
  person_visits: PersonVisitsTable;
  person_trust_changes: PersonTrustChangesTable;
  person_consents: PersonConsentsTable;
}

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const peopleTablesAfterFoundation = ['person_visits', 'person_trust_changes', 'person_consents'] as const;
