import { proposalContentSchema, proposalSaveProblems, requestedFenOf } from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './index';

const demo = generateDemo({ seed: 20171, today: '2026-06-30' });

describe('the demo rounds’ proposals (seed 002)', () => {
  it('counts seed 002’s figures: 37 proposals and 20 selected, then 19 and 16', () => {
    const [first, second] = demo.grant_rounds;
    const of = (roundId: string) => demo.grant_proposals.filter((proposal) => proposal.round_id === roundId);
    const approved = (roundId: string) => of(roundId).filter((proposal) => proposal.determination === 'approved');
    expect([of(first!.id).length, approved(first!.id).length]).toEqual([37, 20]);
    expect([of(second!.id).length, approved(second!.id).length]).toEqual([19, 16]);
    const communities = new Set(of(first!.id).map((proposal) => proposal.community_id));
    expect(communities.size).toBeGreaterThan(1);
  });

  it('gives the leader’s team an approved proposal in the running round', () => {
    const leaderTeamId = demo.users.find((user) => user.username === 'leader')!.scope_id;
    const own = demo.grant_proposals.filter((proposal) => proposal.organization_id === leaderTeamId);
    expect(own.map((proposal) => [proposal.round_id, proposal.determination])).toEqual([
      [demo.grant_rounds[1]!.id, 'approved'],
    ]);
  });

  it('keeps every proposal to the rules the app holds a team’s to, within its round’s money', () => {
    for (const round of demo.grant_rounds) {
      const rules = {
        perProposalCapFen: round.per_proposal_cap_fen,
        projectMonthsMin: round.project_months_min,
        projectMonthsMax: round.project_months_max,
        negativeList: JSON.parse(round.negative_list),
      };
      const proposals = demo.grant_proposals.filter((proposal) => proposal.round_id === round.id);
      for (const proposal of proposals) {
        const version = demo.grant_proposal_versions.find((row) => row.proposal_id === proposal.id)!;
        const content = proposalContentSchema.parse(JSON.parse(version.content));
        expect(proposalSaveProblems(content, rules)).toBeNull();
        expect(requestedFenOf(content)).toBe(proposal.requested_fen);
        const members = new Set(
          demo.organization_members
            .filter((m) => m.organization_id === proposal.organization_id)
            .map((m) => m.person_id),
        );
        expect(content.team.every((entry) => members.has(entry.personId))).toBe(true);
      }
      const granted = proposals.reduce((sum, proposal) => sum + (proposal.approved_fen ?? 0), 0);
      expect(granted).toBeLessThanOrEqual(round.total_budget_fen);
    }
  });
});
