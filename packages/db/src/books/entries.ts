import {
  type CashEntryInput,
  checkBookStaysCovered,
  fail,
  ok,
  type Result,
  type ReverseEntryInput,
} from '@seedbed/core';
import { insertAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { entryRowsOf, lineOf } from './lines';

/**
 * Writing the book: one transaction with the organization locked, so two entries written at once
 * are checked against each other (the cash never dips below zero: core's checkBookStaysCovered).
 */
async function lockBook(tx: TxContext, organizationId: string) {
  return findInScope(tx, 'organizations', organizationId, { forUpdate: true });
}

export function addCashEntry(
  call: StoreContext,
  organizationId: string,
  input: CashEntryInput,
): Promise<Result<{ id: string }>> {
  if (input.occurredOn > call.today) return Promise.resolve(fail('books.future_date'));
  return inTransaction(call, async (tx) => {
    const organization = await lockBook(tx, organizationId);
    if (!organization.ok) return organization;
    const id = tx.newId();
    const row = {
      id,
      street_id: organization.value.street_id,
      organization_id: organizationId,
      direction: input.direction,
      source: input.direction === 'income' ? input.source : null,
      category: input.direction === 'expense' ? input.category : null,
      amount_fen: BigInt(input.amountFen),
      occurred_on: input.occurredOn,
      note: input.note || null,
      reverses_id: null,
      reversal_reason: null,
      source_ref_kind: null,
      source_ref_id: null,
      recorded_by: tx.actor.userId,
      recorded_at: tx.actor.now,
    };
    const lines = (await entryRowsOf(tx.db, organizationId)).map(lineOf);
    const covered = checkBookStaysCovered([...lines, lineOf(row)]);
    if (!covered.ok) return covered;
    await insertAudited(tx, 'cash_entries', row, { action: 'books.entry.add' });
    return ok({ id });
  });
}

/**
 * A correction never deletes (a funder audits the whole trail): a reversing entry on the same day,
 * with the same direction and source or category and the amount negated, so the day's and the
 * period's figures net out; audited as `books.entry_reversed`. Reversing an income the team has
 * since spent would leave the cash below zero, and is refused like any other entry.
 */
export function reverseCashEntry(
  call: StoreContext,
  organizationId: string,
  entryId: string,
  input: ReverseEntryInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const organization = await lockBook(tx, organizationId);
    if (!organization.ok) return organization;
    const rows = await entryRowsOf(tx.db, organizationId);
    const original = rows.find((r) => r.id === entryId);
    if (!original) return fail('books.unknown_entry');
    if (original.reverses_id) return fail('books.reversal_of_reversal');
    if (rows.some((r) => r.reverses_id === entryId)) return fail('books.already_reversed');
    const id = tx.newId();
    const row = {
      ...original,
      id,
      amount_fen: -original.amount_fen,
      reverses_id: entryId,
      reversal_reason: input.reason,
      source_ref_kind: null,
      source_ref_id: null,
      recorded_by: tx.actor.userId,
      recorded_at: tx.actor.now,
    };
    const covered = checkBookStaysCovered([...rows.map(lineOf), lineOf(row)]);
    if (!covered.ok) return covered;
    await insertAudited(tx, 'cash_entries', row, { action: 'books.entry_reversed' });
    return ok({ id });
  });
}
