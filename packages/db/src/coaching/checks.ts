import { fail, ok, type Result, type Scope } from '@seedbed/core';
import type { Kysely } from 'kysely';
import { visibleOrganizations } from '../scope';
import type { Database } from '../tables';

/** Checks a coaching write needs before anything is written. */

export const coachingStaffRoles = ['admin', 'incubator_staff', 'incubator_assistant'] as const;

/** The organizations present, in the order given: out of scope → 403, unknown → 400. */
export async function coachedOrganizationsInScope(
  trx: Kysely<Database>,
  scope: Scope,
  ids: readonly string[],
): Promise<Result<{ id: string; street_id: string }[]>> {
  if (ids.length === 0) return ok([]);
  const rows = await trx
    .selectFrom('organizations')
    .select(['id', 'street_id'])
    .where('id', 'in', ids)
    .where(visibleOrganizations(scope))
    .execute();
  if (rows.length < ids.length) {
    const missing = ids.filter((id) => !rows.some((row) => row.id === id));
    const existing = await trx.selectFrom('organizations').select('id').where('id', 'in', missing).execute();
    return fail(existing.length === missing.length ? 'auth.forbidden' : 'coaching.unknown_organization');
  }
  return ok(ids.map((id) => rows.find((row) => row.id === id)!));
}

/** The staff who ran the session: accounts of the incubator team (admin, staff, assistant). */
export async function checkCoachingStaff(trx: Kysely<Database>, ids: readonly string[]): Promise<Result<string[]>> {
  if (ids.length === 0) return fail('coaching.unknown_staff');
  const rows = await trx
    .selectFrom('users')
    .select('id')
    .where('id', 'in', ids)
    .where('role', 'in', [...coachingStaffRoles])
    .execute();
  return rows.length === ids.length ? ok([...ids]) : fail('coaching.unknown_staff');
}

/** People present must be current members of one of the organizations present. */
export async function checkPeoplePresent(
  trx: Kysely<Database>,
  organizationIds: readonly string[],
  personIds: readonly string[],
): Promise<Result<true>> {
  if (personIds.length === 0) return ok(true);
  const rows = await trx
    .selectFrom('organization_members')
    .select('person_id')
    .distinct()
    .where('person_id', 'in', personIds)
    .where('organization_id', 'in', organizationIds)
    .where('left_on', 'is', null)
    .execute();
  return rows.length === personIds.length ? ok(true) : fail('coaching.person_not_member');
}
