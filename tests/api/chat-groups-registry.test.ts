import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

/**
 * Issue 19 part U: the registry's chat groups and the chat trail's are one table. A group the leader
 * records in the registry is the chat trail's group (creation way unknown until staff set it); a group
 * staff record on the chat trail is in the registry with its counts; the registry's old layer names are
 * still read; a 分队群 names its sub-team; a refused write writes nothing.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let staff: Client;
let leader: Client;
let base: string;

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  [staff, leader] = await Promise.all([api.as('staff'), api.as('leader')]);
  base = `/api/organizations/${ids.organizationId}`;
});
afterAll(() => api.close());

const groupCount = async () =>
  Number(
    (
      await api.db
        .selectFrom('chat_groups')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('one table for a team’s chat groups', () => {
  it('a group recorded in the registry is the chat trail’s group, its old layer name read as the new', async () => {
    const made = await leader.post(`${base}/chat-groups`, {
      name: '夕阳红老群',
      layer: 'main',
      createdOn: '2026-05-02',
    });
    expect(made.status).toBe(201);
    const trail = await staff.get(`/api/chat-groups/${made.body.id}`);
    expect(trail.status).toBe(200);
    expect(trail.body).toMatchObject({
      name: '夕阳红老群',
      layer: 'general',
      platform: 'wechat',
      creationWay: 'unknown',
      staffIn: false,
      createdOn: '2026-05-02',
      closedOn: null,
      agreement: null,
    });
    // staff set what the registry did not ask; the registry shows the same row
    const set = await staff.patch(`/api/chat-groups/${made.body.id}`, {
      creationWay: 'existing_invited_staff',
      staffIn: true,
    });
    expect(set.status).toBe(200);
    const registry = await leader.get(`${base}/registry`);
    expect(registry.body.chatGroups.find((g: { id: string }) => g.id === made.body.id)).toMatchObject({
      layer: 'general',
      creationWay: 'existing_invited_staff',
      staffIn: true,
      createdOn: '2026-05-02',
    });
  });

  it('a group staff record on the chat trail is in the registry, and takes its member counts', async () => {
    const made = await staff.post('/api/chat-groups', {
      organizationId: ids.organizationId,
      name: '夕阳红核心群（新）',
      platform: 'wechat',
      creationWay: 'by_organization',
      layer: 'core',
      staffIn: false,
      createdOn: '2026-06-01',
    });
    expect(made.status).toBe(201);
    expect(made.body.createdOn).toBe('2026-06-01');
    const counted = await leader.post(`${base}/chat-groups/${made.body.id}/counts`, {
      countedOn: '2026-06-20',
      memberCount: 9,
    });
    expect(counted.status).toBe(201);
    const registry = await leader.get(`${base}/registry`);
    const row = registry.body.chatGroups.find((g: { id: string }) => g.id === made.body.id);
    expect(row).toMatchObject({
      layer: 'core',
      creationWay: 'by_organization',
      counts: [{ countedOn: '2026-06-20', memberCount: 9 }],
    });
    // the 群聊 section lists it once, with the last count (an earlier count does not win)
    expect(
      (await leader.post(`${base}/chat-groups/${made.body.id}/counts`, { countedOn: '2026-06-10', memberCount: 7 }))
        .status,
    ).toBe(201);
    const figures = await leader.get(`${base}/chat-figures?from=2026-06-01&to=2026-06-29`);
    expect(figures.status).toBe(200);
    const listed = figures.body.groups.filter((g: { id: string }) => g.id === made.body.id);
    expect(listed).toEqual([
      expect.objectContaining({ analysed: false, headcount: { countedOn: '2026-06-20', memberCount: 9 } }),
    ]);
    expect(figures.body.groups.find((g: { id: string }) => g.id !== made.body.id)?.headcount).not.toBeUndefined();
    // archived on the chat trail: gone from the registry, and no more counts
    expect((await staff.patch(`/api/chat-groups/${made.body.id}`, { archived: true })).status).toBe(200);
    const after = await leader.get(`${base}/registry`);
    expect(after.body.chatGroups.map((g: { id: string }) => g.id)).not.toContain(made.body.id);
    const late = await leader.post(`${base}/chat-groups/${made.body.id}/counts`, {
      countedOn: '2026-06-21',
      memberCount: 9,
    });
    expect(late.status).toBe(404);
  });

  it('refuses a 分队群 without its sub-team, a closing day before the setting-up day, and the street’s layer', async () => {
    const before = await groupCount();
    for (const body of [
      { name: '无名分队群', layer: 'squad' },
      { name: '无名分队群', layer: 'sub_team' },
      { name: '倒序群', layer: 'chat', createdOn: '2026-06-10', closedOn: '2026-06-01' },
      { name: '骨干管理群', layer: 'activists' },
    ]) {
      const refused = await leader.post(`${base}/chat-groups`, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
    }
    expect(await groupCount()).toBe(before);
    const team = await leader.post(`${base}/sub-teams`, { name: '晨练分队' });
    const squad = await leader.post(`${base}/chat-groups`, {
      name: '晨练分队群',
      layer: 'sub_team',
      subTeamId: team.body.id,
    });
    expect(squad.status).toBe(201);
    expect((await staff.get(`/api/chat-groups/${squad.body.id}`)).body).toMatchObject({
      layer: 'squad',
      subTeamId: team.body.id,
    });
  });

  it('the street’s figures count every group on record, analysed or not', async () => {
    const figures = await staff.get(
      `/api/streets/${ids.mainStreetId}/chat-figures?from=2026-06-01&to=2026-06-29&window=month`,
    );
    expect(figures.status).toBe(200);
    const window = figures.body.windows.at(-1);
    expect(window.groupsOnRecord).toBeGreaterThanOrEqual(window.groups);
    const unanalysed = figures.body.groups.filter((g: { analysed: boolean }) => !g.analysed).length;
    expect(unanalysed).toBeGreaterThan(0);
    expect(window.groupsOnRecord).toBeGreaterThan(window.groups);
  });
});
