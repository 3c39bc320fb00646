import type { Generated } from 'kysely';
import type { CreatedAt } from '../column-types';

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

export interface PeopleTables {
  people: PeopleTable;
}

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const peopleTablesAfterFoundation = [] as const;
