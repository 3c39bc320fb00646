import { describe, expect, it } from 'vitest';
import { chatHintCodes, chatHintTemplates, groupHints, organizationHints, unansweredRun } from './hints';
import type { MemberIndicators, WindowIndicators } from './indicators';

type Window = Pick<WindowIndicators, 'members' | 'density' | 'centralization'>;

function member(name: string, sent: number, answered = 0, centrality = 0): MemberIndicators {
  return {
    member: name,
    sent,
    answered,
    inDegree: 0,
    outDegree: 0,
    inStrength: 0,
    outStrength: 0,
    degreeCentrality: centrality,
    betweenness: 0,
    closeness: 0,
    coreNumber: 0,
    clustering: 0,
    role: 'periphery',
    borgattiEverettCore: false,
  };
}

function window(members: MemberIndicators[], density = 0.3, centralization = 0.2): Window {
  return {
    members,
    density: { directed: density / 2, undirected: density },
    centralization: { undirected: centralization, in: 0, out: 0 },
  };
}

describe('unanswered members', () => {
  // a: answered in week 0; unanswered in week 1; silent in week 2 (skipped); unanswered in weeks 3–7 → 6
  // b: answered in week 2, unanswered in weeks 3–7 → 5; s (staff) unanswered all 8 weeks
  const aSent = [2, 1, 0, 1, 1, 1, 1, 1];
  const aAnswered = [1, 0, 0, 0, 0, 0, 0, 0];
  const windows = aSent.map((sent, week) =>
    window([member('a', sent, aAnswered[week]), member('b', 1, week === 2 ? 1 : 0), member('s', 3)]),
  );

  it('counts the run of speaking windows without a response, silent windows skipped', () => {
    expect(unansweredRun(windows, 'a')).toBe(6);
    expect(unansweredRun(windows, 'b')).toBe(5);
    expect(unansweredRun(windows, 'nobody')).toBe(0);
  });

  it('hints at members with 6 weeks running, staff left out', () => {
    const hints = groupHints({ unit: 'week', windows, creationWay: 'by_organization', staffMembers: ['s'] });
    expect(hints).toEqual([
      { code: 'chat.hint.unanswered_members', values: { members: 1, windows: 6 }, members: ['a'], unit: 'week' },
    ]);
  });

  it('in months, 2 windows are enough', () => {
    const hints = groupHints({ unit: 'month', windows: windows.slice(-2), creationWay: 'by_organization' });
    expect(hints[0]?.values).toEqual({ members: 3, windows: 2 });
    expect(hints[0]?.unit).toBe('month');
  });
});

describe('one voice', () => {
  it('centralization at least 0.6 with at least 4 speakers; the top share in percent', () => {
    const busy = window([member('a', 6), member('b', 1), member('c', 1), member('d', 2)], 0.3, 0.75);
    const hints = groupHints({ unit: 'week', windows: [busy], creationWay: 'by_organization' });
    expect(hints).toEqual([
      {
        code: 'chat.hint.one_voice',
        values: { centralizationPercent: 75, topSharePercent: 60 },
        members: [],
        unit: null,
      },
    ]);
  });

  it('not with three speakers, nor below 0.6', () => {
    const three = window([member('a', 6), member('b', 1), member('c', 1), member('d', 0)], 0.3, 0.9);
    const even = window([member('a', 6), member('b', 1), member('c', 1), member('d', 2)], 0.3, 0.59);
    expect(groupHints({ unit: 'week', windows: [three], creationWay: 'by_organization' })).toEqual([]);
    expect(groupHints({ unit: 'week', windows: [even], creationWay: 'by_organization' })).toEqual([]);
  });
});

describe('falling density', () => {
  it('a significant Mann–Kendall fall over at least 5 windows', () => {
    // S = −15 of 15 pairs, Var = 6·5·17/18 = 28.33, Z = −14/5.32 = −2.63, p ≈ 0.0085
    const windows = [0.5, 0.45, 0.4, 0.35, 0.3, 0.2].map((d) => window([], d));
    const [hint] = groupHints({ unit: 'week', windows, creationWay: 'by_organization' });
    expect(hint?.code).toBe('chat.hint.density_falling');
    expect(hint?.values).toMatchObject({ windows: 6, fromPercent: 50, toPercent: 20 });
    expect(hint?.values.pValue).toBeCloseTo(0.0085, 3);
  });

  it('none over 4 windows, none in a zig-zag', () => {
    const short = [0.5, 0.4, 0.3, 0.2].map((d) => window([], d));
    const zigzag = [0.3, 0.5, 0.2, 0.4, 0.35].map((d) => window([], d));
    expect(groupHints({ unit: 'week', windows: short, creationWay: 'by_organization' })).toEqual([]);
    expect(groupHints({ unit: 'week', windows: zigzag, creationWay: 'by_organization' })).toEqual([]);
  });
});

describe('marginalised members', () => {
  it('a once-active member whose centrality falls is flagged, a steady one is not', () => {
    // a: S = −21 of 21 pairs, Z = −20/√44.33 ≈ −3.0 → flagged; b steady at 0.5
    const falling = [0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2];
    const windows = falling.map((c, i) =>
      window([member('a', i < 3 ? 4 : 1, 1, c), member('b', 4, 1, 0.5)], 0.3 + (i % 2) * 0.1),
    );
    const hints = groupHints({ unit: 'week', windows, creationWay: 'by_organization' });
    expect(hints).toEqual([
      { code: 'chat.hint.marginalised_members', values: { members: 1 }, members: ['a'], unit: null },
    ]);
  });
});

describe('a quiet staff-built group', () => {
  const windows = (memberMessages: number[]) =>
    memberMessages.map((sent) => window([member('m', sent, sent), member('s', 5, 5)]));

  it('fewer than 2 members’ messages a week over the last 4 weeks; staff messages do not count', () => {
    const quiet = groupHints({
      unit: 'week',
      windows: windows([20, 2, 2, 2, 1]),
      creationWay: 'by_staff_on_trust',
      staffMembers: ['s'],
    });
    expect(quiet).toEqual([
      { code: 'chat.hint.staff_group_quiet', values: { windows: 4, messages: 7 }, members: [], unit: 'week' },
    ]);
    const lively = windows([0, 2, 2, 2, 2]);
    expect(
      groupHints({ unit: 'week', windows: lively, creationWay: 'by_staff_on_trust', staffMembers: ['s'] }),
    ).toEqual([]);
  });

  it('only for a group built by staff, and only after 4 windows', () => {
    const quiet = windows([0, 0, 0, 0]);
    expect(groupHints({ unit: 'week', windows: quiet, creationWay: 'by_organization', staffMembers: ['s'] })).toEqual(
      [],
    );
    expect(
      groupHints({ unit: 'week', windows: quiet.slice(1), creationWay: 'by_staff_on_trust', staffMembers: ['s'] }),
    ).toEqual([]);
  });
});

describe('discussion outside the core group', () => {
  it('less than 10% of two months’ messages outside the core group', () => {
    expect(
      organizationHints([
        { layer: 'core', messages: 95 },
        { layer: 'general', messages: 5 },
        { layer: 'activists', messages: 500 },
        { layer: 'notice', messages: 300 },
      ]),
    ).toEqual([{ code: 'chat.hint.outside_core_quiet', values: { outsidePercent: 5 }, members: [], unit: null }]);
  });

  it('not at 10%, not without a core group or another group, not on fewer than 20 messages', () => {
    expect(
      organizationHints([
        { layer: 'core', messages: 90 },
        { layer: 'general', messages: 10 },
      ]),
    ).toEqual([]);
    expect(
      organizationHints([
        { layer: 'general', messages: 90 },
        { layer: 'chat', messages: 1 },
      ]),
    ).toEqual([]);
    expect(organizationHints([{ layer: 'core', messages: 90 }])).toEqual([]);
    expect(
      organizationHints([
        { layer: 'core', messages: 90 },
        { layer: 'notice', messages: 1 },
      ]),
    ).toEqual([]);
    expect(
      organizationHints([
        { layer: 'core', messages: 19 },
        { layer: 'general', messages: 0 },
      ]),
    ).toEqual([]);
  });
});

it('every hint has a zh-CN and an en text naming the same numbers', () => {
  for (const code of chatHintCodes) {
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    expect(names(chatHintTemplates[code]['zh-CN'])).toEqual(names(chatHintTemplates[code].en));
  }
});
