import type { CoachingCapability, CoachingKind, CoachingSession, CoachingSessionListQuery } from '@seedbed/core';
import type { StoreContext } from '../context';
import { visibleCoachingSessions, visibleOrganizations, visiblePeople } from '../scope';

export interface SessionReadOptions {
  /** Staff's outcome notes; null otherwise. */
  withNotes: boolean;
}

export interface SessionFilter extends CoachingSessionListQuery {
  ids?: readonly string[];
  /** A user filter (the workload's street), not a scope. */
  streetId?: string | undefined;
}

/**
 * Sessions the caller may see, newest first, with their staff, the organizations present (only
 * those the caller sees) and the people present (likewise). Four queries whatever the count.
 */
export async function readCoachingSessions(
  { db, scope }: Pick<StoreContext, 'db' | 'scope'>,
  filter: SessionFilter,
  options: SessionReadOptions,
): Promise<CoachingSession[]> {
  let query = db
    .selectFrom('coaching_sessions')
    .selectAll('coaching_sessions')
    .select((eb) =>
      eb
        .selectFrom('plan_reviews')
        .select((inner) => inner.fn.countAll<string>().as('n'))
        .whereRef('plan_reviews.coaching_session_id', '=', 'coaching_sessions.id')
        .as('review_count'),
    )
    .select((eb) =>
      eb
        .selectFrom('users')
        .select('users.display_name')
        .whereRef('users.id', '=', 'coaching_sessions.recorded_by')
        .as('recorded_by_name'),
    )
    .where(visibleCoachingSessions(scope));
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    query = query.where('coaching_sessions.id', 'in', filter.ids);
  }
  if (filter.from) query = query.where('coaching_sessions.held_on', '>=', filter.from);
  if (filter.to) query = query.where('coaching_sessions.held_on', '<=', filter.to);
  if (filter.streetId) query = query.where('coaching_sessions.street_id', '=', filter.streetId);
  if (filter.organizationId) {
    const organizationId = filter.organizationId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('coaching_session_organizations as only')
          .select('only.session_id')
          .whereRef('only.session_id', '=', 'coaching_sessions.id')
          .where('only.organization_id', '=', organizationId),
      ),
    );
  }
  if (filter.staffUserId) {
    const userId = filter.staffUserId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('coaching_session_staff as by')
          .select('by.session_id')
          .whereRef('by.session_id', '=', 'coaching_sessions.id')
          .where('by.user_id', '=', userId),
      ),
    );
  }
  const rows = await query
    .orderBy('coaching_sessions.held_on', 'desc')
    .orderBy('coaching_sessions.start_time', 'desc')
    .orderBy('coaching_sessions.created_at', 'desc')
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [organizations, staff, people] = await Promise.all([
    db
      .selectFrom('coaching_session_organizations as cso')
      .innerJoin('organizations', 'organizations.id', 'cso.organization_id')
      .select(['cso.session_id', 'organizations.id', 'organizations.name'])
      .where('cso.session_id', 'in', ids)
      .where(visibleOrganizations(scope))
      .orderBy('organizations.name')
      .execute(),
    db
      .selectFrom('coaching_session_staff as css')
      .innerJoin('users', 'users.id', 'css.user_id')
      .select(['css.session_id', 'users.id', 'users.display_name as name'])
      .where('css.session_id', 'in', ids)
      .orderBy('users.display_name')
      .execute(),
    db
      .selectFrom('coaching_session_people as csp')
      .innerJoin('people', 'people.id', 'csp.person_id')
      .select(['csp.session_id', 'people.id', 'people.name'])
      .where('csp.session_id', 'in', ids)
      .where(visiblePeople(scope))
      .orderBy('people.name')
      .execute(),
  ]);
  const grouped = <T extends { session_id: string; id: string; name: string }>(list: T[]) => {
    const map = new Map<string, { id: string; name: string }[]>();
    for (const item of list) {
      const entries = map.get(item.session_id) ?? [];
      entries.push({ id: item.id, name: item.name });
      map.set(item.session_id, entries);
    }
    return map;
  };
  const organizationsOf = grouped(organizations);
  const staffOf = grouped(staff);
  const peopleOf = grouped(people);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as CoachingKind,
    heldOn: row.held_on,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    isOnline: row.is_online,
    staff: staffOf.get(row.id) ?? [],
    organizations: organizationsOf.get(row.id) ?? [],
    people: peopleOf.get(row.id) ?? [],
    otherCount: row.other_count,
    topic: row.topic,
    capabilities: row.capabilities as CoachingCapability[],
    outcomeNotes: options.withNotes ? row.outcome_notes : null,
    reviewCount: Number(row.review_count ?? 0),
    recordedBy: row.recorded_by_name ?? null,
  }));
}
