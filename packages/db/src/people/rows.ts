import { isChildUnder14, needsMoreVisits, type PersonSummary, type PersonTraits } from '@seedbed/core';
import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../tables';

/** Columns of a person as lists show them, with the community and estate names. */
export const summaryColumns = [
  'people.id',
  'people.name',
  'people.phone',
  'people.community_id',
  'people.birth_year',
  'people.birth_date',
  'people.is_activist',
  'people.activist_kind',
  'people.trust_stage',
  'people.volunteer_registered_on',
  'communities.name as community_name',
  'estates.name as estate_name',
] as const;

export function visitCount(eb: ExpressionBuilder<Database, 'people'>) {
  return eb
    .selectFrom('person_visits as v')
    .select((inner) => inner.fn.countAll<number>().as('n'))
    .whereRef('v.person_id', '=', 'people.id')
    .as('visit_count');
}

export function lastVisitOn(eb: ExpressionBuilder<Database, 'people'>) {
  return eb
    .selectFrom('person_visits as v')
    .select((inner) => inner.fn.max('v.visited_on').as('d'))
    .whereRef('v.person_id', '=', 'people.id')
    .as('last_visit_on');
}

export interface SummaryRow {
  id: string;
  name: string;
  phone: string | null;
  community_id: string | null;
  birth_year: number | null;
  birth_date: string | null;
  is_activist: boolean;
  activist_kind: string | null;
  trust_stage: string;
  volunteer_registered_on: string | null;
  community_name: string | null;
  estate_name: string | null;
  visit_count: number | string | bigint | null;
  last_visit_on: string | null;
}

/** A row as a summary; the phone is the stored one — the route masks it for the caller. */
export function toSummary(row: SummaryRow, today: string): PersonSummary {
  const visits = Number(row.visit_count ?? 0);
  return {
    id: row.id,
    name: row.name,
    communityId: row.community_id,
    communityName: row.community_name,
    estateName: row.estate_name,
    phone: row.phone,
    isActivist: row.is_activist,
    activistKind: row.activist_kind as PersonSummary['activistKind'],
    trustStage: row.trust_stage as PersonSummary['trustStage'],
    isVolunteer: row.volunteer_registered_on !== null,
    isChild: isChildUnder14({ birthYear: row.birth_year, birthDate: row.birth_date }, today),
    visitCount: visits,
    lastVisitOn: row.last_visit_on,
    needsVisits: needsMoreVisits(visits),
  };
}

export function traitsOf(value: unknown): PersonTraits {
  return value && typeof value === 'object' ? (value as PersonTraits) : {};
}
