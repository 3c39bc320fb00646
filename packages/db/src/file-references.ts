import { sql } from 'kysely';
import type { Db } from './connection';
import type { Database } from './tables';

/**
 * Every column that holds a file-store key (server/src/files/file-store.ts): what the backup checks
 * its copied files against and what the start-up sweep keeps. A new column that holds a key must be
 * listed here (its name ends in `_key`: tests/api/file-references.test.ts fails until it is), or the
 * sweep would remove its files.
 */
function column<T extends keyof Database>(table: T, name: keyof Database[T] & string) {
  return { table, column: name };
}

export const fileKeyColumns = [
  column('activity_media', 'file_key'),
  column('activity_media', 'thumbnail_key'),
  column('communities', 'site_plan_key'),
  column('organization_changes', 'document_file_key'),
  column('cash_entry_receipts', 'file_key'),
  column('cash_entry_receipts', 'thumbnail_key'),
  column('grant_claim_receipts', 'file_key'),
  column('grant_claim_receipts', 'thumbnail_key'),
  column('grant_proposal_attachments', 'file_key'),
  column('vote_paper_tallies', 'photo_key'),
  column('vote_paper_tallies', 'thumbnail_key'),
] as const;

/** Columns ending in `_key` that hold something else. */
export const notFileKeyColumns = [
  column('activity_sign_ins', 'identity_key'),
  // A claim's budget line of its agreement (core's AgreementLine key).
  column('grant_claims', 'line_key'),
  // A meeting's default type (core's defaultMeetingTypes key).
  column('meetings', 'type_key'),
] as const;

/** One query listing every referenced key: the same text for Kysely and a plain pg client (backup). */
export const referencedFileKeysSql = fileKeyColumns
  .map(({ table, column }) => `select ${column} as key from ${table} where ${column} is not null`)
  .join(' union ');

export async function referencedFileKeys(db: Db): Promise<Set<string>> {
  const { rows } = await sql.raw<{ key: string }>(referencedFileKeysSql).execute(db);
  return new Set(rows.map((row) => row.key));
}
