import { fail, ok, type Result } from '@seedbed/core';
import { insertAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';

/**
 * Receipt photos of an entry: the same photo pipeline as activity photos (server/src/files/photos.ts
 * makes the two JPEG renditions); here only their row. The same bytes sent again to the same entry
 * (a retry after a dropped connection) answer with the receipt already there.
 */
export interface NewReceipt {
  organizationId: string;
  entryId: string;
  fileKey: string;
  thumbnailKey: string;
  contentSha256: string;
}

export interface Receipt {
  id: string;
  entryId: string;
}

/** Scope and the entry, before the body is read: an outsider learns nothing and uploads nothing. */
export async function findReceiptEntry(
  call: Pick<StoreContext, 'db' | 'scope'>,
  organizationId: string,
  entryId: string,
): Promise<Result<{ id: string }>> {
  const entry = await findInScope(call, 'cash_entries', entryId);
  if (!entry.ok) return entry;
  if (entry.value.organization_id !== organizationId) return fail('books.unknown_entry');
  return ok({ id: entry.value.id });
}

export function addReceipt(
  call: StoreContext,
  receipt: NewReceipt,
): Promise<Result<{ receipt: Receipt; created: boolean }>> {
  return inTransaction(call, async (tx) => {
    const entry = await findInScope(tx, 'cash_entries', receipt.entryId, { forUpdate: true });
    if (!entry.ok) return entry;
    if (entry.value.organization_id !== receipt.organizationId) return fail('books.unknown_entry');
    const existing = await tx.db
      .selectFrom('cash_entry_receipts')
      .select(['id', 'entry_id'])
      .where('entry_id', '=', receipt.entryId)
      .where('content_sha256', '=', receipt.contentSha256)
      .executeTakeFirst();
    if (existing) return ok({ receipt: { id: existing.id, entryId: existing.entry_id }, created: false });
    const row = await insertAudited(
      tx,
      'cash_entry_receipts',
      {
        id: tx.newId(),
        street_id: entry.value.street_id,
        organization_id: receipt.organizationId,
        entry_id: receipt.entryId,
        file_key: receipt.fileKey,
        thumbnail_key: receipt.thumbnailKey,
        content_sha256: receipt.contentSha256,
        uploaded_by: tx.actor.userId,
        uploaded_at: tx.actor.now,
      },
      { action: 'books.receipt.add' },
    );
    return ok({ receipt: { id: row.id, entryId: row.entry_id }, created: true });
  });
}

/** A receipt's stored files, for those who may read the book (403/404 otherwise). */
export async function findReceipt(
  call: Pick<StoreContext, 'db' | 'scope'>,
  organizationId: string,
  receiptId: string,
): Promise<Result<{ fileKey: string; thumbnailKey: string }>> {
  const found = await findInScope(call, 'cash_entry_receipts', receiptId);
  if (!found.ok) return found;
  if (found.value.organization_id !== organizationId) return fail('books.unknown_entry');
  return ok({ fileKey: found.value.file_key, thumbnailKey: found.value.thumbnail_key });
}
