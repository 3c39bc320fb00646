import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { scopeRules } from '../scope';
import type { Database } from '../tables';

/** Planned activities follow their organization's visibility (the committee sees those serving it). */
export const visiblePlannedActivities = scopeRules.planned_activities.visible;

/**
 * Records that were not merged into another. A merged record stays (audit, retried submissions,
 * old links answer with `mergedIntoId`), but lists and figures skip it so the activity counts once.
 */
export function notMerged() {
  return (eb: ExpressionBuilder<Database, 'activities'>): Expression<SqlBool> =>
    eb('activities.merged_into_id', 'is', null);
}
