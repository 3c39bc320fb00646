import { type ActivityPublicityState, ok, type Result, sharePath } from '@seedbed/core';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';

/** The draft (if any) of an activity the caller may see. */
export async function activityPublicityState(
  call: Pick<StoreContext, 'db' | 'scope'>,
  activityId: string,
  { canEdit }: { canEdit: boolean },
): Promise<Result<ActivityPublicityState>> {
  const activity = await findInScope(call, 'activities', activityId);
  if (!activity.ok) return activity;
  const draft = await call.db
    .selectFrom('publicity_drafts')
    .select(['id', 'code', 'status', 'published_at'])
    .where('activity_id', '=', activityId)
    .executeTakeFirst();
  return ok({
    draft: draft
      ? {
          id: draft.id,
          code: draft.code,
          status: draft.status,
          sharePath: sharePath(draft.code),
          publishedAt: draft.published_at?.toISOString() ?? null,
        }
      : null,
    canEdit: canEdit && !activity.value.merged_into_id,
  });
}
