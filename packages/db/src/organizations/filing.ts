import { type FilingInput, fail, mayFileFor, ok } from '@seedbed/core';
import { updateAudited } from '../audited';
import type { StoreContext } from '../context';
import { findChange } from './change-documents';
import { recordChange } from './history-writes';
import { type WriteResult, writeUnderOrganization } from './lock';

/**
 * 备案: a filing recorded from the filing route — by the residents' committee (`byCommittee`: then
 * confirmed at once, by them) or by staff (then waiting for the committee's confirmation).
 */
export function recordFiling(
  call: StoreContext,
  organizationId: string,
  input: FilingInput,
  options: { byCommittee: boolean },
): Promise<WriteResult> {
  return recordChange(
    call,
    organizationId,
    { field: 'filing_status', value: 'filed', changedOn: input.changedOn, documentRef: input.documentRef },
    options,
  );
}

/**
 * The committee confirms a filing staff recorded: who and when, audited, once. Only a record of
 * 'filed' is confirmed (400), only by the home community's committee (403), only once (409).
 */
export function confirmFiling(call: StoreContext, organizationId: string, changeId: string): Promise<WriteResult> {
  return writeUnderOrganization(call, organizationId, [], async (tx, organization) => {
    if (!mayFileFor(tx.scope, organization.home_community_id)) return fail('organization.filing_other_community');
    const change = await findChange(tx, organizationId, changeId);
    if (!change.ok) return change;
    if (change.value.field !== 'filing_status' || change.value.value !== 'filed')
      return fail('organization.filing_not_filing');
    if (change.value.confirmed_at) return fail('organization.filing_confirmed');
    await updateAudited(
      tx,
      'organization_changes',
      changeId,
      { confirmed_by: tx.actor.userId, confirmed_at: tx.actor.now },
      { action: 'organization.filing.confirm' },
    );
    return ok({ id: changeId });
  });
}
