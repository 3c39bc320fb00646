import type { ActivityMergeHook } from '../activities';

/**
 * Publicity's part of merging two records of one activity (activities/merge.ts): a draft moves to
 * the kept record when only the merged record had one (one draft per activity: when both had one,
 * the merged record's stays with it).
 */
export const movePublicityOnMerge: ActivityMergeHook = async ({ db: trx }, { keptId, mergedId }) => {
  const keptHasDraft = await trx
    .selectFrom('publicity_drafts')
    .select('id')
    .where('activity_id', '=', keptId)
    .executeTakeFirst();
  const drafts = keptHasDraft
    ? []
    : await trx
        .updateTable('publicity_drafts')
        .set({ activity_id: keptId })
        .where('activity_id', '=', mergedId)
        .returning('id')
        .execute();
  return { publicityDrafts: drafts.map((r) => r.id) };
};
