import { fail, ok, type Result } from '../errors';
import { type ClaimState, isCommitted, isPending } from './claim-states';

/**
 * A grant's ledger (台账, issue 17): budget against actual per line of the agreement, a tolerance
 * for moving money between lines, a hard cap for the grant, and where the money is. Pure
 * arithmetic in integer fen; the store feeds it rows.
 *
 * The money model, which the team's book follows (db/src/grants/claim-payment.ts posts it):
 * - a tranche paid hands grant money to the team's treasurer (预拨): the team holds it;
 * - a claim paid settles what a member advanced 垫付: first out of what the team holds from
 *   tranches (the treasurer pays the member back from it), the rest paid to the member directly
 *   from the grant (the seeds' 报销会). `settleClaim` splits it;
 * - at closing, what the team still holds is returned (退还结余).
 * So received (tranches + direct payments) = spent (paid claims) + held by the team + returned, always.
 */

export interface LedgerBudgetLine {
  key: string;
  label: string;
  budgetFen: number;
}

export interface LedgerClaim {
  lineKey: string;
  amountFen: number;
  state: ClaimState;
  /** For a paid claim: how much of it came out of tranche money the team held (the rest was paid directly). */
  fromHeldFen: number;
}

export interface LedgerTranche {
  amountFen: number;
  isPaid: boolean;
}

export interface LedgerTerms {
  /** The hard cap: the grant's approved amount. Approved and paid claims never sum above it. */
  capFen: number;
  /**
   * How far one line may run over its budget, in percent of that line's budget (money moved from
   * other lines 科目调剂, still under the cap). 0 holds every line to its budget.
   */
  tolerancePercent: number;
  lines: readonly LedgerBudgetLine[];
}

export interface LedgerLineFigures extends LedgerBudgetLine {
  /** Approved and paid claims on the line. */
  spentFen: number;
  /** Claims still on their way (submitted, changes requested, checked). */
  pendingFen: number;
  /** budget − spent; negative when money was moved in from other lines. */
  remainingFen: number;
  /** The most the line may be spent to: budget + its tolerance. */
  ceilingFen: number;
}

export interface Ledger {
  capFen: number;
  tolerancePercent: number;
  lines: LedgerLineFigures[];
  budgetFen: number;
  spentFen: number;
  pendingFen: number;
  /** cap − spent. */
  remainingFen: number;
  /** Tranche money handed to the team. */
  tranchesPaidFen: number;
  /** Claims paid to the member directly from the grant. */
  paidDirectFen: number;
  /** Claims paid out of tranche money the team held. */
  paidFromHeldFen: number;
  /** Tranche money the team gave back at closing (退还结余). */
  returnedFen: number;
  /** Grant money the team holds unspent: tranches paid − claims settled from them − returned. */
  heldByTeamFen: number;
  /** Grant money that has left the grant: tranches + direct payments. */
  disbursedFen: number;
}

/** How far a line may run over its budget, in whole fen (rounded down: the tolerance is a ceiling). */
export function lineToleranceFen(budgetFen: number, tolerancePercent: number): number {
  return Math.floor((budgetFen * tolerancePercent) / 100);
}

export function ledgerOf(
  terms: LedgerTerms,
  claims: readonly LedgerClaim[],
  tranches: readonly LedgerTranche[],
  returnedFen = 0,
): Ledger {
  const lines = terms.lines.map((line) => {
    const onLine = claims.filter((claim) => claim.lineKey === line.key);
    const spentFen = sum(onLine.filter((c) => isCommitted(c.state)).map((c) => c.amountFen));
    const pendingFen = sum(onLine.filter((c) => isPending(c.state)).map((c) => c.amountFen));
    return {
      ...line,
      spentFen,
      pendingFen,
      remainingFen: line.budgetFen - spentFen,
      ceilingFen: line.budgetFen + lineToleranceFen(line.budgetFen, terms.tolerancePercent),
    };
  });
  const paid = claims.filter((claim) => claim.state === 'paid');
  const paidFromHeldFen = sum(paid.map((c) => c.fromHeldFen));
  const paidDirectFen = sum(paid.map((c) => c.amountFen)) - paidFromHeldFen;
  const tranchesPaidFen = sum(tranches.filter((t) => t.isPaid).map((t) => t.amountFen));
  const spentFen = sum(lines.map((line) => line.spentFen));
  return {
    capFen: terms.capFen,
    tolerancePercent: terms.tolerancePercent,
    lines,
    budgetFen: sum(lines.map((line) => line.budgetFen)),
    spentFen,
    pendingFen: sum(lines.map((line) => line.pendingFen)),
    remainingFen: terms.capFen - spentFen,
    tranchesPaidFen,
    paidDirectFen,
    paidFromHeldFen,
    returnedFen,
    heldByTeamFen: tranchesPaidFen - paidFromHeldFen - returnedFen,
    disbursedFen: tranchesPaidFen + paidDirectFen,
  };
}

/**
 * Whether `amountFen` more on line `lineKey` fits the grant: the line must be one of the
 * agreement's, the line stays within budget + tolerance, and the grant within its cap. Counts what
 * the ledger already counts as spent (approved and paid); at submission the store passes pending
 * claims as committed too, so the team hears early. Money is never asked to fit a closed grant:
 * the store refuses that first (`grants.grant_closed`).
 */
export function checkClaimFits(ledger: Ledger, lineKey: string, amountFen: number): Result<null> {
  const line = ledger.lines.find((candidate) => candidate.key === lineKey);
  if (!line) return fail('grants.budget_line_unknown', { line: lineKey });
  if (ledger.spentFen + amountFen > ledger.capFen)
    return fail('grants.claim_over_cap', { capFen: ledger.capFen, leftFen: Math.max(0, ledger.remainingFen) });
  if (line.spentFen + amountFen > line.ceilingFen)
    return fail('grants.claim_beyond_tolerance', {
      line: line.label,
      leftFen: Math.max(0, line.ceilingFen - line.spentFen),
      tolerancePercent: ledger.tolerancePercent,
    });
  return ok(null);
}

/**
 * How a claim being paid is settled: out of the tranche money the team holds first (the treasurer
 * pays the member back in cash they already have), the rest directly from the grant.
 */
export function settleClaim(amountFen: number, heldByTeamFen: number): { fromHeldFen: number; directFen: number } {
  const fromHeldFen = Math.min(amountFen, Math.max(0, heldByTeamFen));
  return { fromHeldFen, directFen: amountFen - fromHeldFen };
}

/** A tranche may not hand out more than the cap leaves after what was disbursed already. */
export function checkTrancheFits(ledger: Ledger, amountFen: number): Result<null> {
  const leftFen = ledger.capFen - ledger.disbursedFen;
  if (amountFen > leftFen) return fail('grants.tranche_over_cap', { leftFen: Math.max(0, leftFen) });
  return ok(null);
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
