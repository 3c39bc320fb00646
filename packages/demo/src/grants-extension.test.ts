import {
  currentStepIndex,
  grantRoundInputSchema,
  isPublicNoticeOpen,
  type PipelineStep,
  roundProblems,
} from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './index';

const today = '2026-06-30';
const demo = generateDemo({ seed: 20171, today });

describe('the demo street’s micro-grant rounds (seed 002)', () => {
  it('holds round one closed and round two in its 公示 today', () => {
    const [first, second] = demo.grant_rounds;
    const steps = (round: typeof first) => JSON.parse(round!.steps) as PipelineStep[];
    expect(first?.name).toContain('第一期');
    expect(first?.description).toContain('37 份提案来自 9 个社区');
    expect(currentStepIndex(steps(first), today)).toBeNull();
    expect(first!.ends_on < today).toBe(true);
    expect(isPublicNoticeOpen(steps(second), today)).toBe(true);
  });

  it('keeps every round to the rules a staff member’s round must follow', () => {
    for (const round of demo.grant_rounds) {
      const input = grantRoundInputSchema.parse({
        streetId: round.street_id,
        name: round.name,
        funders: JSON.parse(round.funders),
        directionIds: demo.grant_round_directions.filter((d) => d.round_id === round.id).map((d) => d.direction_id),
        startsOn: round.starts_on,
        endsOn: round.ends_on,
        targetCommunityIds: demo.grant_round_communities
          .filter((c) => c.round_id === round.id)
          .map((c) => c.community_id),
        totalBudgetFen: round.total_budget_fen,
        perProposalCapFen: round.per_proposal_cap_fen,
        projectMonthsMin: round.project_months_min,
        projectMonthsMax: round.project_months_max,
        eligibility: JSON.parse(round.eligibility),
        rubric: JSON.parse(round.rubric),
        steps: JSON.parse(round.steps),
        negativeList: JSON.parse(round.negative_list),
      });
      expect(roundProblems(input), round.name).toBeNull();
      expect(input.targetCommunityIds.length).toBeLessThanOrEqual(9);
    }
  });

  it('names no resident on an objection', () => {
    expect(demo.grant_round_objections.length).toBeGreaterThan(0);
    expect(demo.grant_round_objections.every((o) => o.name === null && o.phone === null)).toBe(true);
  });
});
