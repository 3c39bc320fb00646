import { type Ledger, settleClaim } from '@seedbed/core';
import type { Selectable } from 'kysely';
import { findCashBook, postLinkedEntry } from '../books';
import type { TxContext } from '../context';
import type { GrantAgreementsTable, GrantClaimsTable, GrantTranchesTable } from './agreement-tables';
import { ledgerOfAgreement } from './ledger-read';

/**
 * How a grant's money appears in the team's own book 账本 — once, posted by the grant, never typed
 * by hand (issue 17; books/linked.ts keeps each posting unique by its source):
 * - a tranche paid is grant money the team's treasurer now holds: one income 'grant' (kind
 *   'grant_tranche');
 * - a claim paid is the team's spending on the grant: one expense (kind 'grant_claim') for the
 *   whole amount. The part paid back out of tranche money the team holds came into the book with
 *   the tranche; the part the grant pays the member directly comes in as income 'grant' (kind
 *   'grant_claim_direct') just before the expense. So every fen received is income once and every
 *   fen spent is an expense once, and the member's own advance — their money, not the team's —
 *   never appears as the team's;
 * - at closing, tranche money the team still holds goes back: one expense (kind 'grant_return').
 * A posting the book refuses would be a bug here (the split below never spends more than the
 * book holds), so it throws, and the whole payment rolls back with it.
 */

type AgreementRow = Selectable<GrantAgreementsTable>;

/** Entries posted in one payment are a millisecond apart, so book order keeps the income first. */
const aMomentLater = (tx: TxContext, step: number): TxContext => ({
  ...tx,
  actor: { ...tx.actor, now: new Date(tx.actor.now.getTime() + step) },
});

async function post(tx: TxContext, linked: Parameters<typeof postLinkedEntry>[1]) {
  const posted = await postLinkedEntry(tx, linked);
  if (!posted.ok) throw new Error(`the team's book refused a grant posting: ${posted.error.code}`);
  return posted.value;
}

/** What the team's book holds now, in fen: the part of a payment it can cover from tranche money. */
async function bookBalance(tx: TxContext, organizationId: string): Promise<number> {
  const book = await findCashBook(tx, organizationId);
  if (!book.ok) throw new Error(`the team's book cannot be read: ${book.error.code}`);
  return book.value.balanceFen;
}

const noteOf = (agreement: AgreementRow, what: string) => `${agreement.title}：${what}`.slice(0, 200);

export async function postClaimPayment(
  tx: TxContext,
  agreement: AgreementRow,
  claim: Selectable<GrantClaimsTable>,
): Promise<{ fromHeldFen: number; directFen: number }> {
  const ledger: Ledger = await ledgerOfAgreement(tx.db, agreement);
  const held = Math.min(ledger.heldByTeamFen, await bookBalance(tx, claim.organization_id));
  const split = settleClaim(Number(claim.amount_fen), held);
  const what = `报销 #${claim.number} ${claim.description}`;
  if (split.directFen > 0)
    await post(tx, {
      organizationId: claim.organization_id,
      entry: {
        direction: 'income',
        source: 'grant',
        amountFen: split.directFen,
        occurredOn: tx.today,
        note: noteOf(agreement, what),
      },
      sourceRef: { kind: 'grant_claim_direct', id: claim.id },
    });
  await post(aMomentLater(tx, 1), {
    organizationId: claim.organization_id,
    entry: {
      direction: 'expense',
      category: 'other',
      amountFen: Number(claim.amount_fen),
      occurredOn: tx.today,
      note: noteOf(agreement, what),
    },
    sourceRef: { kind: 'grant_claim', id: claim.id },
  });
  return split;
}

export async function postTranchePayment(
  tx: TxContext,
  agreement: AgreementRow,
  tranche: Selectable<GrantTranchesTable>,
  paidOn: string,
): Promise<void> {
  await post(tx, {
    organizationId: tranche.organization_id,
    entry: {
      direction: 'income',
      source: 'grant',
      amountFen: Number(tranche.amount_fen),
      occurredOn: paidOn,
      note: noteOf(agreement, `第 ${tranche.number} 笔拨款`),
    },
    sourceRef: { kind: 'grant_tranche', id: tranche.id },
  });
}

/** At closing: the tranche money the team still holds (and its book still has) goes back. */
export async function postGrantReturn(tx: TxContext, agreement: AgreementRow): Promise<number> {
  const ledger = await ledgerOfAgreement(tx.db, agreement);
  const returnedFen = Math.min(ledger.heldByTeamFen, await bookBalance(tx, agreement.organization_id));
  if (returnedFen > 0)
    await post(tx, {
      organizationId: agreement.organization_id,
      entry: {
        direction: 'expense',
        category: 'other',
        amountFen: returnedFen,
        occurredOn: tx.today,
        note: noteOf(agreement, '结项退还结余'),
      },
      sourceRef: { kind: 'grant_return', id: agreement.id },
    });
  return returnedFen;
}
