import { defaultEligibility, defaultNegativeList, defaultRubric, defaultSteps } from '@seedbed/core';

/**
 * A micro-grant round's body whose money, weights and dates agree (core's roundProblems: a cap
 * within the total, weights summing to 100, steps in order inside the period), for requests.ts's
 * hints; no target estates, since none is looked up for the field.
 */
const grantSteps = defaultSteps('2026-04-19');
export const grantRoundHint = {
  startsOn: '2026-04-19',
  endsOn: grantSteps.at(-1)!.endsOn,
  totalBudgetFen: 10_000_000,
  perProposalCapFen: 1_500_000,
  projectMonthsMin: 3,
  projectMonthsMax: 9,
  targetEstateIds: [],
  eligibility: defaultEligibility,
  rubric: defaultRubric,
  steps: grantSteps,
  negativeList: defaultNegativeList,
};
