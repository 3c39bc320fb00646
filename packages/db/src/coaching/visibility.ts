import type { Scope } from '@seedbed/core';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { visibleOrganizations } from '../scope';
import type { Database } from '../tables';

/**
 * A coaching session is visible to whoever sees one of the organizations present (built only from
 * scope.ts's filter): a training course of twenty organizations is seen by each one's leader.
 */
export function visibleCoachingSessions(scope: Scope) {
  return (eb: ExpressionBuilder<Database, 'coaching_sessions'>): Expression<SqlBool> =>
    eb.exists(
      eb
        .selectFrom('coaching_session_organizations as cso')
        .select(sql`1`.as('one'))
        .whereRef('cso.session_id', '=', 'coaching_sessions.id')
        .where(
          'cso.organization_id',
          'in',
          eb.selectFrom('organizations').select('organizations.id').where(visibleOrganizations(scope)),
        ),
    );
}
