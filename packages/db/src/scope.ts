import type { Scope } from '@seedbed/core';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from './tables';

/**
 * The one place that decides which rows a caller may see (../shared/style.md "Scope").
 * Routes never write their own `where street_id = …`; stores call these.
 *
 * An organization is not a leaf of one community: it has a home community and may serve others,
 * even in another street (a big tree spans communities, seed 002). The official of a community it
 * serves sees it, and so does the street that community belongs to.
 */
type Filter<T extends keyof Database> = (eb: ExpressionBuilder<Database, T>) => Expression<SqlBool>;

const everything = sql<boolean>`true`;

export function visibleOrganizations(scope: Scope): Filter<'organizations'> {
  switch (scope.kind) {
    case 'deployment':
      return () => everything;
    case 'street':
      return (eb) =>
        eb.or([
          eb('organizations.street_id', '=', scope.streetId),
          eb.exists(servedIn(eb, 'street_id', scope.streetId)),
        ]);
    case 'community':
      return (eb) =>
        eb.or([
          eb('organizations.home_community_id', '=', scope.communityId),
          eb.exists(servedIn(eb, 'community_id', scope.communityId)),
        ]);
    case 'organization':
      return (eb) => eb('organizations.id', '=', scope.organizationId);
  }
}

function servedIn(eb: ExpressionBuilder<Database, 'organizations'>, column: 'street_id' | 'community_id', id: string) {
  return eb
    .selectFrom('organization_service_areas as sa')
    .select(sql`1`.as('one'))
    .whereRef('sa.organization_id', '=', 'organizations.id')
    .where(`sa.${column}`, '=', id)
    .where('sa.until', 'is', null);
}

/** Communities an organization-scoped caller can see: its home and the ones it serves. */
function communitiesOfOrganization(eb: ExpressionBuilder<Database, 'communities'>, organizationId: string) {
  return eb.or([
    eb(
      'communities.id',
      'in',
      eb.selectFrom('organizations as o').select('o.home_community_id').where('o.id', '=', organizationId),
    ),
    eb(
      'communities.id',
      'in',
      eb
        .selectFrom('organization_service_areas as sa')
        .select('sa.community_id')
        .where('sa.organization_id', '=', organizationId)
        .where('sa.until', 'is', null),
    ),
  ]);
}

export function visibleCommunities(scope: Scope): Filter<'communities'> {
  switch (scope.kind) {
    case 'deployment':
      return () => everything;
    case 'street':
      return (eb) => eb('communities.street_id', '=', scope.streetId);
    case 'community':
      return (eb) => eb('communities.id', '=', scope.communityId);
    case 'organization':
      return (eb) => communitiesOfOrganization(eb, scope.organizationId);
  }
}

export function visibleStreets(scope: Scope): Filter<'streets'> {
  switch (scope.kind) {
    case 'deployment':
      return () => everything;
    case 'street':
      return (eb) => eb('streets.id', '=', scope.streetId);
    case 'community':
      return (eb) =>
        eb('streets.id', 'in', eb.selectFrom('communities').select('street_id').where('id', '=', scope.communityId));
    case 'organization':
      return (eb) =>
        eb(
          'streets.id',
          'in',
          eb
            .selectFrom('communities')
            .select('communities.street_id')
            .where((inner) => communitiesOfOrganization(inner, scope.organizationId)),
        );
  }
}

export function visiblePeople(scope: Scope): Filter<'people'> {
  switch (scope.kind) {
    case 'deployment':
      return () => everything;
    case 'street':
      return (eb) => eb('people.street_id', '=', scope.streetId);
    case 'community':
      return (eb) => eb('people.community_id', '=', scope.communityId);
    case 'organization':
      return (eb) =>
        eb(
          'people.id',
          'in',
          eb
            .selectFrom('organization_members as m')
            .select('m.person_id')
            .where('m.organization_id', '=', scope.organizationId)
            .where('m.left_on', 'is', null),
        );
  }
}
