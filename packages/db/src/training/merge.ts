import type { ActivityMergeHook } from '../activities';

/**
 * Training's part of merging two records of one activity (activities/merge.ts): a session linked
 * to the merged record follows it to the kept one, so its sign-ins — moved there by the merge —
 * still count the applicants present (signed-in.ts).
 */
export const moveTrainingSessionsOnMerge: ActivityMergeHook = async ({ db: trx }, { keptId, mergedId }) => {
  const sessions = await trx
    .updateTable('training_sessions')
    .set({ activity_id: keptId })
    .where('activity_id', '=', mergedId)
    .returning('id')
    .execute();
  return { trainingSessions: sessions.map((r) => r.id) };
};
