import type { ColumnType } from 'kysely';
import type { CreatedAt, Timestamp } from '../column-types';

/** Fen in int8: read as bigint (connection.ts), written as bigint or a safe integer (the demo's rows). */
type Fen = ColumnType<bigint, bigint | number, bigint | number>;

/** Tables of the books capability (issue 17: a team's own cash book 账本). */

/** One line of a team's cash book; amounts are fen (int8, read as bigint). */
export interface CashEntriesTable {
  id: string;
  street_id: string;
  organization_id: string;
  direction: string;
  source: string | null;
  category: string | null;
  amount_fen: Fen;
  occurred_on: string;
  note: string | null;
  reverses_id: string | null;
  reversal_reason: string | null;
  /** Reserved for money posted by another capability (a grant's payment): unique where set. */
  source_ref_kind: string | null;
  source_ref_id: string | null;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface CashEntryReceiptsTable {
  id: string;
  street_id: string;
  organization_id: string;
  entry_id: string;
  file_key: string;
  thumbnail_key: string;
  content_sha256: string;
  uploaded_by: string | null;
  uploaded_at: CreatedAt;
}

/** A treasurer handover 交接, both sides confirming the balance the server computed. */
export interface TreasurerHandoversTable {
  id: string;
  street_id: string;
  organization_id: string;
  from_person_id: string | null;
  to_person_id: string;
  balance_fen: Fen;
  started_by: string | null;
  started_at: Timestamp;
  from_confirmed_by: string | null;
  from_confirmed_at: Date | string | null;
  to_confirmed_by: string | null;
  to_confirmed_at: Date | string | null;
  completed_at: Date | string | null;
  cancelled_at: Date | string | null;
}

export interface BooksTables {
  cash_entries: CashEntriesTable;
  cash_entry_receipts: CashEntryReceiptsTable;
  treasurer_handovers: TreasurerHandoversTable;
}

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const booksTablesAfterFoundation = ['cash_entries', 'cash_entry_receipts', 'treasurer_handovers'] as const;
