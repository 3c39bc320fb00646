import {
  type DeterminationInput,
  type DeterminationResult,
  determinationProblems,
  fail,
  fenAsYuanText,
  ok,
  type Result,
} from '@seedbed/core';
import { updateAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';

/**
 * The committee's determination on a submitted proposal, written to the proposal's determination
 * columns (migration 0023) with the version it was taken on, audited. It may be taken again (more
 * information, then an approval). Approvals of one round never add up to more than its budget: the
 * round's row is locked first, so two staff approving at once are counted one after the other.
 */
export function determineGrantProposal(
  call: StoreContext,
  proposalId: string,
  input: DeterminationInput,
): Promise<Result<DeterminationResult>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'grant_proposals', proposalId);
    if (!found.ok) return found;
    const round = await tx.db
      .selectFrom('grant_rounds')
      .select(['id', 'total_budget_fen'])
      .where('id', '=', found.value.round_id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const proposal = await findInScope(tx, 'grant_proposals', proposalId, { forUpdate: true });
    if (!proposal.ok) return proposal;
    if (proposal.value.status !== 'submitted') return fail('grants.proposal_not_submitted');
    const requestedFen = Number(proposal.value.requested_fen);
    const problem = determinationProblems(input, requestedFen);
    if (problem) return { ok: false, error: problem };
    if (input.determination === 'approved') {
      const others = await tx.db
        .selectFrom('grant_proposals')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('approved_fen'), eb.lit(0)).as('total'))
        .where('round_id', '=', round.id)
        .where('determination', '=', 'approved')
        .where('id', '!=', proposalId)
        .executeTakeFirstOrThrow();
      const left = Number(round.total_budget_fen) - Number(others.total);
      if ((input.approvedFen ?? 0) > left)
        return {
          ok: false,
          error: {
            code: 'grants.over_round_budget',
            params: { left: fenAsYuanText(left) },
            fields: [{ path: 'approvedFen', message: 'over_budget' }],
          },
        };
    }
    const { after } = await updateAudited(
      tx,
      'grant_proposals',
      proposalId,
      {
        determination: input.determination,
        approved_fen: input.determination === 'approved' ? input.approvedFen : null,
        determination_reason: input.reason === '' ? null : input.reason,
        determined_by: tx.actor.userId,
        determined_at: tx.actor.now,
        determined_version: proposal.value.current_version,
      },
      { action: `grants.proposal.determine_${input.determination}` },
    );
    return ok({
      proposalId,
      determination: input.determination,
      approvedFen: after.approved_fen === null ? null : Number(after.approved_fen),
      requestedFen,
      reason: after.determination_reason ?? '',
      determinedAt: new Date(after.determined_at ?? tx.actor.now).toISOString(),
      determinedVersion: proposal.value.current_version,
    });
  });
}
