import {
  fail,
  type GrantProposal,
  ok,
  type ProposalComment,
  type ProposalCommentInput,
  type ProposalCommentResponseInput,
  type ProposalEndorsementInput,
  type Result,
  type Role,
  roleSchema,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import { insertAudited, updateAudited } from '../audited';
import type { Db } from '../connection';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { displayNames, readGrantProposal } from './proposal-read';
import type { GrantProposalCommentsTable } from './tables';

type CommentRow = Selectable<GrantProposalCommentsTable>;
const iso = (value: Date | string) => new Date(value).toISOString();

async function commentsOf(db: Db, rows: readonly CommentRow[]): Promise<ProposalComment[]> {
  const names = await displayNames(
    db,
    rows.flatMap((row) => [row.author_id, row.responded_by]),
  );
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return rows.map((row) => ({
    id: row.id,
    proposalId: row.proposal_id,
    versionNumber: row.version_number,
    anchor: row.anchor,
    text: row.text,
    authorName: nameOf(row.author_id),
    authorRole: roleSchema.parse(row.author_role),
    createdAt: iso(row.created_at),
    response:
      row.response_decision && row.responded_at
        ? {
            decision: row.response_decision,
            note: row.response_note ?? '',
            byName: nameOf(row.responded_by),
            at: iso(row.responded_at),
          }
        : null,
  }));
}

/** A proposal's comments, oldest first, for the team and those who coach it (a proposal they may read). */
export async function listProposalComments(
  call: Pick<StoreContext, 'db' | 'scope' | 'today'>,
  role: Role,
  proposalId: string,
): Promise<Result<ProposalComment[]>> {
  const proposal = await readGrantProposal(call, role, proposalId);
  if (!proposal.ok) return proposal;
  const rows = await call.db
    .selectFrom('grant_proposal_comments')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return ok(await commentsOf(call.db, rows));
}

/** A comment beside the current version; never a change to the text. */
export function addProposalComment(
  call: StoreContext,
  role: Role,
  proposalId: string,
  input: ProposalCommentInput,
): Promise<Result<ProposalComment>> {
  return inTransaction(call, async (tx) => {
    const proposal = await readGrantProposal(tx, role, proposalId);
    if (!proposal.ok) return proposal;
    if (proposal.value.status === 'withdrawn') return fail('grants.proposal_withdrawn');
    const row: CommentRow = {
      id: tx.newId(),
      street_id: proposal.value.round.streetId,
      proposal_id: proposalId,
      version_number: proposal.value.currentVersion,
      anchor: input.anchor,
      text: input.text,
      author_id: tx.actor.userId,
      author_role: role,
      created_at: tx.actor.now,
      response_decision: null,
      response_note: null,
      responded_by: null,
      responded_at: null,
    };
    await insertAudited(tx, 'grant_proposal_comments', row, { action: 'grants.proposal.comment' });
    const [comment] = await commentsOf(tx.db, [row]);
    return ok(comment!);
  });
}

/** The team's answer to a comment, once: accepted (its next version takes it up) or declined, with a note. */
export function answerProposalComment(
  call: StoreContext,
  commentId: string,
  input: ProposalCommentResponseInput,
): Promise<Result<ProposalComment>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'grant_proposal_comments', commentId, { forUpdate: true });
    if (!found.ok) return found;
    if (found.value.response_decision !== null) return fail('grants.comment_answered');
    const changes = {
      response_decision: input.decision,
      response_note: input.note,
      responded_by: tx.actor.userId,
      responded_at: tx.actor.now,
    };
    await updateAudited(tx, 'grant_proposal_comments', commentId, changes, {
      action: 'grants.proposal.comment_answer',
    });
    const [comment] = await commentsOf(tx.db, [{ ...found.value, ...changes }]);
    return ok(comment!);
  });
}

/**
 * 居委会认可: the official of the team's community records the committee's word (the scope keeps it to
 * their own community's teams). It may change — a committee that declined may endorse a revised
 * proposal — and the audit trail keeps each.
 */
export function endorseGrantProposal(
  call: StoreContext,
  role: Role,
  proposalId: string,
  input: ProposalEndorsementInput,
): Promise<Result<GrantProposal>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'grant_proposals', proposalId, { forUpdate: true });
    if (!found.ok) return found;
    if (found.value.status === 'withdrawn') return fail('grants.proposal_withdrawn');
    await updateAudited(
      tx,
      'grant_proposals',
      proposalId,
      {
        endorsement_status: input.decision,
        endorsed_by: tx.actor.userId,
        endorsed_at: tx.actor.now,
        endorsement_note: input.note || null,
        updated_at: tx.actor.now,
      },
      { action: 'grants.proposal.endorse' },
    );
    return readGrantProposal(tx, role, proposalId);
  });
}
