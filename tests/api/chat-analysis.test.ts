import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { type ChatFixture, insertChatGroup } from '../support/chat-fixture';
import { demoIds } from '../support/demo-ids';

/**
 * The chat trail's read side (issue 19 "Views"): staff open 夕阳红舞蹈队's group page and see its network
 * worked out by hand (tests/support/chat-fixture.ts), with names; its leader sees the same page with
 * pseudonyms 成员 A, B…; officials and funders read counts only; a group without agreement is refused.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let group: ChatFixture;
let leaderPersonId: string;
const period = 'from=2025-03-03&to=2025-03-30';

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  leaderPersonId = (
    await api.db.selectFrom('users').select('person_id').where('username', '=', 'leader').executeTakeFirstOrThrow()
  ).person_id!;
  group = await insertChatGroup(api.db, {
    streetId: ids.mainStreetId,
    organizationId: ids.organizationId,
    personId: leaderPersonId,
  });
});
afterAll(() => api.close());

const analysisOf = (groupId: string, query = period) => `/api/chat-groups/${groupId}/analysis?${query}`;

describe('a group’s page', () => {
  it('shows staff the network worked out by hand, with the matched member’s name', async () => {
    const staff = await api.as('staff');
    const { status, body } = await staff.get(analysisOf(group.groupId, `${period}&window=week`));
    expect(status).toBe(200);
    expect(body.namesShown).toBe(true);
    expect(body.whole).toMatchObject({ messages: 4, members: 4, activeShare: 0.75 });
    // 3 directed edges of 4·3 possible; 2 undirected ties (A–B, A–C) of 6
    expect(body.whole.density).toBeCloseTo(0.25, 12);
    expect(body.whole.densityUndirected).toBeCloseTo(1 / 3, 12);
    const { A, B, C, D } = group.senders;
    const edge = (source: string, target: string) =>
      body.edges.find((e: { source: string; target: string }) => e.source === source && e.target === target);
    expect(edge(A, B)).toMatchObject({ reply: 1, response: 1, mention: 0, weight: 2 });
    expect(edge(B, A)).toMatchObject({ reply: 0, response: 1, mention: 0, weight: 1 });
    expect(edge(C, A)).toMatchObject({ reply: 0, response: 0, mention: 1, weight: 1 });
    expect(body.edges).toHaveLength(3);
    const member = (id: string) => body.members.find((m: { id: string }) => m.id === id);
    expect(member(A)).toMatchObject({ pseudonym: 'A', sent: 2, answered: 1, inDegree: 2, outDegree: 1 });
    expect(member(A).name).toBeTruthy();
    expect(member(A).personId).toBe(leaderPersonId);
    expect(member(B)).toMatchObject({ pseudonym: 'B', sent: 1, answered: 1, responseShare: 1 });
    expect(member(C)).toMatchObject({ sent: 1, answered: 0, responseShare: 0, role: 'periphery' });
    // D is on the roster and never spoke: a node all the same, the periphery the seed asks about
    expect(member(D)).toMatchObject({ pseudonym: 'D', sent: 0, role: 'silent', responseShare: null });
    // A is the middle of a path B–A–C: the only one between others; directed betweenness C→A→B = 1/((n−1)(n−2))
    expect(member(A).betweenness).toBeCloseTo(1 / 6, 12);
    // four weeks from Monday 2 March; the first holds the four messages
    expect(body.windows.map((w: { from: string }) => w.from)).toEqual([
      '2025-03-03',
      '2025-03-10',
      '2025-03-17',
      '2025-03-24',
    ]);
    expect(body.windows[0]).toMatchObject({ messages: 4, speakers: 3, newVoices: null });
    expect(body.windows[1]).toMatchObject({ messages: 0, speakers: 0, newVoices: 0 });
    expect(body.topics[0]).toMatchObject({ public: 1, greeting: 1, other: 2, article: 0 });
    expect(body.group).toMatchObject({ layer: 'general', creationWay: 'by_organization', builtByStaff: false });
  });

  it('re-runs the network with the response gap and the edge kinds’ weights asked for, and refuses bad ones', async () => {
    const staff = await api.as('staff');
    const { A, B, C } = group.senders;
    const edgesOf = async (query: string) => {
      const { status, body } = await staff.get(analysisOf(group.groupId, `${period}&${query}`));
      expect(status).toBe(200);
      const edge = (source: string, target: string) =>
        body.edges.find((e: { source: string; target: string }) => e.source === source && e.target === target);
      return { body, edge };
    };
    // a 30-minute gap: C's 10:30 message is 28 minutes after A's 10:02, so C now also responds to A
    const wider = await edgesOf('gap=30');
    expect(wider.body.network).toEqual({ responseGapMinutes: 30, weights: { reply: 1, mention: 1, response: 1 } });
    expect(wider.edge(C, A)).toMatchObject({ mention: 1, response: 1, weight: 2 });
    // responses left out, replies counted thrice: B→A (a response only) goes, A→B weighs 3
    const replies = await edgesOf('response=0&reply=3');
    expect(replies.edge(B, A)).toBeUndefined();
    expect(replies.edge(A, B)).toMatchObject({ reply: 1, response: 1, weight: 3 });
    expect(replies.edge(C, A)).toMatchObject({ mention: 1, weight: 1 });
    expect(replies.body.edges).toHaveLength(2);
    for (const bad of ['gap=0', 'gap=1441', 'gap=2.5', 'gap=abc', 'reply=-1', 'mention=101', 'response=x']) {
      const { status, body } = await staff.get(analysisOf(group.groupId, `${period}&${bad}`));
      expect(status, bad).toBe(400);
      expect(body.code).toBe('request.invalid');
    }
  });

  it('shows the team’s leader pseudonyms only, never a name or a person', async () => {
    const leader = await api.as('leader');
    const { status, body } = await leader.get(analysisOf(group.groupId));
    expect(status).toBe(200);
    expect(body.namesShown).toBe(false);
    for (const row of [...body.members, ...body.nodes]) {
      expect(row.name).toBeNull();
      expect(row.personId).toBeNull();
    }
    expect(JSON.stringify(body)).not.toContain('王秀英');
    expect(body.members.map((m: { pseudonym: string }) => m.pseudonym).sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('is not another team’s leader’s, nor an official’s or a funder’s', async () => {
    for (const login of ['leader2', 'official', 'funder'] as const) {
      expect((await (await api.as(login)).get(analysisOf(group.groupId))).status, login).toBe(403);
    }
  });

  it('refuses a group without an agreement in force (409) and a reversed period (400)', async () => {
    const staff = await api.as('staff');
    const unagreed = await insertChatGroup(api.db, {
      streetId: ids.mainStreetId,
      organizationId: ids.organizationId,
      agreed: false,
      name: '未同意的群',
    });
    const refused = await staff.get(analysisOf(unagreed.groupId));
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('chat.no_agreement');
    const reversed = await staff.get(analysisOf(group.groupId, 'from=2025-03-30&to=2025-03-03'));
    expect(reversed.status).toBe(400);
    expect(reversed.body.code).toBe('chat.period_reversed');
  });

  it('warns on a group staff built (seed 002: the lively talk happens where only members are)', async () => {
    const built = await insertChatGroup(api.db, {
      streetId: ids.mainStreetId,
      organizationId: ids.organizationId,
      creationWay: 'by_staff_on_trust',
      name: '社工建的群',
    });
    const { body } = await (await api.as('staff')).get(analysisOf(built.groupId));
    expect(body.group.builtByStaff).toBe(true);
  });
});

describe('figures without people', () => {
  it('give an official the organization’s groups as counts, no member rows or names', async () => {
    const official = await api.as('official');
    const { status, body } = await official.get(`/api/organizations/${ids.organizationId}/chat-figures?${period}`);
    expect(status).toBe(200);
    const figures = body.groups.find((g: { id: string }) => g.id === group.groupId);
    expect(figures).toMatchObject({ analysed: true, messages: 4, members: 4, speakers: 3, density: 0.25 });
    const unagreed = body.groups.find((g: { name: string }) => g.name === '未同意的群');
    expect(unagreed).toMatchObject({ analysed: false, messages: 0 });
    // one general group with four messages and no core group: nothing to say across the groups
    expect(body.hints).toEqual([]);
    expect(JSON.stringify(body)).not.toMatch(/王秀英|pseudonym|personId/);
  });

  it('give the street month by month: groups, distinct members, population share', async () => {
    const street = await api.as('street');
    const { status, body } = await street.get(
      `/api/streets/${ids.mainStreetId}/chat-figures?from=2025-02-01&to=2025-03-31&window=month`,
    );
    expect(status).toBe(200);
    expect(body.windows).toHaveLength(2);
    // February: no group had a trail yet; March: the groups with messages, 4 members each
    expect(body.windows[0]).toMatchObject({ groups: 0, members: 0 });
    expect(body.windows[1].groups).toBeGreaterThanOrEqual(1);
    expect(body.windows[1].members % 4).toBe(0);
    if (body.population !== null)
      expect(body.windows[1].populationShare).toBeCloseTo(body.windows[1].members / body.population, 12);
    expect(JSON.stringify(body)).not.toMatch(/王秀英|pseudonym/);
  });

  it('refuse a reversed period', async () => {
    const staff = await api.as('staff');
    const { status } = await staff.get(
      `/api/organizations/${ids.organizationId}/chat-figures?from=2025-03-03&to=2025-03-01`,
    );
    expect(status).toBe(400);
  });
});

describe('bridges', () => {
  it('name a person matched in two organizations’ groups for staff, and number them otherwise never', async () => {
    const staff = await api.as('staff');
    const bridgesPath = `/api/streets/${ids.mainStreetId}/chat-bridges?${period}`;
    // the demo street's own 骨干管理群 may hold the leader already: count from what is there
    const before = (await staff.get(bridgesPath)).body.bridges.find(
      (b: { personId: string }) => b.personId === leaderPersonId,
    );
    // the leader's person, matched in a street-level group (the activists' management group) too
    await insertChatGroup(api.db, {
      streetId: ids.mainStreetId,
      organizationId: null,
      personId: leaderPersonId,
      name: '骨干管理群',
    });
    const { status, body } = await staff.get(bridgesPath);
    expect(status).toBe(200);
    const bridge = body.bridges.find((b: { personId: string }) => b.personId === leaderPersonId);
    expect(bridge).toMatchObject({ organizations: 1, streetGroups: (before?.streetGroups ?? 0) + 1 });
    expect(bridge.name).toBeTruthy();
    expect(body.links).toContainEqual(expect.objectContaining({ people: expect.any(Number) }));
    expect(body.places.map((p: { name: string }) => p.name)).toContain('骨干管理群');
    expect((await (await api.as('leader')).get(`/api/streets/${ids.mainStreetId}/chat-bridges?${period}`)).status).toBe(
      403,
    );
  });
});
