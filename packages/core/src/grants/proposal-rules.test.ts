import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultNegativeList } from './defaults';
import {
  budgetLineHits,
  isProposalOpenToChange,
  proposalSaveProblems,
  proposalSubmitProblems,
  requestedFenOf,
} from './proposal-rules';
import { type ProposalContent, proposalContentSchema } from './proposal-schemas';

const rules = {
  perProposalCapFen: 1_500_000,
  projectMonthsMin: 3,
  projectMonthsMax: 9,
  negativeList: defaultNegativeList,
};
const content = (overrides: Partial<ProposalContent> = {}): ProposalContent =>
  proposalContentSchema.parse({
    title: '楼道花园',
    budgetLines: [{ key: 'b1', category: 'materials', item: '花苗', unitPriceFen: 500, quantity: 200 }],
    projectMonths: 4,
    ...overrides,
  });
const line = (key: string, unitPriceFen: number, quantity: number, item = '花苗') =>
  ({ key, category: 'materials', item, unitPriceFen, quantity, justification: '' }) as const;

describe('a proposal’s sums and rules', () => {
  it('asks the exact sum of its lines, in integer fen (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 1, max: 10_000 })), {
          maxLength: 60,
        }),
        (pairs) => {
          const lines = pairs.map(([price, quantity], index) => line(`b${index}`, price, quantity));
          const total = requestedFenOf({ budgetLines: lines });
          expect(Number.isSafeInteger(total)).toBe(true);
          expect(BigInt(total)).toBe(lines.reduce((sum, l) => sum + BigInt(l.unitPriceFen) * BigInt(l.quantity), 0n));
        },
      ),
    );
  });

  it('refuses a total over the cap, and one key used twice', () => {
    expect(proposalSaveProblems(content({ budgetLines: [line('b1', 1_500_001, 1)] }), rules)?.code).toBe(
      'grants.proposal_over_cap',
    );
    expect(proposalSaveProblems(content({ budgetLines: [line('b1', 1, 1), line('b1', 2, 1)] }), rules)?.code).toBe(
      'grants.duplicate_key',
    );
    expect(proposalSaveProblems(content({ budgetLines: [line('b1', 1_500_000, 1)] }), rules)).toBeNull();
  });

  it('keeps a negative-list line in a draft but refuses it at submit, pointing at the line', () => {
    const withCash = content({ budgetLines: [line('b1', 100, 1), line('b2', 2000, 10, '现金红包')] });
    expect(proposalSaveProblems(withCash, rules)).toBeNull();
    expect(budgetLineHits(withCash, rules).map((hit) => hit.lineKey)).toEqual(['b2']);
    const refused = proposalSubmitProblems(withCash, rules);
    expect(refused?.code).toBe('grants.proposal_negative_list');
    expect(refused?.fields).toEqual([{ path: 'budgetLines.1', message: 'negative_list' }]);
  });

  it('needs a budget and months inside the round’s rule to submit', () => {
    expect(proposalSubmitProblems(content({ budgetLines: [] }), rules)?.code).toBe('grants.proposal_no_budget');
    expect(proposalSubmitProblems(content({ projectMonths: 10 }), rules)?.code).toBe('grants.proposal_months_outside');
    expect(proposalSubmitProblems(content({ projectMonths: undefined }), rules)?.code).toBe(
      'grants.proposal_months_outside',
    );
    expect(proposalSubmitProblems(content(), rules)).toBeNull();
  });
});

describe('whether the team may still change a proposal', () => {
  it('is open as a draft, once submitted and when more information is asked; closed once withdrawn or decided', () => {
    expect(isProposalOpenToChange({ status: 'draft', determination: null })).toBe(true);
    expect(isProposalOpenToChange({ status: 'submitted', determination: null })).toBe(true);
    expect(isProposalOpenToChange({ status: 'submitted', determination: 'more_information' })).toBe(true);
    expect(isProposalOpenToChange({ status: 'submitted', determination: 'approved' })).toBe(false);
    expect(isProposalOpenToChange({ status: 'submitted', determination: 'declined' })).toBe(false);
    expect(isProposalOpenToChange({ status: 'withdrawn', determination: null })).toBe(false);
  });
});
