import {
  confirmationProblems,
  type EligibilityConfirmationInput,
  type EligibilityRule,
  eligibilityRows,
  evaluateEligibility,
  ok,
  type ProposalEligibility,
  type Result,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { Database } from '../tables';

/**
 * Eligibility at 立案评审: the round's `checked` rules from the proposal's current version (team
 * size, target community, the ask against the cap, the months against the rule), its `confirmed`
 * rules from what staff ticked (one row per proposal, its id the proposal's).
 */

type ProposalRow = Selectable<Database['grant_proposals']>;

async function eligibilityOf(db: StoreContext['db'], proposal: ProposalRow): Promise<ProposalEligibility> {
  const round = await db
    .selectFrom('grant_rounds')
    .select(['eligibility', 'per_proposal_cap_fen', 'project_months_min', 'project_months_max'])
    .where('id', '=', proposal.round_id)
    .executeTakeFirstOrThrow();
  const version = await db
    .selectFrom('grant_proposal_versions')
    .select('content')
    .where('proposal_id', '=', proposal.id)
    .where('number', '=', proposal.current_version)
    .executeTakeFirst();
  const content = (version?.content ?? {}) as { team?: unknown[]; projectMonths?: number };
  const target = await db
    .selectFrom('grant_round_communities')
    .select('community_id')
    .where('round_id', '=', proposal.round_id)
    .where('community_id', '=', proposal.community_id)
    .executeTakeFirst();
  const confirmation = await db
    .selectFrom('grant_eligibility_confirmations')
    .selectAll()
    .where('id', '=', proposal.id)
    .executeTakeFirst();
  const rules = round.eligibility as EligibilityRule[];
  const evaluated = evaluateEligibility(
    rules,
    {
      perProposalCapFen: Number(round.per_proposal_cap_fen),
      projectMonthsMin: round.project_months_min,
      projectMonthsMax: round.project_months_max,
    },
    {
      teamSize: content.team?.length,
      isInTargetArea: target !== undefined,
      askedFen: Number(proposal.requested_fen),
      projectMonths: content.projectMonths,
    },
    (confirmation?.confirmed_keys as string[] | undefined) ?? [],
  );
  return {
    proposalId: proposal.id,
    rules: eligibilityRows(rules, evaluated.verdicts),
    isEligible: evaluated.isEligible,
    confirmedAt: confirmation ? new Date(confirmation.updated_at).toISOString() : null,
  };
}

export async function readProposalEligibility(
  call: Pick<StoreContext, 'db' | 'scope'>,
  proposalId: string,
): Promise<Result<ProposalEligibility>> {
  const proposal = await findInScope(call, 'grant_proposals', proposalId);
  if (!proposal.ok) return proposal;
  return ok(await eligibilityOf(call.db, proposal.value));
}

/** Staff tick the confirmed rules (the whole set, replacing the last), audited. */
export function confirmProposalEligibility(
  call: StoreContext,
  proposalId: string,
  input: EligibilityConfirmationInput,
): Promise<Result<ProposalEligibility>> {
  return inTransaction(call, async (tx) => {
    const proposal = await findInScope(tx, 'grant_proposals', proposalId, { forUpdate: true });
    if (!proposal.ok) return proposal;
    const round = await tx.db
      .selectFrom('grant_rounds')
      .select('eligibility')
      .where('id', '=', proposal.value.round_id)
      .executeTakeFirstOrThrow();
    const problem = confirmationProblems(round.eligibility as EligibilityRule[], input.confirmedKeys);
    if (problem) return { ok: false, error: problem };
    const values = {
      confirmed_keys: JSON.stringify(input.confirmedKeys),
      confirmed_by: tx.actor.userId,
      updated_at: tx.actor.now,
    };
    const existing = await tx.db
      .selectFrom('grant_eligibility_confirmations')
      .select('id')
      .where('id', '=', proposalId)
      .executeTakeFirst();
    if (existing)
      await updateAudited(tx, 'grant_eligibility_confirmations', proposalId, values, {
        action: 'grants.eligibility.confirm',
      });
    else
      await insertAudited(
        tx,
        'grant_eligibility_confirmations',
        { id: proposalId, street_id: proposal.value.street_id, ...values },
        { action: 'grants.eligibility.confirm' },
      );
    return ok(await eligibilityOf(tx.db, proposal.value));
  });
}
