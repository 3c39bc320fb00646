import type { Scope } from '@seedbed/core';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { visibleCommunities, visibleOrganizations } from '../scope';
import type { Database } from '../tables';

/**
 * Which activities a caller may see, built only from scope.ts's filters: an activity is visible
 * when one of the organizations that organized it is visible (a joint activity is seen by every
 * partner's side); one run by the incubator or the committee, with no organization, is visible
 * to whoever sees its community.
 */
export function visibleActivities(scope: Scope) {
  return (eb: ExpressionBuilder<Database, 'activities'>): Expression<SqlBool> =>
    eb.or([
      eb.exists(
        eb
          .selectFrom('activity_organizations as ao')
          .select(sql`1`.as('one'))
          .whereRef('ao.activity_id', '=', 'activities.id')
          .where(
            'ao.organization_id',
            'in',
            eb.selectFrom('organizations').select('organizations.id').where(visibleOrganizations(scope)),
          ),
      ),
      eb.and([
        eb.not(
          eb.exists(
            eb
              .selectFrom('activity_organizations as none')
              .select(sql`1`.as('one'))
              .whereRef('none.activity_id', '=', 'activities.id'),
          ),
        ),
        eb(
          'activities.community_id',
          'in',
          eb.selectFrom('communities').select('communities.id').where(visibleCommunities(scope)),
        ),
      ]),
    ]);
}

/** Planned activities follow their organization's visibility (the committee sees those serving it). */
export function visiblePlannedActivities(scope: Scope) {
  return (eb: ExpressionBuilder<Database, 'planned_activities'>): Expression<SqlBool> =>
    eb(
      'planned_activities.organization_id',
      'in',
      eb.selectFrom('organizations').select('organizations.id').where(visibleOrganizations(scope)),
    );
}

/**
 * Records that were not merged into another. A merged record stays (audit, retried submissions,
 * old links answer with `mergedIntoId`), but lists and figures skip it so the activity counts once.
 */
export function notMerged() {
  return (eb: ExpressionBuilder<Database, 'activities'>): Expression<SqlBool> =>
    eb('activities.merged_into_id', 'is', null);
}
