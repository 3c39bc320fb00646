import { fail, ok, type Result } from '../errors';

/** A line of the proposal's budget as the agreement snapshots it (key, what it is, its amount). */
export interface AgreementLineDraft {
  key: string;
  label: string;
  budgetFen: number;
}

/**
 * The approved version's budget scaled to the approved amount, for staff to start the agreement
 * from (the committee may approve less than was asked: issue 17, "amount may be less than
 * requested"). Each line gets its share rounded down to the fen, and the fen left over go one by
 * one to the lines with the largest remainders (largest-remainder method, ties to the earlier
 * line), so the lines sum to exactly `approvedFen` and no line is negative. A budget of zero is
 * left as it is: there is no share to scale.
 */
export function scaleBudgetLines<T extends AgreementLineDraft>(lines: readonly T[], approvedFen: number): T[] {
  const requestedFen = lines.reduce((total, line) => total + line.budgetFen, 0);
  if (requestedFen === 0 || requestedFen === approvedFen) return lines.map((line) => ({ ...line }));
  const shares = lines.map((line, index) => {
    const exact = (BigInt(line.budgetFen) * BigInt(approvedFen)) / BigInt(requestedFen);
    const remainder = (BigInt(line.budgetFen) * BigInt(approvedFen)) % BigInt(requestedFen);
    return { index, fen: Number(exact), remainder };
  });
  let leftOver = approvedFen - shares.reduce((total, share) => total + share.fen, 0);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    if (leftOver <= 0) break;
    share.fen += 1;
    leftOver -= 1;
  }
  return lines.map((line, index) => ({ ...line, budgetFen: shares[index]?.fen ?? 0 }));
}

/**
 * An agreement's lines as staff left them must add up to the approved amount exactly (the hard
 * cap is the approved amount; a budget above it promises money there is not, one below it hides
 * money the team was granted), with keys unique so claims can point at one line.
 */
export function checkAgreementLines(lines: readonly AgreementLineDraft[], approvedFen: number): Result<null> {
  const keys = new Set(lines.map((line) => line.key));
  if (keys.size !== lines.length) return fail('grants.duplicate_key');
  const totalFen = lines.reduce((total, line) => total + line.budgetFen, 0);
  if (totalFen !== approvedFen) return fail('grants.agreement_lines_not_approved', { totalFen, approvedFen });
  return ok(null);
}

/** An agreement's period must run forwards. */
export function checkAgreementPeriod(startsOn: string, endsOn: string): Result<null> {
  return endsOn < startsOn ? fail('grants.agreement_period_reversed') : ok(null);
}
