import { shanghaiDayEnd } from '@seedbed/core';
import type { Db } from '../connection';

/**
 * The demo leader's organization's latest activities on or before `today` (newest first, up to
 * `limit`), each with how many media it has — what the demo's photo writer fills
 * (server/files/demo-photos.ts). Null when the database has no demo leader.
 */
export async function demoPhotoTargets(db: Db, today: string, limit: number) {
  const leader = await db
    .selectFrom('users')
    .select(['id', 'scope_id', 'display_name'])
    .where('username', '=', 'leader')
    .executeTakeFirst();
  if (!leader?.scope_id) return null;
  const organizationId = leader.scope_id;
  const activities = await db
    .selectFrom('activities')
    .select(['activities.id'])
    .select((eb) =>
      eb
        .selectFrom('activity_media')
        .select((count) => count.fn.countAll<string>().as('n'))
        .whereRef('activity_id', '=', 'activities.id')
        .as('mediaCount'),
    )
    .where('activities.starts_at', '<', shanghaiDayEnd(today))
    .where('activities.merged_into_id', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('activity_organizations as ao')
          .select('ao.activity_id')
          .whereRef('ao.activity_id', '=', 'activities.id')
          .where('ao.organization_id', '=', organizationId),
      ),
    )
    .orderBy('activities.starts_at', 'desc')
    .limit(limit)
    .execute();
  const counted = activities.map((activity) => ({ id: activity.id, mediaCount: Number(activity.mediaCount ?? 0) }));
  return { leader: { id: leader.id, displayName: leader.display_name }, organizationId, activities: counted };
}
