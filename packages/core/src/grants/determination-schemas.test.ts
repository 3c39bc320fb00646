import { describe, expect, it } from 'vitest';
import { determinationInputSchema, determinationProblems } from './determination-schemas';

const asked = 1_200_000; // ¥12,000.00
const problem = (input: object) => determinationProblems(determinationInputSchema.parse(input), asked)?.code ?? null;

describe('determinationProblems', () => {
  it('approves what was asked without a reason, and less with one', () => {
    expect(problem({ determination: 'approved', approvedFen: asked })).toBeNull();
    expect(
      problem({ determination: 'approved', approvedFen: 1_000_000, reason: '物资单价偏高，按市场价核减' }),
    ).toBeNull();
  });

  it('refuses an approval without an amount, above the ask, or less without a reason', () => {
    expect(problem({ determination: 'approved' })).toBe('grants.approved_amount_required');
    expect(problem({ determination: 'approved', approvedFen: 0 })).toBe('grants.approved_amount_required');
    expect(problem({ determination: 'approved', approvedFen: asked + 1 })).toBe('grants.approved_over_requested');
    expect(problem({ determination: 'approved', approvedFen: asked - 1, reason: '  ' })).toBe(
      'grants.reduction_reason_required',
    );
  });

  it('needs a reason to decline or ask for more, and no amount', () => {
    expect(problem({ determination: 'declined', reason: '与本轮方向不符' })).toBeNull();
    expect(problem({ determination: 'declined' })).toBe('grants.determination_reason_required');
    expect(problem({ determination: 'more_information' })).toBe('grants.determination_reason_required');
    expect(problem({ determination: 'declined', approvedFen: 100, reason: 'x' })).toBe(
      'grants.amount_only_when_approved',
    );
  });

  it('refuses negative or fractional fen at the schema', () => {
    expect(determinationInputSchema.safeParse({ determination: 'approved', approvedFen: -1 }).success).toBe(false);
    expect(determinationInputSchema.safeParse({ determination: 'approved', approvedFen: 10.5 }).success).toBe(false);
  });
});
