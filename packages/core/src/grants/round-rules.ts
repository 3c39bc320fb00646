import type { DomainError, FieldIssue } from '../errors';
import type { Role } from '../shared/roles';
import { addDays } from '../shared/time';
import { defaultPipeline } from './defaults';
import type { GrantObjection } from './objection-schemas';
import type { CheckableEligibility, EligibilityRule, GrantRoundInput, PipelineStep } from './round-schemas';

/** The sum the rubric's weights must reach: integer percent, exactly 100 (seed 003: 公正、专业). */
export const rubricWeightTotal = 100;

export function rubricWeightSum(rubric: readonly { weightPercent: number }[]): number {
  return rubric.reduce((sum, criterion) => sum + criterion.weightPercent, 0);
}

/**
 * The steps must be in order — each starting no earlier than the one before ends — and inside the
 * round's period, each ending no earlier than it starts; at most one 公示. Returns the first problem.
 */
export function stepProblems(
  steps: readonly PipelineStep[],
  period: { startsOn: string; endsOn: string },
): DomainError | null {
  const issue = (index: number, message: string): FieldIssue[] => [{ path: `steps.${index}`, message }];
  let previousEnd: string | null = null;
  for (const [index, step] of steps.entries()) {
    if (step.endsOn < step.startsOn)
      return { code: 'grants.step_reversed', params: { step: step.name }, fields: issue(index, 'reversed') };
    if (step.startsOn < period.startsOn || step.endsOn > period.endsOn)
      return { code: 'grants.step_outside_period', params: { step: step.name }, fields: issue(index, 'outside') };
    if (previousEnd !== null && step.startsOn < previousEnd)
      return { code: 'grants.steps_out_of_order', params: { step: step.name }, fields: issue(index, 'order') };
    previousEnd = step.endsOn;
  }
  if (steps.filter((step) => step.kind === 'public_notice').length > 1) return { code: 'grants.one_public_notice' };
  return null;
}

/**
 * What a round's fields cannot say one at a time (the schema checks each alone): the period in
 * order, the cap and the graduates' reserve within the total budget, the duration rule in order, weights summing to exactly
 * 100, keys unique, checked rules naming their check, and the steps (stepProblems).
 */
export function roundProblems(input: GrantRoundInput): DomainError | null {
  if (input.endsOn < input.startsOn)
    return { code: 'grants.period_reversed', fields: [{ path: 'endsOn', message: 'reversed' }] };
  if (input.perProposalCapFen > input.totalBudgetFen)
    return { code: 'grants.cap_over_total', fields: [{ path: 'perProposalCapFen', message: 'over_total' }] };
  if (input.graduateReserveFen > input.totalBudgetFen)
    return { code: 'grants.reserve_over_total', fields: [{ path: 'graduateReserveFen', message: 'over_total' }] };
  if (input.projectMonthsMax < input.projectMonthsMin)
    return { code: 'grants.duration_reversed', fields: [{ path: 'projectMonthsMax', message: 'reversed' }] };
  const weights = rubricWeightSum(input.rubric);
  if (weights !== rubricWeightTotal)
    return {
      code: 'grants.weights_not_100',
      params: { sum: weights },
      fields: [{ path: 'rubric', message: 'weights' }],
    };
  for (const [list, items] of [
    ['rubric', input.rubric],
    ['eligibility', input.eligibility],
    ['negativeList', input.negativeList],
  ] as const) {
    const keys = items.map((item) => item.key);
    if (new Set(keys).size !== keys.length)
      return { code: 'grants.duplicate_key', fields: [{ path: list, message: 'duplicate' }] };
  }
  const unchecked = input.eligibility.findIndex((rule) => rule.mode === 'checked' && rule.check === undefined);
  if (unchecked >= 0)
    return { code: 'grants.rule_without_check', fields: [{ path: `eligibility.${unchecked}`, message: 'check' }] };
  return stepProblems(input.steps, input);
}

/**
 * The default pipeline laid out from a round's first day (defaults.ts), each step starting the day
 * after the one before ends; the editor fills it in and staff move the dates.
 */
export function defaultSteps(startsOn: string): PipelineStep[] {
  let next = startsOn;
  return defaultPipeline.map((step) => {
    const endsOn = addDays(next, step.days - 1);
    const laid = { kind: step.kind, name: step.name, startsOn: next, endsOn };
    next = addDays(endsOn, 1);
    return laid;
  });
}

/** The index of the step `today` falls in, or null (before the first, after the last, or between two). */
export function currentStepIndex(steps: readonly PipelineStep[], today: string): number | null {
  const index = steps.findIndex((step) => step.startsOn <= today && today <= step.endsOn);
  return index >= 0 ? index : null;
}

/** Residents may raise an objection on the public page while today is inside the 公示 step's dates (Shanghai days). */
export function isPublicNoticeOpen(steps: readonly PipelineStep[], today: string): boolean {
  const notice = steps.find((step) => step.kind === 'public_notice');
  return notice !== undefined && notice.startsOn <= today && today <= notice.endsOn;
}

/** What the system knows about a proposal, for the `checked` rules; unknown facts leave a rule undecided. */
export interface EligibilityFacts {
  teamSize?: number;
  isInTargetArea?: boolean;
  askedFen?: number;
  projectMonths?: number;
}

export type EligibilityVerdict = 'met' | 'not_met' | 'undecided';

/**
 * Each rule's verdict: a `checked` rule from the facts against the round's cap and duration, a
 * `confirmed` rule from who ticked it (its key in `confirmedKeys`); a rule whose fact is missing is
 * undecided. `isEligible` only when every rule is met.
 */
export function evaluateEligibility(
  rules: readonly EligibilityRule[],
  round: Pick<GrantRoundInput, 'perProposalCapFen' | 'projectMonthsMin' | 'projectMonthsMax'>,
  facts: EligibilityFacts,
  confirmedKeys: readonly string[],
): { verdicts: { key: string; verdict: EligibilityVerdict }[]; isEligible: boolean } {
  const checks: Record<CheckableEligibility, (rule: EligibilityRule) => boolean | undefined> = {
    team_size: (rule) => (facts.teamSize === undefined ? undefined : facts.teamSize >= (rule.minimum ?? 1)),
    in_target_area: () => facts.isInTargetArea,
    within_cap: () => (facts.askedFen === undefined ? undefined : facts.askedFen <= round.perProposalCapFen),
    within_duration: () =>
      facts.projectMonths === undefined
        ? undefined
        : facts.projectMonths >= round.projectMonthsMin && facts.projectMonths <= round.projectMonthsMax,
  };
  const verdicts = rules.map((rule) => {
    const answer =
      rule.mode === 'confirmed' ? confirmedKeys.includes(rule.key) || undefined : checks[rule.check!]?.(rule);
    const verdict: EligibilityVerdict = answer === undefined ? 'undecided' : answer ? 'met' : 'not_met';
    return { key: rule.key, verdict };
  });
  return { verdicts, isEligible: verdicts.every((entry) => entry.verdict === 'met') };
}

/**
 * An objection as a role may read it: staff and the admin, who answer it, see who raised it when
 * they left a name or phone; everyone else reads the text and the answer only (the public page
 * never names an objector).
 */
export function objectionAsSeenBy(role: Role, objection: GrantObjection): GrantObjection {
  if (role === 'admin' || role === 'incubator_staff') return objection;
  return { ...objection, raisedByName: null, raisedByPhone: null };
}
