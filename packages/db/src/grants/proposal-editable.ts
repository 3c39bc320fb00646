import { fail, isProposalOpenToChange } from '@seedbed/core';
import type { Selectable } from 'kysely';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { GrantProposalsTable } from './tables';

/**
 * A proposal the caller's scope reaches and the team may still change. Read without a lock before
 * an upload's body is read (proposal-attachments.ts), so nothing is stored for a proposal that is
 * closed to changes; a write then checks again under the lock.
 */
export async function findEditableProposal(
  call: Pick<StoreContext, 'db' | 'scope'>,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const found = await findInScope(call, 'grant_proposals', id, options);
  if (!found.ok) return found;
  if (!isProposalOpenToChange(found.value))
    return fail<Selectable<GrantProposalsTable>>('grants.proposal_not_editable');
  return found;
}
