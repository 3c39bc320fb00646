import type { ActivityMergeHook } from '../activities';

/**
 * Tracking's part of merging two records of one activity (activities/merge.ts): every staff log of
 * the merged record moves to the kept one, so what staff observed stays with the one activity.
 */
export const moveTrackingLogsOnMerge: ActivityMergeHook = async ({ db: trx, actor }, { keptId, mergedId }) => {
  const logs = await trx
    .updateTable('tracking_logs')
    .set({ activity_id: keptId, updated_at: actor.now })
    .where('activity_id', '=', mergedId)
    .returning('id')
    .execute();
  return { trackingLogs: logs.map((r) => r.id) };
};
