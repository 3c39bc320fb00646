import { type LastActivityMembers, ok, type Result } from '@seedbed/core';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleActivities } from '../scope';
import { notMerged } from './visibility';

/**
 * 同上次 (core's `lastActivityMembersSchema`): the organization's latest activity that has begun
 * and lists at least one of its current members, with those members (each once, in a stable order).
 * A member who has left since is not ticked again. The organization must be in the caller's scope
 * (a leader's own team), 403/404 otherwise.
 */
export async function lastActivityMembers(
  call: Pick<StoreContext, 'db' | 'scope' | 'actor'>,
  organizationId: string,
): Promise<Result<LastActivityMembers>> {
  const organization = await findInScope(call, 'organizations', organizationId);
  if (!organization.ok) return organization;
  const { db } = call;
  const currentMembers = db
    .selectFrom('organization_members')
    .select('person_id')
    .where('organization_id', '=', organizationId)
    .where('left_on', 'is', null);
  const latest = await db
    .selectFrom('activities')
    .select(['activities.id', 'activities.title', 'activities.starts_at'])
    .where(visibleActivities(call.scope))
    .where(notMerged())
    .where('activities.starts_at', '<=', call.actor.now)
    .where((eb) =>
      eb.and([
        eb.exists(
          eb
            .selectFrom('activity_organizations as ao')
            .select('ao.activity_id')
            .whereRef('ao.activity_id', '=', 'activities.id')
            .where('ao.organization_id', '=', organizationId),
        ),
        eb.exists(
          eb
            .selectFrom('activity_participants as ap')
            .select('ap.id')
            .whereRef('ap.activity_id', '=', 'activities.id')
            .where('ap.person_id', 'in', currentMembers),
        ),
      ]),
    )
    .orderBy('activities.starts_at', 'desc')
    .orderBy('activities.id')
    .limit(1)
    .executeTakeFirst();
  if (!latest) return ok({ activityId: null, title: null, startsAt: null, memberIds: [] });
  const listed = await db
    .selectFrom('activity_participants')
    .select('person_id')
    .where('activity_id', '=', latest.id)
    .where('person_id', 'in', currentMembers)
    .orderBy('id')
    .execute();
  return ok({
    activityId: latest.id,
    title: latest.title,
    startsAt: latest.starts_at.toISOString(),
    memberIds: [...new Set(listed.flatMap((row) => (row.person_id ? [row.person_id] : [])))],
  });
}
