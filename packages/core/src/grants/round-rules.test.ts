import { describe, expect, it } from 'vitest';
import { defaultEligibility, defaultNegativeList, defaultRubric } from './defaults';
import {
  currentStepIndex,
  defaultSteps,
  evaluateEligibility,
  isPublicNoticeOpen,
  objectionAsSeenBy,
  roundProblems,
} from './round-rules';
import type { GrantRoundInput } from './round-schemas';

const round: GrantRoundInput = {
  streetId: '00000000-0000-4000-8000-000000000001',
  name: '第一桶金项目大赛',
  description: '',
  funders: ['街道办事处'],
  directionIds: ['00000000-0000-4000-8000-000000000002'],
  startsOn: '2026-03-01',
  endsOn: '2027-02-28',
  targetCommunityIds: ['00000000-0000-4000-8000-000000000003'],
  targetEstateIds: [],
  totalBudgetFen: 30_000_000,
  perProposalCapFen: 1_500_000,
  matchingNote: '',
  projectMonthsMin: 3,
  projectMonthsMax: 9,
  eligibility: [...defaultEligibility],
  rubric: [...defaultRubric],
  steps: defaultSteps('2026-03-01'),
  negativeList: [...defaultNegativeList],
  graduateReserveFen: 0,
};

describe('roundProblems', () => {
  it('accepts the defaults', () => {
    expect(roundProblems(round)).toBeNull();
  });

  it('keeps the money reserved for graduates within the total budget', () => {
    expect(roundProblems({ ...round, graduateReserveFen: round.totalBudgetFen })).toBeNull();
    expect(roundProblems({ ...round, graduateReserveFen: round.totalBudgetFen + 1 })?.code).toBe(
      'grants.reserve_over_total',
    );
  });

  it('refuses weights that do not sum to 100, saying the sum', () => {
    const rubric = round.rubric.map((c, i) => (i === 0 ? { ...c, weightPercent: 31 } : c));
    expect(roundProblems({ ...round, rubric })).toMatchObject({ code: 'grants.weights_not_100', params: { sum: 101 } });
  });

  it('refuses a cap above the total budget', () => {
    expect(roundProblems({ ...round, perProposalCapFen: round.totalBudgetFen + 1 })?.code).toBe(
      'grants.cap_over_total',
    );
  });

  it('refuses steps outside the period, reversed or out of order', () => {
    const steps = defaultSteps('2026-03-01');
    expect(roundProblems({ ...round, startsOn: '2026-03-02' })?.code).toBe('grants.step_outside_period');
    const reversed = steps.map((s, i) =>
      i === 1 ? { ...s, endsOn: s.startsOn > '2026-03-01' ? '2026-03-01' : s.endsOn } : s,
    );
    expect(roundProblems({ ...round, steps: reversed })?.code).toBe('grants.step_reversed');
    const swapped = [steps[1]!, steps[0]!, ...steps.slice(2)];
    expect(roundProblems({ ...round, steps: swapped })?.code).toBe('grants.steps_out_of_order');
  });

  it('refuses a checked rule without its check', () => {
    const eligibility = [{ key: 'x', text: '系统核对', mode: 'checked' as const }];
    expect(roundProblems({ ...round, eligibility })?.code).toBe('grants.rule_without_check');
  });
});

describe('the pipeline by date', () => {
  const steps = defaultSteps('2026-03-01');
  it('lays the default steps end to end from the first day, 公示 seven days', () => {
    expect(steps[0]).toEqual({ kind: 'briefing', name: '宣讲会', startsOn: '2026-03-01', endsOn: '2026-03-07' });
    expect(steps[1]?.startsOn).toBe('2026-03-08');
    const notice = steps.find((s) => s.kind === 'public_notice')!;
    expect(notice).toMatchObject({ startsOn: '2026-05-10', endsOn: '2026-05-16' });
  });

  it('finds today’s step, none before the first', () => {
    expect(currentStepIndex(steps, '2026-02-28')).toBeNull();
    expect(currentStepIndex(steps, '2026-03-07')).toBe(0);
    expect(currentStepIndex(steps, '2026-03-08')).toBe(1);
  });

  it('opens objections only inside the 公示 days, both ends included', () => {
    expect(isPublicNoticeOpen(steps, '2026-05-09')).toBe(false);
    expect(isPublicNoticeOpen(steps, '2026-05-10')).toBe(true);
    expect(isPublicNoticeOpen(steps, '2026-05-16')).toBe(true);
    expect(isPublicNoticeOpen(steps, '2026-05-17')).toBe(false);
  });
});

describe('evaluateEligibility', () => {
  it('checks what it can, takes ticks for the rest, and leaves the unknown undecided', () => {
    const facts = { askedFen: 1_500_000, projectMonths: 10 };
    const result = evaluateEligibility(round.eligibility, round, facts, ['public_issue', 'team_formed']);
    expect(result.verdicts).toEqual([
      { key: 'public_issue', verdict: 'met' },
      { key: 'team_formed', verdict: 'met' },
      { key: 'committee_filed', verdict: 'undecided' },
      { key: 'within_cap', verdict: 'met' },
      { key: 'within_duration', verdict: 'not_met' },
    ]);
    expect(result.isEligible).toBe(false);
  });

  it('is eligible when every rule is met', () => {
    const rules = [
      { key: 'team', text: '至少 3 人', mode: 'checked' as const, check: 'team_size' as const, minimum: 3 },
    ];
    expect(evaluateEligibility(rules, round, { teamSize: 3 }, []).isEligible).toBe(true);
    expect(evaluateEligibility(rules, round, { teamSize: 2 }, []).isEligible).toBe(false);
  });
});

describe('objectionAsSeenBy', () => {
  const objection = {
    id: '00000000-0000-4000-8000-000000000009',
    roundId: round.streetId,
    text: '评审不公开',
    raisedAt: '2026-05-12T02:00:00.000Z',
    raisedByName: '王阿姨',
    raisedByPhone: '13800001111',
    answer: null,
    answeredByName: null,
    answeredAt: null,
  };
  it('names the objector to staff only', () => {
    expect(objectionAsSeenBy('incubator_staff', objection).raisedByName).toBe('王阿姨');
    expect(objectionAsSeenBy('street_official', objection)).toMatchObject({ raisedByName: null, raisedByPhone: null });
  });
});
