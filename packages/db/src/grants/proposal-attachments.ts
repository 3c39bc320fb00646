import { ok, type ProposalAttachment, type ProposalAttachmentKind, type Result, type Role } from '@seedbed/core';
import type { Selectable } from 'kysely';
import { recordAudit } from '../audit';
import { insertAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { findEditableProposal } from './proposal-editable';
import { readGrantProposal } from './proposal-read';
import type { GrantProposalAttachmentsTable } from './tables';

/**
 * A proposal's attachments 附件: the team adds and removes them while it may still change the
 * proposal (proposals.ts findEditableProposal); whoever may read the proposal lists and opens them
 * (proposal-read.ts readGrantProposal: funders and experts only once submitted, experts only what is
 * assigned to them). The server sniffs and stores the file; here only its row.
 */
type Reader = Pick<StoreContext, 'db' | 'scope' | 'today' | 'actor'>;
type AttachmentRow = Selectable<GrantProposalAttachmentsTable>;

export interface NewProposalAttachment {
  proposalId: string;
  fileKey: string;
  originalName: string;
  kind: ProposalAttachmentKind;
  sizeBytes: number;
}

const viewOf = (row: AttachmentRow): ProposalAttachment => ({
  id: row.id,
  proposalId: row.proposal_id,
  originalName: row.original_name,
  kind: row.kind,
  sizeBytes: row.size_bytes,
  uploadedAt: new Date(row.uploaded_at).toISOString(),
});

/** Scope and state before the body is read: an outsider learns nothing, and nothing is stored for a closed proposal. */
export async function findAttachableProposal(
  call: Pick<StoreContext, 'db' | 'scope'>,
  proposalId: string,
): Promise<Result<{ id: string }>> {
  const found = await findEditableProposal(call, proposalId);
  return found.ok ? ok({ id: found.value.id }) : found;
}

export function addProposalAttachment(
  call: StoreContext,
  attachment: NewProposalAttachment,
): Promise<Result<ProposalAttachment>> {
  return inTransaction(call, async (tx) => {
    const proposal = await findEditableProposal(tx, attachment.proposalId, { forUpdate: true });
    if (!proposal.ok) return proposal;
    const row = await insertAudited(
      tx,
      'grant_proposal_attachments',
      {
        id: tx.newId(),
        street_id: proposal.value.street_id,
        proposal_id: attachment.proposalId,
        file_key: attachment.fileKey,
        original_name: attachment.originalName,
        kind: attachment.kind,
        size_bytes: attachment.sizeBytes,
        uploaded_by: tx.actor.userId,
        uploaded_at: tx.actor.now,
      },
      { action: 'grants.proposal.attachment.add' },
    );
    return ok(viewOf(row));
  });
}

/** A proposal's attachments, oldest first, for those who may read the proposal. */
export async function listProposalAttachments(
  call: Reader,
  role: Role,
  proposalId: string,
): Promise<Result<ProposalAttachment[]>> {
  const proposal = await readGrantProposal(call, role, proposalId);
  if (!proposal.ok) return proposal;
  const rows = await call.db
    .selectFrom('grant_proposal_attachments')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
  return ok(rows.map(viewOf));
}

/** One attachment's stored file, for those who may read its proposal. */
export async function findProposalAttachmentFile(
  call: Reader,
  role: Role,
  attachmentId: string,
): Promise<Result<{ fileKey: string; kind: ProposalAttachmentKind; originalName: string }>> {
  const found = await findInScope(call, 'grant_proposal_attachments', attachmentId);
  if (!found.ok) return found;
  const proposal = await readGrantProposal(call, role, found.value.proposal_id);
  if (!proposal.ok) return proposal;
  return ok({ fileKey: found.value.file_key, kind: found.value.kind, originalName: found.value.original_name });
}

/**
 * The team removes an attachment while it may still change the proposal: the row goes (its audit
 * entry keeps it as it was) and the answer names the file, which the server removes once the row is gone.
 */
export function removeProposalAttachment(
  call: StoreContext,
  attachmentId: string,
): Promise<Result<{ fileKey: string }>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'grant_proposal_attachments', attachmentId, { forUpdate: true });
    if (!found.ok) return found;
    const proposal = await findEditableProposal(tx, found.value.proposal_id, { forUpdate: true });
    if (!proposal.ok) return proposal;
    await tx.db.deleteFrom('grant_proposal_attachments').where('id', '=', attachmentId).execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'grants.proposal.attachment.remove',
      tableName: 'grant_proposal_attachments',
      recordId: attachmentId,
      streetId: found.value.street_id,
      before: found.value,
    });
    return ok({ fileKey: found.value.file_key });
  });
}
