import {
  type AgreementInput,
  budgetLineAmountFen,
  checkAgreementLines,
  checkAgreementPeriod,
  fail,
  type GrantAgreement,
  ok,
  type ProposalContent,
  type Result,
  scaleBudgetLines,
} from '@seedbed/core';
import { insertAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { readGrantAgreement } from './agreement-read';

/**
 * The agreement 资助协议 for an approved proposal (POST /api/grant-proposals/{id}/agreement, staff):
 * both parties, the approved amount, the period, the budget lines and the rules. Lines not given
 * are the budget of the version the decision was taken on, scaled to the approved amount
 * (`scaleBudgetLines`); lines given must add up to it exactly. The rules are the round's negative
 * list as it stands today, copied, so a later edit of the round changes no signed agreement. One
 * per proposal (the proposal row is locked, and a unique index backs it).
 */
export function createGrantAgreement(
  call: StoreContext,
  proposalId: string,
  input: AgreementInput,
): Promise<Result<GrantAgreement>> {
  return inTransaction(call, async (tx) => {
    const proposal = await findInScope(tx, 'grant_proposals', proposalId, { forUpdate: true });
    if (!proposal.ok) return proposal;
    const { determination, approved_fen: approvedFen } = proposal.value;
    if (determination !== 'approved' || approvedFen === null) return fail('grants.not_approved');
    const existing = await tx.db
      .selectFrom('grant_agreements')
      .select('id')
      .where('proposal_id', '=', proposalId)
      .executeTakeFirst();
    if (existing) return fail('grants.agreement_exists');
    const period = checkAgreementPeriod(input.startsOn, input.endsOn);
    if (!period.ok) return period;
    const version = await tx.db
      .selectFrom('grant_proposal_versions')
      .select('content')
      .where('proposal_id', '=', proposalId)
      .where('number', '=', proposal.value.determined_version ?? proposal.value.current_version)
      .executeTakeFirstOrThrow();
    const content = version.content as ProposalContent;
    const lines =
      input.lines ??
      scaleBudgetLines(
        content.budgetLines.map((line) => ({
          key: line.key,
          label: line.item,
          budgetFen: budgetLineAmountFen(line),
        })),
        Number(approvedFen),
      );
    const fits = checkAgreementLines(lines, Number(approvedFen));
    if (!fits.ok) return fits;
    const [round, organization] = await Promise.all([
      tx.db
        .selectFrom('grant_rounds')
        .select('negative_list')
        .where('id', '=', proposal.value.round_id)
        .executeTakeFirstOrThrow(),
      tx.db
        .selectFrom('organizations')
        .select('name')
        .where('id', '=', proposal.value.organization_id)
        .executeTakeFirstOrThrow(),
    ]);
    const row = await insertAudited(
      tx,
      'grant_agreements',
      {
        id: tx.newId(),
        street_id: proposal.value.street_id,
        organization_id: proposal.value.organization_id,
        proposal_id: proposalId,
        round_id: proposal.value.round_id,
        title: proposal.value.title,
        grantor_name: input.grantorName,
        team_name: organization.name,
        approved_fen: approvedFen,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        tolerance_percent: input.tolerancePercent,
        lines: JSON.stringify(lines),
        negative_list: JSON.stringify(round.negative_list),
        closed_at: null,
        created_by: tx.actor.userId,
        created_at: tx.actor.now,
      },
      { action: 'grants.agreement.create' },
    );
    return readGrantAgreement(tx, row.id);
  });
}

/** The agreement made for a proposal, or null (the proposal's page offers to make one). */
export async function agreementOfProposal(
  call: Pick<StoreContext, 'db' | 'scope'>,
  proposalId: string,
): Promise<Result<{ agreementId: string | null }>> {
  const proposal = await findInScope(call, 'grant_proposals', proposalId);
  if (!proposal.ok) return proposal;
  const row = await call.db
    .selectFrom('grant_agreements')
    .select('id')
    .where('proposal_id', '=', proposalId)
    .executeTakeFirst();
  return ok({ agreementId: row?.id ?? null });
}
