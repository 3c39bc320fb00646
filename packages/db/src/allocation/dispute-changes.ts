import { type DisputeMeetingLinkInput, type DisputeUpdateInput, fail, ok, type Result } from '@seedbed/core';
import { updateAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { insertDisputeMeeting, lockOpenDispute } from './disputes';

/**
 * Links a deliberation meeting 议事 to an open dispute (issue 18): the meeting must be one the
 * caller can read (the scope filter of `meetings`: a team's own meetings stay its own) and held in
 * the dispute's community. The row copies the meeting's day and title, so the dispute reads the
 * same to those who cannot open the meeting; the meeting's page holds its agenda, votes, minutes.
 */
export function linkDisputeMeeting(
  call: StoreContext,
  disputeId: string,
  input: DisputeMeetingLinkInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const dispute = await lockOpenDispute(tx, disputeId);
    if (!dispute.ok) return dispute;
    const meeting = await findInScope(tx, 'meetings', input.meetingId);
    if (!meeting.ok) return meeting;
    if (meeting.value.community_id !== dispute.value.community_id) return fail('allocation.meeting_elsewhere');
    const linked = await tx.db
      .selectFrom('dispute_meetings')
      .select('id')
      .where('dispute_id', '=', disputeId)
      .where('meeting_id', '=', input.meetingId)
      .executeTakeFirst();
    if (linked) return fail('allocation.meeting_already_linked');
    await insertDisputeMeeting(tx, dispute.value, {
      meeting_id: input.meetingId,
      held_on: meeting.value.held_on,
      title: meeting.value.title,
      notes: input.notes || null,
    });
    return ok({ id: disputeId });
  });
}

/** Changes a dispute's words — title, description, rule applied, outcome — open or resolved. */
export function updateDispute(
  call: StoreContext,
  disputeId: string,
  input: DisputeUpdateInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const dispute = await findInScope(tx, 'disputes', disputeId, { forUpdate: true });
    if (!dispute.ok) return dispute;
    await updateAudited(
      tx,
      'disputes',
      disputeId,
      {
        ...(input.title !== undefined && { title: input.title }),
        ...(input.description !== undefined && { description: input.description || null }),
        ...(input.ruleApplied !== undefined && { rule_applied: input.ruleApplied }),
        ...(input.outcome !== undefined && { outcome: input.outcome }),
      },
      { action: 'allocation.dispute.update' },
    );
    return ok({ id: disputeId });
  });
}
