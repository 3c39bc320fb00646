import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAgreementLines, checkAgreementPeriod, scaleBudgetLines } from './agreement-rules';

const line = (key: string, budgetFen: number) => ({ key, label: key, budgetFen });

describe('scaling the approved version’s budget to the approved amount', () => {
  it('scales by share and hands the fen left over to the largest remainders', () => {
    // 1000 of 3000 asked: one third each; 33333.33… → 33333 each, the one fen left to the first.
    expect(
      scaleBudgetLines([line('a', 100_000), line('b', 100_000), line('c', 100_000)], 100_000).map((l) => l.budgetFen),
    ).toEqual([33_334, 33_333, 33_333]);
    expect(scaleBudgetLines([line('a', 80_000), line('b', 20_000)], 50_000).map((l) => l.budgetFen)).toEqual([
      40_000, 10_000,
    ]);
  });

  it('leaves a budget approved in full as it is', () => {
    expect(scaleBudgetLines([line('a', 123), line('b', 456)], 579).map((l) => l.budgetFen)).toEqual([123, 456]);
  });

  it('always sums to the approved amount exactly, with no negative line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (amounts, approvedFen) => {
          const lines = amounts.map((amount, index) => line(`l${index}`, amount));
          if (amounts.every((amount) => amount === 0)) return;
          const scaled = scaleBudgetLines(lines, approvedFen);
          expect(scaled.reduce((total, l) => total + l.budgetFen, 0)).toBe(approvedFen);
          for (const l of scaled) expect(l.budgetFen).toBeGreaterThanOrEqual(0);
          expect(checkAgreementLines(scaled, approvedFen).ok).toBe(true);
        },
      ),
    );
  });
});

describe('an agreement’s lines and period', () => {
  it('refuses lines that do not add up to the approved amount, or that share a key', () => {
    expect(checkAgreementLines([line('a', 100)], 200)).toMatchObject({
      error: { code: 'grants.agreement_lines_not_approved', params: { totalFen: 100, approvedFen: 200 } },
    });
    expect(checkAgreementLines([line('a', 100), line('a', 100)], 200)).toMatchObject({
      error: { code: 'grants.duplicate_key' },
    });
  });

  it('refuses a period that runs backwards', () => {
    expect(checkAgreementPeriod('2026-05-01', '2026-04-30')).toMatchObject({
      error: { code: 'grants.agreement_period_reversed' },
    });
    expect(checkAgreementPeriod('2026-05-01', '2026-05-01').ok).toBe(true);
  });
});
