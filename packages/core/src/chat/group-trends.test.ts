import { describe, expect, it } from 'vitest';
import { groupTrend, streetTrend } from './group-trends';
import type { MemberIndicators } from './indicators';

const speaker = (member: string) => ({ member, sent: 1 }) as MemberIndicators;
const silent = (member: string) => ({ member, sent: 0 }) as MemberIndicators;

describe('a group’s trend', () => {
  // weeks 0–6: who spoke; e is on the roster and never speaks
  const speakers = [['a', 'b'], ['a', 'c'], ['a'], ['a'], ['a', 'd'], ['a', 'b'], ['a']];
  const windows = speakers.map((names, week) => ({
    members: [...names.map(speaker), silent('e')],
    density: { directed: week / 100, undirected: week / 50 },
    centralization: { undirected: 0.5, in: 0.1, out: 0.2 },
    activeShare: names.length / 5,
  }));
  const trend = groupTrend(windows, 'week');

  it('new voices: a first message in the series; none counted in the first window', () => {
    expect(trend.map((w) => w.newVoices)).toEqual([null, 1, 0, 0, 1, 0, 0]);
    expect(trend[1]?.newMembers).toEqual(['c']);
    expect(trend[4]?.newMembers).toEqual(['d']);
  });

  it('lost voices: counted once, when the silence reaches four weeks; a returning voice is not new', () => {
    expect(trend.map((w) => w.lostVoices)).toEqual([0, 0, 0, 0, 1, 1, 0]);
    expect(trend[4]?.lostMembers).toEqual(['b']);
    expect(trend[5]?.lostMembers).toEqual(['c']);
  });

  it("carries the window's density, centralization, active share and senders", () => {
    expect(trend[2]).toMatchObject({
      density: { directed: 0.02, undirected: 0.04 },
      centralization: 0.5,
      activeShare: 0.2,
      senders: 1,
    });
  });

  it('in months, two silent months lose a voice', () => {
    const monthly = groupTrend(windows.slice(0, 3), 'month');
    expect(monthly.map((w) => w.lostMembers)).toEqual([[], [], ['b']]);
  });
});

describe('the street’s series', () => {
  it('groups, active groups, memberships, distinct members and their share of the population', () => {
    const series = streetTrend(
      [
        [
          {
            groupId: 'g1',
            messages: 3,
            members: [
              { senderId: 's1', personId: 'p1' },
              { senderId: 's2', personId: null },
            ],
          },
          {
            groupId: 'g2',
            messages: 0,
            members: [
              { senderId: 's3', personId: 'p1' },
              { senderId: 's4', personId: null },
            ],
          },
        ],
        [],
      ],
      300,
    );
    expect(series).toEqual([
      { groups: 2, activeGroups: 1, memberships: 4, members: 3, populationShare: 0.01 },
      { groups: 0, activeGroups: 0, memberships: 0, members: 0, populationShare: 0 },
    ]);
    expect(streetTrend([[]], null)[0]?.populationShare).toBeNull();
    expect(streetTrend([[]], 0)[0]?.populationShare).toBeNull();
  });
});
