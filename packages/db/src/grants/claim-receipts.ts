import { fail, ok, type Result } from '@seedbed/core';
import { insertAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';

/**
 * Receipt photos of a claim: the photo pipeline as the book's receipts (server/src/files/photos.ts
 * makes the renditions); here only their row. The same bytes again (a retry on a bad network)
 * answer with the stored receipt. Receipts are added while the claim is the team's to change.
 */
export interface NewClaimReceipt {
  claimId: string;
  fileKey: string;
  thumbnailKey: string;
  contentSha256: string;
}

const changeableStates = ['submitted', 'changes_requested'];

/** Scope and state, before the body is read: an outsider learns nothing and uploads nothing. */
export async function findReceiptClaim(
  call: Pick<StoreContext, 'db' | 'scope'>,
  claimId: string,
): Promise<Result<{ id: string }>> {
  const claim = await findInScope(call, 'grant_claims', claimId);
  if (!claim.ok) return claim;
  if (!changeableStates.includes(claim.value.state))
    return fail('grants.claim_wrong_state', { state: claim.value.state });
  return ok({ id: claim.value.id });
}

export function addClaimReceipt(
  call: StoreContext,
  receipt: NewClaimReceipt,
): Promise<Result<{ receipt: { id: string; claimId: string }; created: boolean }>> {
  return inTransaction(call, async (tx) => {
    const claim = await findInScope(tx, 'grant_claims', receipt.claimId, { forUpdate: true });
    if (!claim.ok) return claim;
    if (!changeableStates.includes(claim.value.state))
      return fail('grants.claim_wrong_state', { state: claim.value.state });
    const existing = await tx.db
      .selectFrom('grant_claim_receipts')
      .select(['id', 'claim_id'])
      .where('claim_id', '=', receipt.claimId)
      .where('content_sha256', '=', receipt.contentSha256)
      .executeTakeFirst();
    if (existing) return ok({ receipt: { id: existing.id, claimId: existing.claim_id }, created: false });
    const row = await insertAudited(
      tx,
      'grant_claim_receipts',
      {
        id: tx.newId(),
        street_id: claim.value.street_id,
        organization_id: claim.value.organization_id,
        claim_id: receipt.claimId,
        file_key: receipt.fileKey,
        thumbnail_key: receipt.thumbnailKey,
        content_sha256: receipt.contentSha256,
        uploaded_by: tx.actor.userId,
        uploaded_at: tx.actor.now,
      },
      { action: 'grants.claim.receipt.add' },
    );
    return ok({ receipt: { id: row.id, claimId: row.claim_id }, created: true });
  });
}

/** A receipt's stored files, for those who may read the grant's money (403/404 otherwise). */
export async function findClaimReceipt(
  call: Pick<StoreContext, 'db' | 'scope'>,
  receiptId: string,
): Promise<Result<{ fileKey: string; thumbnailKey: string }>> {
  const found = await findInScope(call, 'grant_claim_receipts', receiptId);
  if (!found.ok) return found;
  return ok({ fileKey: found.value.file_key, thumbnailKey: found.value.thumbnail_key });
}
