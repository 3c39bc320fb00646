import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedChoices,
  castOf,
  choiceOutcome,
  combineTallies,
  effectiveRule,
  isQuorumMet,
  motionOutcome,
} from './rules';
import { majorityRules } from './vote-schemas';

describe('the quorum', () => {
  it('is a share of the eligible voters, abstentions taking part', () => {
    expect(isQuorumMet(6, 12, 50)).toBe(true);
    expect(isQuorumMet(5, 12, 50)).toBe(false);
    // 2 of 3 is 66.7 %: under a 67 % quorum, not met.
    expect(isQuorumMet(2, 3, 67)).toBe(false);
    expect(isQuorumMet(67, 100, 67)).toBe(true);
  });

  it('is never met with nobody eligible, unless the type asks for none', () => {
    expect(isQuorumMet(0, 0, 50)).toBe(false);
    expect(isQuorumMet(0, 0, 0)).toBe(true);
  });

  it('is met exactly when cast / eligible ≥ quorum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 100 }), (eligible, quorum) => {
        const cast = Math.ceil((eligible * quorum) / 100);
        expect(isQuorumMet(cast, eligible, quorum)).toBe(true);
        if (cast > 0) expect(isQuorumMet(cast - 1, eligible, quorum)).toBe(false);
      }),
    );
  });
});

describe('a motion’s outcome', () => {
  const counts = (f: number, a: number, x = 0) => ({ for: f, against: a, abstain: x });

  it('under a simple majority: more for than against; a tie is lost; abstentions do not count against', () => {
    expect(motionOutcome(counts(5, 4), 'simple', 10, 50).outcome).toBe('carried');
    expect(motionOutcome(counts(4, 4), 'simple', 10, 50).outcome).toBe('lost');
    // 3 for, 2 against, 5 abstain: carried (abstentions are left out of the majority).
    expect(motionOutcome(counts(3, 2, 5), 'simple', 10, 50).outcome).toBe('carried');
  });

  it('under two-thirds: at least ⅔ of those for or against', () => {
    expect(motionOutcome(counts(6, 3), 'two_thirds', 9, 50).outcome).toBe('carried');
    expect(motionOutcome(counts(5, 3), 'two_thirds', 9, 50).outcome).toBe('lost');
    expect(motionOutcome(counts(0, 0, 9), 'two_thirds', 9, 50).outcome).toBe('lost');
  });

  it('under consensus: carried only without objection, the objections recorded', () => {
    const agreed = motionOutcome(counts(8, 0, 2), 'consensus', 10, 50);
    expect(agreed).toMatchObject({ outcome: 'carried', objections: 0 });
    const blocked = motionOutcome(counts(9, 1), 'consensus', 10, 50);
    expect(blocked).toMatchObject({ outcome: 'lost', objections: 1 });
  });

  it('decides nothing without a quorum', () => {
    expect(motionOutcome(counts(4, 0), 'simple', 10, 50)).toMatchObject({ outcome: 'no_quorum', quorumMet: false });
  });

  const tallies = fc.record({
    for: fc.nat({ max: 500 }),
    against: fc.nat({ max: 500 }),
    abstain: fc.nat({ max: 500 }),
  });

  it('never lets an abstention change a carried or lost motion', () => {
    fc.assert(
      fc.property(tallies, fc.constantFrom(...majorityRules), fc.nat({ max: 50 }), (t, rule, more) => {
        const eligible = 2000;
        const before = motionOutcome(t, rule, eligible, 0);
        const after = motionOutcome({ ...t, abstain: t.abstain + more }, rule, eligible, 0);
        expect(after.outcome).toBe(before.outcome);
      }),
    );
  });

  it('is monotonic: one more vote for never loses a carried motion', () => {
    fc.assert(
      fc.property(tallies, fc.constantFrom(...majorityRules), (t, rule) => {
        if (motionOutcome(t, rule, 2000, 0).outcome === 'carried')
          expect(motionOutcome({ ...t, for: t.for + 1 }, rule, 2000, 0).outcome).toBe('carried');
      }),
    );
  });

  it('is stricter by rule: consensus ⇒ two-thirds ⇒ simple', () => {
    fc.assert(
      fc.property(tallies, (t) => {
        const carried = (rule: (typeof majorityRules)[number]) => motionOutcome(t, rule, 2000, 0).outcome === 'carried';
        if (carried('consensus')) expect(carried('two_thirds')).toBe(true);
        if (carried('two_thirds') && t.against > 0) expect(carried('simple')).toBe(true);
      }),
    );
  });

  it('counts every ballot cast, abstentions included', () => {
    fc.assert(
      fc.property(tallies, (t) => {
        expect(motionOutcome(t, 'simple', 2000, 0).cast).toBe(castOf(t));
      }),
    );
  });
});

describe('a choice among options (plurality)', () => {
  const ids = ['a', 'b', 'c'];

  it('chooses the option with the most ballots', () => {
    const result = choiceOutcome({ a: 5, b: 3, c: 1, abstain: 1 }, ids, 12, 50);
    expect(result).toMatchObject({ outcome: 'chosen', leaders: ['a'], cast: 10, abstain: 1 });
  });

  it('reports a tie at the top as a tie with the tied options', () => {
    expect(choiceOutcome({ a: 4, b: 4, c: 1 }, ids, 12, 50)).toMatchObject({ outcome: 'tie', leaders: ['a', 'b'] });
  });

  it('chooses nothing when every ballot abstains, and nothing without a quorum', () => {
    expect(choiceOutcome({ abstain: 9 }, ids, 12, 50)).toMatchObject({ outcome: 'none', leaders: [] });
    expect(choiceOutcome({ a: 2 }, ids, 12, 50).outcome).toBe('no_quorum');
  });

  it('always names leaders that each hold the top count, and no option above them', () => {
    const counts = fc.record({ a: fc.nat({ max: 40 }), b: fc.nat({ max: 40 }), c: fc.nat({ max: 40 }) });
    fc.assert(
      fc.property(counts, (c) => {
        const result = choiceOutcome(c, ids, 1000, 0);
        const top = Math.max(c.a, c.b, c.c);
        expect(result.leaders).toEqual(ids.filter((id) => top > 0 && c[id as 'a'] === top));
        expect(result.outcome).toBe(top === 0 ? 'none' : result.leaders.length === 1 ? 'chosen' : 'tie');
      }),
    );
  });
});

describe('phone ballots and a paper tally', () => {
  it('add up choice by choice', () => {
    expect(combineTallies({ a: 3, abstain: 1 }, { a: 2, b: 4 })).toEqual({ a: 5, b: 4, abstain: 1 });
  });

  it('keep every ballot: the combined total is the sum of both, whatever the split', () => {
    const tally = fc.dictionary(fc.constantFrom('for', 'against', 'abstain'), fc.nat({ max: 300 }));
    fc.assert(
      fc.property(tally, tally, (phone, paper) => {
        expect(castOf(combineTallies(phone, paper))).toBe(castOf(phone) + castOf(paper));
        expect(combineTallies(phone, paper)).toEqual(combineTallies(paper, phone));
      }),
    );
  });
});

describe('the rule a vote is counted by', () => {
  it('is the vote’s own when it overrides its meeting type’s', () => {
    const type = { majorityRule: 'simple' as const, quorumPercent: 50 };
    expect(effectiveRule(type, { majorityRule: null, quorumPercent: null })).toEqual(type);
    expect(effectiveRule(type, { majorityRule: 'two_thirds', quorumPercent: 0 })).toEqual({
      majorityRule: 'two_thirds',
      quorumPercent: 0,
    });
  });

  it('allows for/against/abstain on a motion, and an option or abstain on a choice', () => {
    expect(allowedChoices({ kind: 'motion', optionIds: [] })).toEqual(['for', 'against', 'abstain']);
    expect(allowedChoices({ kind: 'choice', optionIds: ['x', 'y'] })).toEqual(['x', 'y', 'abstain']);
  });
});
