import { describe, expect, it } from 'vitest';
import { suggestAdoptionStep } from './adoption';

const weeks = (leader: number[]) => leader.map((leaderMessages) => ({ messages: leaderMessages + 4, leaderMessages }));
const held = (mark: 'corroborated' | 'partial' | 'silent' | 'not_covered') => ({ status: 'held' as const, mark });

describe('the adoption step suggested from the trail', () => {
  it('3: a group exists, the leader posted in only two weeks', () => {
    const suggestion = suggestAdoptionStep({
      weeks: weeks([0, 2, 0, 0, 1, 0, 0, 0]),
      activities: [held('corroborated'), held('corroborated')],
      confirmedStep: null,
    });
    expect(suggestion).toEqual({
      step: 3,
      evidence: {
        weeks: 8,
        messages: 35,
        weeksWithLeaderPosts: 2,
        leaderMessages: 3,
        heldActivities: 2,
        corroboratedActivities: 2,
      },
      differsFromConfirmed: null,
    });
  });

  it('3 for a group nobody writes in', () => {
    const suggestion = suggestAdoptionStep({ weeks: [], activities: [], confirmedStep: 3 });
    expect(suggestion.step).toBe(3);
    expect(suggestion.differsFromConfirmed).toBe(false);
  });

  it('4: the leader posts in three weeks; one corroborated activity of three is not yet part of the work', () => {
    const suggestion = suggestAdoptionStep({
      weeks: weeks([1, 0, 1, 0, 1, 0, 0, 0]),
      activities: [held('corroborated'), held('partial'), held('silent')],
      confirmedStep: 5,
    });
    expect(suggestion.step).toBe(4);
    expect(suggestion.differsFromConfirmed).toBe(true);
  });

  it('5: leader posts and at least two held activities, half of those covered, corroborated', () => {
    const activities = [
      held('corroborated'),
      held('corroborated'),
      held('partial'),
      held('silent'),
      held('not_covered'),
      { status: 'planned' as const, mark: 'silent' as const },
    ];
    const suggestion = suggestAdoptionStep({ weeks: weeks([1, 1, 1, 0, 0, 0, 0, 0]), activities, confirmedStep: 4 });
    expect(suggestion.step).toBe(5);
    expect(suggestion.evidence).toMatchObject({ heldActivities: 4, corroboratedActivities: 2 });
    // five held and covered, two corroborated: less than half
    const fewer = suggestAdoptionStep({
      weeks: weeks([1, 1, 1]),
      activities: [...activities, held('partial')],
      confirmedStep: 4,
    });
    expect(fewer.step).toBe(4);
  });

  it('only the last eight weeks count', () => {
    const suggestion = suggestAdoptionStep({
      weeks: weeks([3, 3, 3, 0, 0, 0, 0, 0, 0, 1, 0]),
      activities: [],
      confirmedStep: null,
    });
    expect(suggestion.evidence).toMatchObject({ weeks: 8, weeksWithLeaderPosts: 1 });
    expect(suggestion.step).toBe(3);
  });
});
