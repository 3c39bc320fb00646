import { ok, type ProposalVote, type Result, type VoteResult } from '@seedbed/core';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';

/**
 * The closed votes that named a grant proposal as an option (a children's council choosing among
 * proposals, seed 000), for the proposal's page: the meeting, the option's count, all ballots
 * cast, the outcome and whether this proposal led. Counts only — never who voted for it.
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
  return ok(
    rows.map((row) => {
      const result = row.result as unknown as VoteResult;
      return {
        voteId: row.voteId,
        meetingId: row.meetingId,
        meetingTitle: row.title,
        heldOn: row.held_on,
        question: row.question,
        count: result.counts[row.optionId] ?? 0,
        cast: result.cast,
        outcome: result.outcome,
        isLeader: result.leaders.includes(row.optionId),
      };
    }),
  );
}
