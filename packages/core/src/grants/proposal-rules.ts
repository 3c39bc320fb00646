import type { DomainError } from '../errors';
import { formatFen } from '../shared/money';
import { negativeListHits } from './negative-list';
import type { BudgetLine, ProposalContent } from './proposal-schemas';
import type { GrantRoundInput, NegativeListEntry } from './round-schemas';

/** A budget line's amount: unit price × quantity, exact in integer fen (the schema bounds both factors). */
export function budgetLineAmountFen(line: Pick<BudgetLine, 'unitPriceFen' | 'quantity'>): number {
  return line.unitPriceFen * line.quantity;
}

/** What the proposal asks of the round: the sum of its budget lines. */
export function requestedFenOf(content: Pick<ProposalContent, 'budgetLines'>): number {
  return content.budgetLines.reduce((sum, line) => sum + budgetLineAmountFen(line), 0);
}

/** Other money and help the team brings (自筹, donations, 配捐, in kind): the leverage funders count. */
export function leverageOf(content: Pick<ProposalContent, 'otherSupport'>): number {
  return content.otherSupport.reduce((sum, support) => sum + support.amountFen, 0);
}

/** The text of a budget line the negative list is matched against: what it buys and why. */
function lineText(line: BudgetLine): string {
  return `${line.item} ${line.justification}`;
}

/** Each budget line that mentions ineligible spending, with the entry it touches. */
export function budgetLineHits(
  content: Pick<ProposalContent, 'budgetLines'>,
  round: Pick<ProposalRoundRules, 'negativeList'>,
): { lineKey: string; label: string; keyword: string }[] {
  return content.budgetLines.flatMap((line) =>
    negativeListHits(lineText(line), round.negativeList).map((hit) => ({
      lineKey: line.key,
      label: hit.label,
      keyword: hit.keyword,
    })),
  );
}

/** What of its round a proposal is checked against. */
export interface ProposalRoundRules
  extends Pick<GrantRoundInput, 'perProposalCapFen' | 'projectMonthsMin' | 'projectMonthsMax'> {
  negativeList: readonly NegativeListEntry[];
}

/**
 * What a save refuses whatever the step: keys repeated inside one list (plan items and budget lines
 * are pointed at by key across versions), and a total over the round's per-proposal cap.
 */
export function proposalSaveProblems(content: ProposalContent, round: ProposalRoundRules): DomainError | null {
  for (const [list, items] of [
    ['planItems', content.planItems],
    ['budgetLines', content.budgetLines],
  ] as const) {
    const keys = items.map((item) => item.key);
    if (new Set(keys).size !== keys.length)
      return { code: 'grants.duplicate_key', fields: [{ path: list, message: 'duplicate' }] };
  }
  const requested = requestedFenOf(content);
  if (requested > round.perProposalCapFen)
    return {
      code: 'grants.proposal_over_cap',
      params: { requested: formatFen(requested), cap: formatFen(round.perProposalCapFen) },
      fields: [{ path: 'budgetLines', message: 'over_cap' }],
    };
  return null;
}

/**
 * What submitting also needs: a budget, a project length inside the round's rule, and no budget
 * line on the negative list (a draft may hold one while the team asks staff about it).
 */
export function proposalSubmitProblems(content: ProposalContent, round: ProposalRoundRules): DomainError | null {
  const saved = proposalSaveProblems(content, round);
  if (saved) return saved;
  if (content.budgetLines.length === 0)
    return { code: 'grants.proposal_no_budget', fields: [{ path: 'budgetLines', message: 'required' }] };
  const months = content.projectMonths;
  if (months === undefined || months < round.projectMonthsMin || months > round.projectMonthsMax)
    return {
      code: 'grants.proposal_months_outside',
      params: { min: round.projectMonthsMin, max: round.projectMonthsMax },
      fields: [{ path: 'projectMonths', message: 'outside' }],
    };
  const hits = budgetLineHits(content, round);
  if (hits.length > 0) {
    const first = hits[0]!;
    return {
      code: 'grants.proposal_negative_list',
      params: { label: first.label, keyword: first.keyword },
      fields: hits.map((hit) => ({
        path: `budgetLines.${content.budgetLines.findIndex((line) => line.key === hit.lineKey)}`,
        message: 'negative_list',
      })),
    };
  }
  return null;
}

/**
 * Whether the team may still change a proposal — its words, its attachments: not withdrawn and not
 * decided (a determination asking for more information leaves it open). The store checks it under a
 * lock; the page uses it to offer the team's buttons.
 */
export function isProposalOpenToChange(proposal: {
  status: 'draft' | 'submitted' | 'withdrawn';
  determination: 'approved' | 'declined' | 'more_information' | null;
}): boolean {
  return (
    proposal.status !== 'withdrawn' && proposal.determination !== 'approved' && proposal.determination !== 'declined'
  );
}
