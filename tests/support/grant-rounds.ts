import {
  defaultEligibility,
  defaultNegativeList,
  defaultRubric,
  defaultSteps,
  type GrantRoundInput,
} from '@seedbed/core';
import type { Db } from '@seedbed/db';

/**
 * A round's editor input from the defaults, for a street and one of its communities. Its 公示
 * (days 71–77 of the default pipeline) is open on the API tests' today, 2026-06-30, when it starts
 * on 2026-04-19 (the default); `startsOn` moves the whole pipeline.
 */
export async function grantRoundInput(
  db: Db,
  place: { streetId: string; communityId: string },
  overrides: Partial<GrantRoundInput> & { startsOn?: string } = {},
): Promise<GrantRoundInput> {
  const directions = await db.selectFrom('grant_directions').select('id').orderBy('position').limit(2).execute();
  const startsOn = overrides.startsOn ?? '2026-04-19';
  const steps = defaultSteps(startsOn);
  return {
    streetId: place.streetId,
    name: '第一桶金项目大赛（测试）',
    description: '居民提案，社区微创投。',
    funders: ['街道办事处', '社区基金会'],
    directionIds: directions.map((direction) => direction.id),
    startsOn,
    endsOn: steps.at(-1)!.endsOn,
    targetCommunityIds: [place.communityId],
    targetEstateIds: [],
    totalBudgetFen: 30_000_000,
    perProposalCapFen: 1_500_000,
    matchingNote: '',
    projectMonthsMin: 3,
    projectMonthsMax: 9,
    // Copies: a test that changes a weight must not change core's defaults for the next one.
    eligibility: structuredClone([...defaultEligibility]),
    rubric: structuredClone([...defaultRubric]),
    steps,
    negativeList: structuredClone([...defaultNegativeList]),
    graduateReserveFen: 0,
    ...overrides,
  };
}
