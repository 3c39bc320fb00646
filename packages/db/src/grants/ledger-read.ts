import {
  type ClaimState,
  type GrantLedger,
  type Ledger,
  type LedgerClaim,
  type LedgerTranche,
  ledgerOf,
  ok,
  type Result,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import type { Db } from '../connection';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { agreementTermsOf } from './agreement-read';
import type { GrantAgreementsTable } from './agreement-tables';

/** The claims and tranches of one grant as core's ledger reads them (one query each). */
export async function ledgerInputsOf(
  db: Db,
  agreementId: string,
): Promise<{ claims: LedgerClaim[]; tranches: LedgerTranche[] }> {
  const [claims, tranches] = await Promise.all([
    db
      .selectFrom('grant_claims')
      .select(['line_key', 'amount_fen', 'state', 'from_held_fen'])
      .where('agreement_id', '=', agreementId)
      .execute(),
    db.selectFrom('grant_tranches').select(['amount_fen', 'paid_on']).where('agreement_id', '=', agreementId).execute(),
  ]);
  return {
    claims: claims.map((row) => ({
      lineKey: row.line_key,
      amountFen: Number(row.amount_fen),
      state: row.state as ClaimState,
      fromHeldFen: Number(row.from_held_fen),
    })),
    tranches: tranches.map((row) => ({ amountFen: Number(row.amount_fen), isPaid: row.paid_on !== null })),
  };
}

export async function ledgerOfAgreement(db: Db, agreement: Selectable<GrantAgreementsTable>): Promise<Ledger> {
  const { claims, tranches } = await ledgerInputsOf(db, agreement.id);
  const closing = await db
    .selectFrom('grant_closings')
    .select('figures')
    .where('agreement_id', '=', agreement.id)
    .executeTakeFirst();
  const returnedFen = closing ? (closing.figures as { returnedFen: number }).returnedFen : 0;
  return ledgerOf(agreementTermsOf(agreement), claims, tranches, returnedFen);
}

/** GET …/ledger: budget against actual per line, the cap, and where the money is. */
export async function readGrantLedger(
  call: Pick<StoreContext, 'db' | 'scope'>,
  agreementId: string,
): Promise<Result<GrantLedger>> {
  const agreement = await findInScope(call, 'grant_agreements', agreementId);
  if (!agreement.ok) return agreement;
  return ok({ agreementId, ...(await ledgerOfAgreement(call.db, agreement.value)) });
}
