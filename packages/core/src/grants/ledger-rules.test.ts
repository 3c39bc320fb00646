import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClaimState, claimStates, isCommitted } from './claim-states';
import {
  checkClaimFits,
  checkTrancheFits,
  type LedgerClaim,
  type LedgerTerms,
  ledgerOf,
  lineToleranceFen,
  settleClaim,
} from './ledger-rules';

const terms: LedgerTerms = {
  capFen: 1_000_000,
  tolerancePercent: 10,
  lines: [
    { key: 'supplies', label: '物料', budgetFen: 600_000 },
    { key: 'food', label: '茶歇', budgetFen: 400_000 },
  ],
};
const claim = (lineKey: string, amountFen: number, state: ClaimState = 'approved', fromHeldFen = 0): LedgerClaim => ({
  lineKey,
  amountFen,
  state,
  fromHeldFen,
});

describe('a grant ledger', () => {
  it('puts approved and paid claims against their lines and keeps pending ones apart', () => {
    const ledger = ledgerOf(
      terms,
      [
        claim('supplies', 120_000, 'paid', 50_000),
        claim('supplies', 30_000),
        claim('food', 9_900, 'submitted'),
        claim('food', 5_000, 'declined'),
      ],
      [
        { amountFen: 200_000, isPaid: true },
        { amountFen: 300_000, isPaid: false },
      ],
    );
    expect(ledger.lines.map((l) => [l.key, l.spentFen, l.pendingFen, l.remainingFen, l.ceilingFen])).toEqual([
      ['supplies', 150_000, 0, 450_000, 660_000],
      ['food', 0, 9_900, 400_000, 440_000],
    ]);
    expect(ledger).toMatchObject({
      spentFen: 150_000,
      remainingFen: 850_000,
      tranchesPaidFen: 200_000,
      paidFromHeldFen: 50_000,
      paidDirectFen: 70_000,
      heldByTeamFen: 150_000,
      disbursedFen: 270_000,
    });
  });

  it('refuses an unknown line, a claim over the cap and one beyond the line’s tolerance', () => {
    const ledger = ledgerOf(terms, [claim('supplies', 600_000), claim('food', 390_000)], []);
    expect(checkClaimFits(ledger, 'alcohol', 100)).toMatchObject({
      error: { code: 'grants.budget_line_unknown', params: { line: 'alcohol' } },
    });
    expect(checkClaimFits(ledger, 'supplies', 10_001)).toMatchObject({
      error: { code: 'grants.claim_over_cap', params: { leftFen: 10_000 } },
    });
    expect(checkClaimFits(ledger, 'supplies', 10_000).ok).toBe(true);
    const tight = ledgerOf(terms, [claim('food', 430_000)], []);
    expect(checkClaimFits(tight, 'food', 10_001)).toMatchObject({
      error: { code: 'grants.claim_beyond_tolerance', params: { leftFen: 10_000, tolerancePercent: 10 } },
    });
    expect(checkClaimFits(tight, 'food', 10_000).ok).toBe(true);
  });

  it('rounds a tolerance down to the fen', () => {
    expect(lineToleranceFen(999, 10)).toBe(99);
    expect(lineToleranceFen(600_000, 0)).toBe(0);
  });

  it('settles a claim from the money the team holds first, the rest directly', () => {
    expect(settleClaim(30_000, 50_000)).toEqual({ fromHeldFen: 30_000, directFen: 0 });
    expect(settleClaim(30_000, 10_000)).toEqual({ fromHeldFen: 10_000, directFen: 20_000 });
    expect(settleClaim(30_000, 0)).toEqual({ fromHeldFen: 0, directFen: 30_000 });
  });

  it('refuses a tranche beyond what the cap leaves', () => {
    const ledger = ledgerOf(terms, [claim('food', 100_000, 'paid')], [{ amountFen: 800_000, isPaid: true }]);
    expect(checkTrancheFits(ledger, 200_001)).toMatchObject({ error: { code: 'grants.tranche_over_cap' } });
  });
});

/** A grant's life played out: tranches paid and claims made, each admitted only when the rules say it fits. */
const events = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('tranche' as const), amountFen: fc.integer({ min: 1, max: 600_000 }) }),
    fc.record({
      kind: fc.constant('claim' as const),
      lineKey: fc.constantFrom('supplies', 'food', 'venue', 'nope'),
      amountFen: fc.integer({ min: 1, max: 400_000 }),
      state: fc.constantFrom(...claimStates),
    }),
  ),
  { maxLength: 40 },
);
const termsArbitrary = fc
  .record({
    supplies: fc.integer({ min: 0, max: 800_000 }),
    food: fc.integer({ min: 0, max: 800_000 }),
    venue: fc.integer({ min: 0, max: 800_000 }),
    tolerancePercent: fc.integer({ min: 0, max: 50 }),
  })
  .map(
    ({ supplies, food, venue, tolerancePercent }): LedgerTerms => ({
      capFen: supplies + food + venue,
      tolerancePercent,
      lines: [
        { key: 'supplies', label: '物料', budgetFen: supplies },
        { key: 'food', label: '茶歇', budgetFen: food },
        { key: 'venue', label: '场地', budgetFen: venue },
      ],
    }),
  );

describe('the ledger’s invariants', () => {
  it('balances, holds every line within its tolerance and totals exactly the approved claims', () => {
    fc.assert(
      fc.property(termsArbitrary, events, (grantTerms, steps) => {
        const claims: LedgerClaim[] = [];
        const tranches: { amountFen: number; isPaid: boolean }[] = [];
        for (const step of steps) {
          const ledger = ledgerOf(grantTerms, claims, tranches);
          if (step.kind === 'tranche') {
            if (checkTrancheFits(ledger, step.amountFen).ok) tranches.push({ amountFen: step.amountFen, isPaid: true });
            continue;
          }
          if (!checkClaimFits(ledger, step.lineKey, step.amountFen).ok) continue;
          const fromHeldFen = step.state === 'paid' ? settleClaim(step.amountFen, ledger.heldByTeamFen).fromHeldFen : 0;
          claims.push(claim(step.lineKey, step.amountFen, step.state, fromHeldFen));
        }
        const before = ledgerOf(grantTerms, claims, tranches);
        // Closing returns what the team still holds.
        const ledger = ledgerOf(grantTerms, claims, tranches, before.heldByTeamFen);
        expect(ledger.heldByTeamFen).toBe(0);
        const committed = claims.filter((c) => isCommitted(c.state));
        // Totals equal the approved (and paid) claims, line by line and overall.
        expect(ledger.spentFen).toBe(committed.reduce((t, c) => t + c.amountFen, 0));
        expect(ledger.lines.reduce((t, l) => t + l.spentFen, 0)).toBe(ledger.spentFen);
        // It balances: cap = spent + remaining; received = spent (paid) + held by the team.
        expect(ledger.spentFen + ledger.remainingFen).toBe(ledger.capFen);
        const paidFen = claims.filter((c) => c.state === 'paid').reduce((t, c) => t + c.amountFen, 0);
        expect(ledger.disbursedFen).toBe(paidFen + ledger.heldByTeamFen + ledger.returnedFen);
        expect(before.disbursedFen).toBe(paidFen + before.heldByTeamFen);
        expect(ledger.heldByTeamFen).toBeGreaterThanOrEqual(0);
        expect(ledger.disbursedFen).toBeLessThanOrEqual(ledger.capFen);
        expect(ledger.remainingFen).toBeGreaterThanOrEqual(0);
        // No line below zero beyond its tolerance.
        for (const line of ledger.lines)
          expect(line.remainingFen).toBeGreaterThanOrEqual(-lineToleranceFen(line.budgetFen, ledger.tolerancePercent));
        // Nothing lands on a line the agreement does not have.
        expect(claims.some((c) => c.lineKey === 'nope')).toBe(false);
      }),
    );
  });
});
