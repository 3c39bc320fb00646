import { type DialogueMeeting, type DialogueMeetingInput, ok, type Result } from '@seedbed/core';
import type { Selectable } from 'kysely';
import { insertAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { GrantDialogueMeetingsTable } from './review-tables';

/** Records of the 多方对话会 about a proposal: who came (parties and counts), what was asked, what was agreed. */

const meetingOf = (row: Selectable<GrantDialogueMeetingsTable>): DialogueMeeting => ({
  id: row.id,
  proposalId: row.proposal_id,
  heldOn: row.held_on,
  attendance: row.attendance as DialogueMeeting['attendance'],
  questions: row.questions,
  agreedChanges: row.agreed_changes,
  recordedAt: new Date(row.recorded_at).toISOString(),
});

export async function listDialogueMeetings(
  call: Pick<StoreContext, 'db' | 'scope'>,
  proposalId: string,
): Promise<Result<DialogueMeeting[]>> {
  const proposal = await findInScope(call, 'grant_proposals', proposalId);
  if (!proposal.ok) return proposal;
  const rows = await call.db
    .selectFrom('grant_dialogue_meetings')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .orderBy('held_on')
    .orderBy('recorded_at')
    .execute();
  return ok(rows.map(meetingOf));
}

export function recordDialogueMeeting(
  call: StoreContext,
  proposalId: string,
  input: DialogueMeetingInput,
): Promise<Result<DialogueMeeting>> {
  return inTransaction(call, async (tx) => {
    const proposal = await findInScope(tx, 'grant_proposals', proposalId);
    if (!proposal.ok) return proposal;
    const row = await insertAudited(
      tx,
      'grant_dialogue_meetings',
      {
        id: tx.newId(),
        street_id: proposal.value.street_id,
        proposal_id: proposalId,
        held_on: input.heldOn,
        attendance: JSON.stringify(input.attendance),
        questions: input.questions,
        agreed_changes: input.agreedChanges,
        recorded_by: tx.actor.userId,
        recorded_at: tx.actor.now,
      },
      { action: 'grants.dialogue.record' },
    );
    return ok(meetingOf(row));
  });
}
