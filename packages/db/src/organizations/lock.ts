import { checkNotInFuture, type Result } from '@seedbed/core';
import type { Selectable } from 'kysely';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { Database } from '../tables';

/**
 * Inside a write's transaction: the organization, locked, if the caller's scope covers it.
 * Out of scope → 403 auth.forbidden; unknown → 404 organization.unknown; nothing is written.
 */
export function lockOrganization(tx: Pick<TxContext, 'db' | 'scope'>, id: string) {
  return findInScope(tx, 'organizations', id, { forUpdate: true });
}

export type LockedOrganization = Selectable<Database['organizations']>;

/** The communities an organization lives in: its home and those it serves now. */
export async function communitiesOf(tx: Pick<TxContext, 'db'>, organization: LockedOrganization) {
  const served = await tx.db
    .selectFrom('organization_service_areas')
    .select('community_id')
    .where('organization_id', '=', organization.id)
    .where('until', 'is', null)
    .execute();
  return [organization.home_community_id, ...served.map((s) => s.community_id)];
}

export type WriteResult = Result<{ id: string }>;

/**
 * The frame of every write under one organization: `checked` — core's rule on the input, or the
 * input's dates, none of which may lie after today — refuses before anything is read; then one
 * transaction with the organization locked in the caller's scope (403/404 otherwise), and `work` in it.
 */
export async function writeUnderOrganization<T>(
  call: StoreContext,
  organizationId: string,
  checked: Result<unknown> | readonly (string | null | undefined)[],
  work: (tx: TxContext, organization: LockedOrganization) => Promise<Result<T>>,
): Promise<Result<T>> {
  const refusal = 'ok' in checked ? checked : checkNotInFuture(checked, call.today);
  if (!refusal.ok) return refusal;
  return inTransaction(call, async (tx) => {
    const locked = await lockOrganization(tx, organizationId);
    return locked.ok ? work(tx, locked.value) : locked;
  });
}
