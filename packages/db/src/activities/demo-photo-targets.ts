import { shanghaiDayEnd } from '@seedbed/core';
import type { Db } from '../connection';

/**
 * The demo leader's organization's latest activities on or before `today` (newest first, up to
 * `limit`), each with whether it has any media yet — what the demo's photo writer fills
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
        .exists(
          eb.selectFrom('activity_media').select('activity_media.id').whereRef('activity_id', '=', 'activities.id'),
        )
        .as('hasMedia'),
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
  return { leader: { id: leader.id, displayName: leader.display_name }, organizationId, activities };
}
