import type { BookLine, CashEntry, ExpenseCategory, IncomeSource } from '@seedbed/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../tables';
import type { CashEntriesTable } from './tables';

/** Reading a team's book rows as core's lines: fen from int8 (bigint) to a safe integer at this edge. */

type Reader = Kysely<Database> | Transaction<Database>;
export type CashEntryRow = Selectable<CashEntriesTable>;

export function lineOf(row: CashEntryRow): BookLine {
  return {
    direction: row.direction as BookLine['direction'],
    source: row.source as IncomeSource | null,
    category: row.category as ExpenseCategory | null,
    amountFen: Number(row.amount_fen),
    occurredOn: row.occurred_on,
    recordedAt: row.recorded_at.toISOString(),
  };
}

export function entryRowsOf(db: Reader, organizationId: string): Promise<CashEntryRow[]> {
  return db
    .selectFrom('cash_entries')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('occurred_on')
    .orderBy('recorded_at')
    .execute();
}

/** The rows as entries with the balance after each (book order), their reversals and receipts named. */
export async function entriesWithBalance(db: Reader, rows: readonly CashEntryRow[]): Promise<CashEntry[]> {
  const receipts = rows.length
    ? await db
        .selectFrom('cash_entry_receipts')
        .select(['id', 'entry_id'])
        .where(
          'entry_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('uploaded_at')
        .execute()
    : [];
  const reversedBy = new Map(rows.filter((r) => r.reverses_id).map((r) => [r.reverses_id, r.id]));
  let balance = 0;
  return rows.map((row) => {
    const line = lineOf(row);
    balance += line.direction === 'income' ? line.amountFen : -line.amountFen;
    return {
      id: row.id,
      direction: line.direction,
      source: line.source,
      category: line.category,
      amountFen: line.amountFen,
      occurredOn: row.occurred_on,
      note: row.note,
      reversesId: row.reverses_id,
      reversalReason: row.reversal_reason,
      reversedById: reversedBy.get(row.id) ?? null,
      receiptIds: receipts.filter((r) => r.entry_id === row.id).map((r) => r.id),
      balanceFen: balance,
      recordedAt: row.recorded_at.toISOString(),
    };
  });
}
