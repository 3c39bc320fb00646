import { fail, ok, type Result, type Scope } from '@seedbed/core';
import type { Transaction } from 'kysely';
import { visibleOrganizations } from '../scope';
import type { Database } from '../tables';

/**
 * Inside a write's transaction: the organization, locked, if the caller's scope covers it.
 * Out of scope → 403 auth.forbidden; unknown → 404 organization.unknown; nothing is written.
 */
export async function lockOrganization(trx: Transaction<Database>, scope: Scope, id: string) {
  const row = await trx
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', id)
    .where(visibleOrganizations(scope))
    .forUpdate()
    .executeTakeFirst();
  if (row) return ok(row);
  const exists = await trx.selectFrom('organizations').select('id').where('id', '=', id).executeTakeFirst();
  return fail<typeof row & object>(exists ? 'auth.forbidden' : 'organization.unknown');
}

export type LockedOrganization = Extract<Awaited<ReturnType<typeof lockOrganization>>, { ok: true }>['value'];

/** The communities an organization lives in: its home and those it serves now. */
export async function communitiesOf(trx: Transaction<Database>, organization: LockedOrganization) {
  const served = await trx
    .selectFrom('organization_service_areas')
    .select('community_id')
    .where('organization_id', '=', organization.id)
    .where('until', 'is', null)
    .execute();
  return [organization.home_community_id, ...served.map((s) => s.community_id)];
}

export type WriteResult = Result<{ id: string }>;
