import { describe, expect, it } from 'vitest';
import { suggestAdoptionStep } from './adoption';
import { adoptionEvidence } from './adoption-schemas';

const weeks = (leader: number[]) => leader.map((leaderMessages) => ({ messages: leaderMessages + 2, leaderMessages }));
const corroborated = { status: 'held' as const, mark: 'corroborated' as const };
const partial = { status: 'held' as const, mark: 'partial' as const };

describe('the evidence lines of an adoption suggestion', () => {
  it('step 3 with a matched leader: the trail and the leaders’ weeks, no reports line', () => {
    const suggestion = suggestAdoptionStep({
      weeks: weeks([1, 0, 0, 0, 0, 0, 0, 1]),
      activities: [],
      confirmedStep: null,
    });
    expect(adoptionEvidence(suggestion, { leaderMatched: true, confirmedStep: null })).toEqual([
      { code: 'trail', values: { weeks: 8, messages: 18 } },
      { code: 'leader_posts', values: { weeks: 2, messages: 2, needed: 3 } },
    ]);
  });

  it('no leader matched: says so instead of counting the leaders’ weeks', () => {
    const suggestion = suggestAdoptionStep({ weeks: weeks([0, 0]), activities: [], confirmedStep: null });
    expect(adoptionEvidence(suggestion, { leaderMatched: false, confirmedStep: null }).map((l) => l.code)).toEqual([
      'trail',
      'leader_unmatched',
    ]);
  });

  it('step 4 shows the reports against step 5’s threshold', () => {
    const suggestion = suggestAdoptionStep({
      weeks: weeks([1, 1, 1]),
      activities: [corroborated, partial, partial],
      confirmedStep: 4,
    });
    expect(suggestion.step).toBe(4);
    expect(adoptionEvidence(suggestion, { leaderMatched: true, confirmedStep: 4 })).toEqual([
      { code: 'trail', values: { weeks: 3, messages: 9 } },
      { code: 'leader_posts', values: { weeks: 3, messages: 3, needed: 3 } },
      { code: 'reports', values: { held: 3, corroborated: 1, needed: 2 } },
    ]);
  });

  it('a suggestion below the confirmed step says the group may have gone quiet', () => {
    const suggestion = suggestAdoptionStep({ weeks: weeks([0, 0, 0]), activities: [], confirmedStep: 5 });
    expect(adoptionEvidence(suggestion, { leaderMatched: true, confirmedStep: 5 }).at(-1)).toEqual({
      code: 'below_confirmed',
      values: { step: 5 },
    });
    expect(adoptionEvidence(suggestion, { leaderMatched: true, confirmedStep: 3 }).at(-1)?.code).toBe('leader_posts');
  });
});
