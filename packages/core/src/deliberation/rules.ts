import type { MajorityRule } from './vote-schemas';

/**
 * How a vote is counted (议事规则; seed 004's 罗伯特议事规则 / 老友议事会, seed 000's 共识会). Pure
 * functions, no clock, no I/O: the server and the web page count with the same code.
 *
 * Words used below:
 * - eligible: the people who hold a ballot slip for this vote (members of the organization, of the
 *   council's term, residents of the estate, or the meeting's attendees).
 * - cast: ballots handed in, phone and paper together, **abstentions included**.
 * - decisive: ballots for or against. Abstentions (弃权) count towards the quorum — the voter was
 *   there and took part — but not towards the majority, as Robert's Rules count "a majority of the
 *   votes cast" leaving blanks out; otherwise an abstention would act as a vote against.
 */

/** A motion's three answers; a choice vote's answers are its options' ids, or `abstain`. */
export const motionChoices = ['for', 'against', 'abstain'] as const;
export type MotionChoice = (typeof motionChoices)[number];
export const abstainChoice = 'abstain';

/** Counts per choice: `{for: 7, against: 2, abstain: 1}` or `{<optionId>: 5, …, abstain: 1}`. */
export type ChoiceCounts = Readonly<Record<string, number>>;

/** How many ballots were cast in all (every choice, abstentions included). */
export function castOf(counts: ChoiceCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/**
 * The quorum 法定人数: at least `quorumPercent` of the eligible voters cast a ballot (abstaining
 * counts as taking part). Integer arithmetic, so 2 of 3 at 67 % is not met while 67 of 100 is. No
 * eligible voter means no quorum — a vote nobody may take decides nothing — except a 0 % quorum.
 */
export function isQuorumMet(cast: number, eligible: number, quorumPercent: number): boolean {
  if (quorumPercent <= 0) return true;
  if (eligible <= 0) return false;
  return cast * 100 >= quorumPercent * eligible;
}

export type MotionOutcome = 'carried' | 'lost' | 'no_quorum';

export interface MotionResult {
  outcome: MotionOutcome;
  cast: number;
  for: number;
  against: number;
  abstain: number;
  /**
   * Under consensus, each ballot against is a recorded objection (保留意见/反对): the count shows on
   * the result, and the chair writes the objections' substance into the minutes.
   */
  objections: number;
  quorumMet: boolean;
}

/**
 * A motion's outcome under its rule, abstentions left out of the majority (see above):
 * - simple 简单多数: more for than against (a tie is lost: the motion did not win a majority);
 * - two_thirds 三分之二多数: for ≥ ⅔ of for + against, and at least one for;
 * - consensus 共识: at least one for and nobody against; objections are recorded — a meeting that
 *   cannot reach consensus talks again rather than outvoting the minority (seed 000's 共识会 vs 一言堂).
 * Without a quorum nothing is decided, whatever the counts.
 */
export function motionOutcome(
  counts: ChoiceCounts,
  rule: MajorityRule,
  eligible: number,
  quorumPercent: number,
): MotionResult {
  const votesFor = counts.for ?? 0;
  const against = counts.against ?? 0;
  const abstain = counts.abstain ?? 0;
  const cast = votesFor + against + abstain;
  const quorumMet = isQuorumMet(cast, eligible, quorumPercent);
  const base = { cast, for: votesFor, against, abstain, objections: rule === 'consensus' ? against : 0, quorumMet };
  if (!quorumMet) return { ...base, outcome: 'no_quorum' };
  return { ...base, outcome: isCarried(votesFor, against, rule) ? 'carried' : 'lost' };
}

function isCarried(votesFor: number, against: number, rule: MajorityRule): boolean {
  switch (rule) {
    case 'simple':
      return votesFor > against;
    case 'two_thirds':
      return votesFor > 0 && votesFor * 3 >= (votesFor + against) * 2;
    case 'consensus':
      return votesFor > 0 && against === 0;
  }
}

export type ChoiceOutcome = 'chosen' | 'tie' | 'none' | 'no_quorum';

export interface ChoiceResult {
  outcome: ChoiceOutcome;
  cast: number;
  abstain: number;
  /** Each option with its count, in the options' order. */
  options: { id: string; count: number }[];
  /** The option(s) with the most ballots: one when chosen, two or more on a tie, none when nobody chose. */
  leaders: string[];
  quorumMet: boolean;
}

/**
 * A choice among options (e.g. a children's council choosing among grant proposals, seed 000's
 * 流浪动物绝育): plurality 相对多数 — the option with the most ballots is chosen. A tie at the top is
 * reported as a tie with the tied options: the meeting decides how to break it (a second round, the
 * chair), the count never picks one silently. Abstentions count for the quorum only.
 */
export function choiceOutcome(
  counts: ChoiceCounts,
  optionIds: readonly string[],
  eligible: number,
  quorumPercent: number,
): ChoiceResult {
  const options = optionIds.map((id) => ({ id, count: counts[id] ?? 0 }));
  const abstain = counts[abstainChoice] ?? 0;
  const cast = options.reduce((sum, o) => sum + o.count, abstain);
  const quorumMet = isQuorumMet(cast, eligible, quorumPercent);
  const top = Math.max(0, ...options.map((o) => o.count));
  const leaders = top === 0 ? [] : options.filter((o) => o.count === top).map((o) => o.id);
  const base = { cast, abstain, options, leaders, quorumMet };
  if (!quorumMet) return { ...base, outcome: 'no_quorum' };
  if (leaders.length === 0) return { ...base, outcome: 'none' };
  return { ...base, outcome: leaders.length === 1 ? 'chosen' : 'tie' };
}

/**
 * Phone ballots and the chair's paper tally 纸质计票 added choice by choice. A choice neither knows
 * is left out rather than made up as 0, so the result lists only what was counted.
 */
export function combineTallies(...tallies: readonly ChoiceCounts[]): Record<string, number> {
  const combined: Record<string, number> = {};
  for (const tally of tallies)
    for (const [choice, count] of Object.entries(tally)) combined[choice] = (combined[choice] ?? 0) + count;
  return combined;
}

/** The rule and quorum a vote is counted by: its own when it overrides them, else its meeting type's. */
export function effectiveRule(
  type: { majorityRule: MajorityRule; quorumPercent: number },
  vote: { majorityRule: MajorityRule | null; quorumPercent: number | null },
): { majorityRule: MajorityRule; quorumPercent: number } {
  return {
    majorityRule: vote.majorityRule ?? type.majorityRule,
    quorumPercent: vote.quorumPercent ?? type.quorumPercent,
  };
}

/** The choices a ballot of this vote may carry: for/against/abstain, or an option's id or abstain. */
export function allowedChoices(vote: { kind: 'motion' | 'choice'; optionIds: readonly string[] }): string[] {
  return vote.kind === 'motion' ? [...motionChoices] : [...vote.optionIds, abstainChoice];
}
