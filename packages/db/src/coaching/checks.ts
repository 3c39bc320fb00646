import { fail, ok, type Result } from '@seedbed/core';
import type { StoreContext, TxContext } from '../context';
import { findAllInScope } from '../find-in-scope';

/** Checks a coaching write needs before anything is written. */

type Lookup = Pick<StoreContext | TxContext, 'db' | 'scope'>;

export const coachingStaffRoles = ['admin', 'incubator_staff', 'incubator_assistant'] as const;

/**
 * The organizations present, in the order given: an id that exists nowhere → 400
 * 'coaching.unknown_organization' (it names a list entry, not the record asked for); otherwise one
 * out of scope → 403.
 */
export function coachedOrganizationsInScope(
  call: Lookup,
  ids: readonly string[],
): Promise<Result<{ id: string; street_id: string }[]>> {
  return findAllInScope(call, 'organizations', ids, { unknown: 'coaching.unknown_organization' });
}

/** The staff who ran the session: accounts of the incubator team (admin, staff, assistant). */
export async function checkCoachingStaff(
  { db }: Pick<TxContext, 'db'>,
  ids: readonly string[],
): Promise<Result<string[]>> {
  if (ids.length === 0) return fail('coaching.unknown_staff');
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', ids)
    .where('role', 'in', [...coachingStaffRoles])
    .execute();
  return rows.length === ids.length ? ok([...ids]) : fail('coaching.unknown_staff');
}

/** People present must be current members of one of the organizations present. */
export async function checkPeoplePresent(
  { db }: Pick<TxContext, 'db'>,
  organizationIds: readonly string[],
  personIds: readonly string[],
): Promise<Result<true>> {
  if (personIds.length === 0) return ok(true);
  const rows = await db
    .selectFrom('organization_members')
    .select('person_id')
    .distinct()
    .where('person_id', 'in', personIds)
    .where('organization_id', 'in', organizationIds)
    .where('left_on', 'is', null)
    .execute();
  return rows.length === personIds.length ? ok(true) : fail('coaching.person_not_member');
}
