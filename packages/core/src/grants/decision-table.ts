import type { ProposalScores } from './review-scoring';
import { rankByTotal } from './review-scoring';

/**
 * The committee's decision table (issue 17; Hypha's users ask for exactly this, hypha#2328): the
 * proposals best first with what they ask, what the reviewers recommend, their scores and the
 * reviewers' yes/maybe/no, and the budget left after each choice as the committee ticks proposals.
 */

export interface DecisionCandidate {
  proposalId: string;
  title: string;
  organizationName: string;
  requestedFen: number;
  scores: ProposalScores;
}

/** A proposal the committee has ticked (or already approved), for this amount in fen. */
export interface DecisionChoice {
  proposalId: string;
  amountFen: number;
}

export interface DecisionRow extends DecisionCandidate {
  rank: number | null;
  /** The reviewers' recommended amount, never above what was asked; what was asked when none recommended. */
  recommendedFen: number;
  chosenFen: number | null;
  /** The round's budget less every choice in this row and the rows above it. */
  budgetLeftFen: number;
}

export interface DecisionTable {
  rows: DecisionRow[];
  chosenTotalFen: number;
  budgetLeftFen: number;
  /** The choices spend more than the round's budget. */
  isOverBudget: boolean;
}

/**
 * Rows by total (highest first; unscored last), ties by asked amount (the smaller first: the budget
 * reaches further) then title, so the order is the same on every screen. A choice for a proposal
 * not in the table is ignored.
 */
export function decisionTable(
  totalBudgetFen: number,
  candidates: readonly DecisionCandidate[],
  choices: readonly DecisionChoice[],
): DecisionTable {
  const ordered = [...candidates].sort(
    (a, b) =>
      (b.scores.total ?? Number.NEGATIVE_INFINITY) - (a.scores.total ?? Number.NEGATIVE_INFINITY) ||
      a.requestedFen - b.requestedFen ||
      a.title.localeCompare(b.title, 'zh-CN') ||
      a.proposalId.localeCompare(b.proposalId),
  );
  const ranks = rankByTotal(ordered.map((candidate) => candidate.scores));
  const chosen = new Map(choices.map((choice) => [choice.proposalId, choice.amountFen]));
  let left = totalBudgetFen;
  const rows = ordered.map((candidate, index) => {
    const chosenFen = chosen.get(candidate.proposalId) ?? null;
    left -= chosenFen ?? 0;
    return {
      ...candidate,
      rank: ranks[index] ?? null,
      recommendedFen: Math.min(candidate.scores.recommendedFen ?? candidate.requestedFen, candidate.requestedFen),
      chosenFen,
      budgetLeftFen: left,
    };
  });
  return { rows, chosenTotalFen: totalBudgetFen - left, budgetLeftFen: left, isOverBudget: left < 0 };
}
