import { describe, expect, it } from 'vitest';
import { defaultEligibility } from './defaults';
import { confirmationProblems, eligibilityRows } from './review-eligibility';
import { evaluateEligibility } from './round-rules';

const rules = [...defaultEligibility];
const confirmable = rules.filter((rule) => rule.mode === 'confirmed').map((rule) => rule.key);

describe('confirmationProblems', () => {
  it('accepts the round’s confirmed rules, and none', () => {
    expect(confirmationProblems(rules, confirmable)).toBeNull();
    expect(confirmationProblems(rules, [])).toBeNull();
  });

  it('refuses a checked rule, an unknown key or one ticked twice', () => {
    const checked = rules.find((rule) => rule.mode === 'checked');
    if (checked) expect(confirmationProblems(rules, [checked.key])?.code).toBe('grants.eligibility_rule_unknown');
    expect(confirmationProblems(rules, ['no_such_rule'])?.fields).toEqual([
      { path: 'confirmedKeys.0', message: 'unknown' },
    ]);
    if (confirmable[0])
      expect(confirmationProblems(rules, [confirmable[0], confirmable[0]])?.code).toBe(
        'grants.eligibility_rule_unknown',
      );
  });
});

describe('eligibilityRows', () => {
  it('pairs each rule with its verdict: confirmed rules met once ticked, checked ones from the facts', () => {
    const round = { perProposalCapFen: 1_500_000, projectMonthsMin: 3, projectMonthsMax: 9 };
    const facts = { teamSize: 5, isInTargetArea: true, askedFen: 1_200_000, projectMonths: 6 };
    const none = evaluateEligibility(rules, round, facts, []);
    const rows = eligibilityRows(rules, none.verdicts);
    expect(rows.filter((row) => row.mode === 'confirmed').every((row) => row.verdict === 'undecided')).toBe(true);
    const all = evaluateEligibility(rules, round, facts, confirmable);
    expect(eligibilityRows(rules, all.verdicts).every((row) => row.verdict === 'met')).toBe(true);
    expect(all.isEligible).toBe(true);
  });
});
