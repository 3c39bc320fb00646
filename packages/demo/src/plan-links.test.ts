import { describe, expect, it } from 'vitest';
import { generateDemo } from './index';

const demo = generateDemo({ seed: 20171, today: '2026-06-30' });

describe('the demo’s 计划内 activities', () => {
  it('link the leader’s team and other approved teams’ activities to their own approved plan items', () => {
    const linked = demo.activities.filter((activity) => activity.plan_item_id);
    const itemOf = new Map(demo.grant_plan_items.map((item) => [item.id, item]));
    const proposalOf = new Map(demo.grant_proposals.map((proposal) => [proposal.id, proposal]));
    for (const activity of linked) {
      expect(activity.is_planned_in_project).toBe(true);
      const proposal = proposalOf.get(itemOf.get(activity.plan_item_id!)!.proposal_id)!;
      expect(proposal.determination).toBe('approved');
      const organizers = demo.activity_organizations
        .filter((row) => row.activity_id === activity.id)
        .map((row) => row.organization_id);
      expect(organizers).toContain(proposal.organization_id);
    }
    const leaderTeamId = demo.users.find((user) => user.username === 'leader')!.scope_id;
    const teams = new Set(
      linked.map((activity) => proposalOf.get(itemOf.get(activity.plan_item_id!)!.proposal_id)!.organization_id),
    );
    expect(teams.has(leaderTeamId!)).toBe(true);
    expect(teams.size).toBeGreaterThan(3);
  });

  it('hold round one’s plans through, late where the plan slipped: some teams held every item', () => {
    const roundOne = demo.grant_rounds[0]!;
    const heldItems = new Set(demo.activities.map((activity) => activity.plan_item_id).filter(Boolean));
    const fullyHeld = demo.grant_proposals.filter(
      (proposal) =>
        proposal.round_id === roundOne.id &&
        demo.grant_plan_items
          .filter((item) => item.proposal_id === proposal.id)
          .every((item) => heldItems.has(item.id)),
    );
    expect(fullyHeld.filter((proposal) => proposal.determination === 'approved').length).toBeGreaterThan(3);
  });

  it('leave every record marked 计划内 with its plan item, as the app requires', () => {
    expect(demo.activities.filter((activity) => activity.is_planned_in_project && !activity.plan_item_id)).toEqual([]);
  });
});
