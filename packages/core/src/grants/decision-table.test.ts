import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DecisionCandidate, decisionTable } from './decision-table';
import type { ProposalScores } from './review-scoring';

const scored = (total: number | null, recommendedFen: number | null = null): ProposalScores => ({
  reviewCount: total === null ? 0 : 3,
  criteria: [],
  reviewTotal: total,
  presentationCount: 0,
  presentationMean: null,
  total,
  spread: total === null ? null : 5,
  isSpreadFlagged: false,
  recommendations: { yes: 2, maybe: 1, no: 0 },
  recommendedFen,
});
const candidate = (
  id: string,
  requestedFen: number,
  total: number | null,
  recommendedFen: number | null = null,
): DecisionCandidate => ({
  proposalId: id,
  title: `提案${id}`,
  organizationName: `团队${id}`,
  requestedFen,
  scores: scored(total, recommendedFen),
});

describe('decisionTable', () => {
  // a round of ¥30,000 (3,000,000 fen)
  const candidates = [
    candidate('a', 1_000_000, 72),
    candidate('b', 1_500_000, 90, 1_200_000),
    candidate('c', 800_000, 72),
    candidate('d', 500_000, null),
  ];

  it('orders best first, ties by the smaller ask, unscored last, with ranks sharing ties', () => {
    const table = decisionTable(3_000_000, candidates, []);
    expect(table.rows.map((row) => [row.proposalId, row.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 2],
      ['d', null],
    ]);
  });

  it('recommends the reviewers’ amount, or what was asked, never more than asked', () => {
    const table = decisionTable(3_000_000, [...candidates, candidate('e', 300_000, 50, 900_000)], []);
    const recommended = Object.fromEntries(table.rows.map((row) => [row.proposalId, row.recommendedFen]));
    expect(recommended).toEqual({ b: 1_200_000, c: 800_000, a: 1_000_000, d: 500_000, e: 300_000 });
  });

  it('shows the budget left after each ticked choice, in table order, and flags overspending', () => {
    const table = decisionTable(3_000_000, candidates, [
      { proposalId: 'b', amountFen: 1_200_000 },
      { proposalId: 'a', amountFen: 1_000_000 },
    ]);
    expect(table.rows.map((row) => [row.proposalId, row.chosenFen, row.budgetLeftFen])).toEqual([
      ['b', 1_200_000, 1_800_000],
      ['c', null, 1_800_000],
      ['a', 1_000_000, 800_000],
      ['d', null, 800_000],
    ]);
    expect(table).toMatchObject({ chosenTotalFen: 2_200_000, budgetLeftFen: 800_000, isOverBudget: false });
    const over = decisionTable(3_000_000, candidates, [
      { proposalId: 'b', amountFen: 1_500_000 },
      { proposalId: 'a', amountFen: 1_000_000 },
      { proposalId: 'c', amountFen: 800_000 },
    ]);
    expect(over).toMatchObject({ budgetLeftFen: -300_000, isOverBudget: true });
  });

  it('always leaves the budget less the chosen amounts, whatever is ticked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 2_000_000 }),
            fc.option(fc.integer({ min: 0, max: 10_000 })),
            fc.boolean(),
          ),
          { maxLength: 25 },
        ),
        (budget, specs) => {
          const all = specs.map(([requested, total], index) =>
            candidate(String(index), requested, total === null ? null : total / 100),
          );
          const choices = specs.flatMap(([requested, , isTicked], index) =>
            isTicked ? [{ proposalId: String(index), amountFen: requested }] : [],
          );
          const table = decisionTable(budget, all, choices);
          const spent = choices.reduce((sum, choice) => sum + choice.amountFen, 0);
          expect(table.budgetLeftFen).toBe(budget - spent);
          expect(table.rows.at(-1)?.budgetLeftFen ?? budget).toBe(budget - spent);
          expect(table.rows).toHaveLength(all.length);
          for (const [index, row] of table.rows.entries()) {
            const above = table.rows.slice(0, index + 1).reduce((sum, one) => sum + (one.chosenFen ?? 0), 0);
            expect(row.budgetLeftFen).toBe(budget - above);
          }
        },
      ),
    );
  });
});
