import { ok, type ProposalVote, type Result, type VoteResult } from '@seedbed/core';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleMeetings } from '../scope';

/**
 * The closed votes that named a grant proposal as an option (a children's council choosing among
 * proposals, seed 000), for the proposal's page: the meeting, the option's count, all ballots
 * cast, the outcome and whether this proposal led. Counts only — never who voted for it. The
 * meeting (its id, title and date) only to a caller who may read that meeting: a team sees its
 * proposal chosen by a council whose meetings are not its to read, so it gets the result alone.
 */
export async function findProposalVotes(
  call: Pick<StoreContext, 'db' | 'scope'>,
  proposalId: string,
): Promise<Result<ProposalVote[]>> {
  const proposal = await findInScope(call, 'grant_proposals', proposalId);
  if (!proposal.ok) return proposal;
  const rows = await call.db
    .selectFrom('meeting_vote_options as o')
    .innerJoin('meeting_votes as v', 'v.id', 'o.vote_id')
    .innerJoin('meetings as m', 'm.id', 'v.meeting_id')
    .select([
      'o.id as optionId',
      'v.id as voteId',
      'v.question',
      'v.result',
      'm.id as meetingId',
      'm.title',
      'm.held_on',
    ])
    .where('o.proposal_id', '=', proposalId)
    .where('v.state', '=', 'closed')
    .orderBy('m.held_on')
    .orderBy('v.id')
    .execute();
  const meetingIds = [...new Set(rows.map((row) => row.meetingId))];
  const readable =
    meetingIds.length === 0
      ? new Set<string>()
      : new Set(
          (
            await call.db
              .selectFrom('meetings')
              .select('meetings.id')
              .where('meetings.id', 'in', meetingIds)
              .where(visibleMeetings(call.scope))
              .execute()
          ).map((meeting) => meeting.id),
        );
  return ok(
    rows.map((row) => {
      const result = row.result as unknown as VoteResult;
      const mayRead = readable.has(row.meetingId);
      return {
        voteId: row.voteId,
        meetingId: mayRead ? row.meetingId : null,
        meetingTitle: mayRead ? row.title : null,
        heldOn: mayRead ? row.held_on : null,
        question: row.question,
        count: result.counts[row.optionId] ?? 0,
        cast: result.cast,
        outcome: result.outcome,
        isLeader: result.leaders.includes(row.optionId),
      };
    }),
  );
}
