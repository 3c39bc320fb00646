import type { Scope } from '@seedbed/core';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../tables';

/** scope.ts's filter shape, written here so scope.ts can gather this file without a cycle. */
type Filter<T extends keyof Database> = (eb: ExpressionBuilder<Database, T>) => Expression<SqlBool>;

const everything = sql<boolean>`true`;

/**
 * Accounts a caller may see (the accounts page, 账户管理), by where each account's scope lies:
 * within a street, the street's own accounts, its communities' and its organizations' (by their
 * home street — an organization serving it from elsewhere is its own street's to manage); within a
 * community, its own and its organizations'. Deployment-wide accounts only from the deployment.
 */
export function visibleUsers(scope: Scope): Filter<'users'> {
  switch (scope.kind) {
    case 'deployment':
      return () => everything;
    case 'street':
      return (eb) =>
        eb.or([
          eb.and([eb('users.scope_kind', '=', 'street'), eb('users.scope_id', '=', scope.streetId)]),
          eb.and([
            eb('users.scope_kind', '=', 'community'),
            eb(
              'users.scope_id',
              'in',
              eb.selectFrom('communities').select('id').where('street_id', '=', scope.streetId),
            ),
          ]),
          eb.and([
            eb('users.scope_kind', '=', 'organization'),
            eb(
              'users.scope_id',
              'in',
              eb.selectFrom('organizations').select('id').where('street_id', '=', scope.streetId),
            ),
          ]),
        ]);
    case 'community':
      return (eb) =>
        eb.or([
          eb.and([eb('users.scope_kind', '=', 'community'), eb('users.scope_id', '=', scope.communityId)]),
          eb.and([
            eb('users.scope_kind', '=', 'organization'),
            eb(
              'users.scope_id',
              'in',
              eb.selectFrom('organizations').select('id').where('home_community_id', '=', scope.communityId),
            ),
          ]),
        ]);
    case 'organization':
      return (eb) =>
        eb.and([eb('users.scope_kind', '=', 'organization'), eb('users.scope_id', '=', scope.organizationId)]);
  }
}

/** Open invites a caller may see: the same places as `visibleUsers`, by the invite's street and scope. */
export function visibleInvites(scope: Scope): Filter<'invites'> {
  switch (scope.kind) {
    case 'deployment':
      return () => everything;
    case 'street':
      return (eb) => eb('invites.street_id', '=', scope.streetId);
    case 'community':
      return (eb) =>
        eb.or([
          eb.and([eb('invites.scope_kind', '=', 'community'), eb('invites.scope_id', '=', scope.communityId)]),
          eb(
            'invites.organization_id',
            'in',
            eb.selectFrom('organizations').select('id').where('home_community_id', '=', scope.communityId),
          ),
        ]);
    case 'organization':
      return (eb) => eb('invites.organization_id', '=', scope.organizationId);
  }
}
