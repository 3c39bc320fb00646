import { type ActivityPlace, fail, ok, type Result } from '@seedbed/core';
import type { StoreContext, TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleOrganizations, visiblePeople } from '../scope';

type Reader = Pick<StoreContext | TxContext, 'db' | 'scope'>;

/** Checks a write needs before anything is written: organizations, community, place, people. */

export interface OrganizerRow {
  id: string;
  street_id: string;
  home_community_id: string;
}

/** The organizing organizations, in the order given; each must be in the caller's scope. */
export async function organizersInScope(
  { db: trx, scope }: Reader,
  ids: readonly string[],
): Promise<Result<OrganizerRow[]>> {
  if (ids.length === 0) return ok([]);
  // Several ids at once: any of them out of scope answers 403 before an unknown one's 404.
  const rows = await trx
    .selectFrom('organizations')
    .select(['id', 'street_id', 'home_community_id'])
    .where('id', 'in', ids)
    .where(visibleOrganizations(scope))
    .execute();
  if (rows.length < ids.length) {
    const missing = ids.filter((id) => !rows.some((row) => row.id === id));
    const existing = await trx.selectFrom('organizations').select('id').where('id', 'in', missing).execute();
    return fail(existing.length > 0 ? 'auth.forbidden' : 'organization.unknown');
  }
  return ok(ids.map((id) => rows.find((row) => row.id === id)!));
}

/** An activity run by the incubator or committee: its community must be in scope (not a leader's). */
export async function communityInScope(
  call: Reader,
  communityId: string,
): Promise<Result<{ id: string; street_id: string }>> {
  if (call.scope.kind === 'organization') return fail('auth.forbidden');
  return findInScope(call, 'communities', communityId);
}

export interface PlaceColumns {
  space_id: string | null;
  estate_id: string | null;
  courtyard_id: string | null;
  place_text: string | null;
  /** The community the place lies in, when known. */
  communityId: string | null;
}

/**
 * The columns of an activity's place. A space or an estate must lie in a community the caller sees
 * (a leader: the organization's home and served communities), or an activity could be placed — and
 * announced on the public "what's on" page — in another street (403); an unknown one is
 * `activity.unknown_place`. It must also lie in the activity's own street (`streetId`): an admin sees
 * every street, but an organization's activity belongs to its street's registers and pages.
 */
export async function resolvePlace(
  call: Pick<TxContext, 'db' | 'scope'>,
  place: ActivityPlace | undefined,
  streetId: string,
): Promise<Result<PlaceColumns>> {
  const none = { space_id: null, estate_id: null, courtyard_id: null, place_text: null, communityId: null };
  if (!place) return ok(none);
  const unknown = { unknown: 'activity.unknown_place' } as const;
  switch (place.kind) {
    case 'text':
      return ok({ ...none, place_text: place.text });
    case 'space': {
      const space = await findInScope(call, 'spaces', place.spaceId, unknown);
      if (!space.ok) return space;
      if (space.value.street_id !== streetId) return fail('activity.other_street');
      return ok({ ...none, space_id: space.value.id, communityId: space.value.community_id });
    }
    case 'estate': {
      const estate = await findInScope(call, 'estates', place.estateId, unknown);
      if (!estate.ok) return estate;
      if (estate.value.street_id !== streetId) return fail('activity.other_street');
      if (place.courtyardId) {
        const courtyard = await call.db
          .selectFrom('courtyards')
          .select('id')
          .where('id', '=', place.courtyardId)
          .where('estate_id', '=', estate.value.id)
          .where('archived_at', 'is', null)
          .executeTakeFirst();
        if (!courtyard) return fail('activity.unknown_place');
      }
      return ok({
        ...none,
        estate_id: estate.value.id,
        courtyard_id: place.courtyardId ?? null,
        communityId: estate.value.community_id,
      });
    }
  }
}

/**
 * Participants picked from the list must be current members of an organizing organization; an
 * activity without organization picks people the caller may see. Others come as guests by name.
 */
export async function checkParticipants(
  { db: trx, scope }: Reader,
  organizationIds: readonly string[],
  personIds: readonly string[],
): Promise<Result<void>> {
  const wanted = [...new Set(personIds)];
  if (wanted.length === 0) return ok(undefined);
  const found =
    organizationIds.length > 0
      ? await trx
          .selectFrom('organization_members')
          .select('person_id')
          .where('organization_id', 'in', organizationIds)
          .where('left_on', 'is', null)
          .where('person_id', 'in', wanted)
          .execute()
      : await trx
          .selectFrom('people')
          .select('people.id as person_id')
          .where('people.id', 'in', wanted)
          .where(visiblePeople(scope))
          .execute();
  const known = new Set(found.map((row) => row.person_id));
  const stranger = wanted.find((id) => !known.has(id));
  return stranger ? fail('activity.participant_not_member', { personId: stranger }) : ok(undefined);
}
