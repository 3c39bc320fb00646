import { describe, expect, it } from 'vitest';
import { activityMatchWords, type ChatDaySummary, corroborateActivities, nextDay } from './corroboration';

const covered = { from: '2026-05-01', to: '2026-05-20' };

describe('activity corroboration', () => {
  it('title words leave out the general ones', () => {
    expect(activityMatchWords('垃圾分类宣传活动')).toEqual(['垃圾分类', '宣传']);
    expect(activityMatchWords('助老服务队上门探访')).toEqual(['助老', '服务', '探访', '上门']);
  });

  const days: ChatDaySummary[] = [
    { date: '2026-05-10', messages: 5, photos: 3, messageWords: [['助老', '服务'], ['早安']] },
    { date: '2026-05-13', messages: 2, photos: 0, messageWords: [['早安']] },
    { date: '2026-05-15', messages: 2, photos: 2, messageWords: [] },
    { date: '2026-05-16', messages: 3, photos: 0, messageWords: [['早安'], ['活动']] },
  ];
  const results = corroborateActivities(
    [
      { id: 'a1', date: '2026-05-10', title: '助老服务队上门探访', status: 'held' },
      { id: 'a2', date: '2026-05-12', title: '广场舞练习', status: 'planned' },
      { id: 'a3', date: '2026-05-14', title: '垃圾分类宣传活动', status: 'held' },
      { id: 'a4', date: '2026-05-16', title: '义诊活动', status: 'planned' },
      { id: 'a5', date: '2026-05-30', title: '义诊', status: 'planned' },
      { id: 'a6', date: '2026-05-19', title: '义诊', status: 'held' },
    ],
    days,
    covered,
  );
  const byId = new Map(results.map((result) => [result.activityId, result]));

  it('photos and a message about it on the day: corroborated, with the words that matched', () => {
    expect(byId.get('a1')).toEqual({
      activityId: 'a1',
      mark: 'corroborated',
      questionForStaff: false,
      messages: 5,
      photos: 3,
      aboutMessages: 1,
      matchedWords: ['助老', '服务'],
    });
  });

  it('a planned activity with a silent group that day is a question for staff, whatever the day after says', () => {
    expect(byId.get('a2')).toMatchObject({ mark: 'silent', questionForStaff: true, messages: 2, photos: 0 });
    // a held activity on a silent day is no question
    expect(byId.get('a6')).toMatchObject({ mark: 'silent', questionForStaff: false, messages: 0 });
  });

  it("photos posted the next day count: partial without a message about it, and the day's silence is forgiven", () => {
    expect(byId.get('a3')).toMatchObject({ mark: 'partial', photos: 2, aboutMessages: 0, questionForStaff: false });
  });

  it('messages that day about something else are unrelated; 活动 alone is not about it', () => {
    expect(byId.get('a4')).toMatchObject({ mark: 'unrelated', questionForStaff: false, messages: 3, aboutMessages: 0 });
  });

  it('a day outside the imported trail is not covered, and no question', () => {
    expect(byId.get('a5')).toMatchObject({ mark: 'not_covered', questionForStaff: false });
  });

  it('the day after crosses months and leap days', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
