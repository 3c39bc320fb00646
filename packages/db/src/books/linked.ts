import { type CashEntryInput, checkBookStaysCovered, ok, type Result } from '@seedbed/core';
import { insertAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { entryRowsOf, lineOf } from './lines';

/**
 * Money another capability moves for a team posts itself into the team's book (a grant's payment,
 * kind 'grant_payment'; a reimbursement paid out): `source_ref` names it, and the unique index on it
 * makes a second posting of the same payment answer the first entry — the money appears once, and
 * nobody types it in by hand. Runs inside the caller's transaction when given one, so the payment
 * and its book entry land together. The grants capability is to call it (issue 17).
 */
export interface LinkedEntry {
  organizationId: string;
  entry: CashEntryInput;
  sourceRef: { kind: string; id: string };
}

export function postLinkedEntry(
  call: StoreContext | TxContext,
  linked: LinkedEntry,
): Promise<Result<{ id: string; created: boolean }>> {
  return inTransaction(call, async (tx) => {
    const organization = await findInScope(tx, 'organizations', linked.organizationId, { forUpdate: true });
    if (!organization.ok) return organization;
    const posted = await tx.db
      .selectFrom('cash_entries')
      .select('id')
      .where('source_ref_kind', '=', linked.sourceRef.kind)
      .where('source_ref_id', '=', linked.sourceRef.id)
      .executeTakeFirst();
    if (posted) return ok({ id: posted.id, created: false });
    const { entry } = linked;
    const row = {
      id: tx.newId(),
      street_id: organization.value.street_id,
      organization_id: linked.organizationId,
      direction: entry.direction,
      source: entry.direction === 'income' ? entry.source : null,
      category: entry.direction === 'expense' ? entry.category : null,
      amount_fen: BigInt(entry.amountFen),
      occurred_on: entry.occurredOn,
      note: entry.note || null,
      reverses_id: null,
      reversal_reason: null,
      source_ref_kind: linked.sourceRef.kind,
      source_ref_id: linked.sourceRef.id,
      recorded_by: tx.actor.userId,
      recorded_at: tx.actor.now,
    };
    const covered = checkBookStaysCovered([
      ...(await entryRowsOf(tx.db, linked.organizationId)).map(lineOf),
      lineOf(row),
    ]);
    if (!covered.ok) return covered;
    await insertAudited(tx, 'cash_entries', row, { action: 'books.entry.post_linked' });
    return ok({ id: row.id, created: true });
  });
}
