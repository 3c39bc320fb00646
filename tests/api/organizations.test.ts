import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
});
afterAll(() => api.close());

describe('a street overview', () => {
  it('counts the street’s organizations by stage, in the model’s order, and lists its communities', async () => {
    const staff = await api.as('staff');
    const result = await staff.get(`/api/streets/${ids.mainStreetId}/overview`);
    expect(result.status).toBe(200);
    expect(result.body.stageModel).toBe('five_stage');
    expect(result.body.stageCounts.map((s: { stage: string }) => s.stage)).toEqual([
      'nurturing',
      'seed',
      'sapling',
      'small_tree',
      'big_tree',
    ]);
    expect(result.body.communities).toHaveLength(9);
    const { active, inactive, dissolved } = result.body.statusCounts;
    const rows = await api.db
      .selectFrom('organizations')
      .select('status')
      .where('street_id', '=', ids.mainStreetId)
      .execute();
    expect(active + inactive + dissolved).toBe(rows.length);
    const living =
      result.body.stageCounts.reduce((n: number, s: { count: number }) => n + s.count, 0) + result.body.unassessed;
    expect(living).toBe(rows.filter((r) => r.status !== 'dissolved').length);
  });
});

describe('an organization page', () => {
  it('shows a leader their own organization with members and the communities it serves', async () => {
    const leader = await api.as('leader');
    const result = await leader.get(`/api/organizations/${ids.organizationId}`);
    expect(result.status).toBe(200);
    expect(result.body.members.length).toBeGreaterThan(0);
    expect(result.body.members.filter((m: { role: string }) => m.role === 'leader')).toHaveLength(1);
    expect(result.body.servedCommunities.length).toBeGreaterThan(0);
    expect(result.body.canEdit).toBe(true);
  });

  it('masks phone numbers for an assistant and hides member names from a funder', async () => {
    const assistant = await api.as('assistant');
    const seenByAssistant = await assistant.get(`/api/organizations/${ids.organizationId}`);
    for (const member of seenByAssistant.body.members)
      if (member.phone) expect(member.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(seenByAssistant.body.canEdit).toBe(false);
    const funder = await api.as('funder');
    const seenByFunder = await funder.get(`/api/organizations/${ids.organizationId}`);
    expect(seenByFunder.status).toBe(200);
    expect(seenByFunder.body.members).toBeNull();
  });

  it('lets the leader edit the description, and the audit log records who, when, before and after', async () => {
    const leader = await api.as('leader');
    const before = await leader.get(`/api/organizations/${ids.organizationId}`);
    const result = await leader.patch(`/api/organizations/${ids.organizationId}`, {
      description: '每周二、四晚上在广场跳舞。',
    });
    expect(result.status).toBe(200);
    expect(result.body.description).toBe('每周二、四晚上在广场跳舞。');
    const staff = await api.as('staff');
    const audit = await staff.get(`/api/audit/organizations/${ids.organizationId}`);
    expect(audit.status).toBe(200);
    const entry = audit.body.items[0];
    expect(entry).toMatchObject({ action: 'organization.update', actorName: expect.any(String) });
    expect(entry.before.description).toBe(before.body.description);
    expect(entry.after.description).toBe('每周二、四晚上在广场跳舞。');
  });

  it('refuses a leader editing another organization, and leaves it unchanged', async () => {
    const leader = await api.as('leader');
    const result = await leader.patch(`/api/organizations/${ids.otherOrganizationId}`, { description: '占领' });
    expect(result.status).toBe(403);
    const row = await api.db
      .selectFrom('organizations')
      .select('description')
      .where('id', '=', ids.otherOrganizationId)
      .executeTakeFirstOrThrow();
    expect(row.description).not.toBe('占领');
  });
});

describe('an organization serving communities in two streets', () => {
  it('is created by staff and then seen by the official of a served community in the other street', async () => {
    const staff = await api.as('staff');
    const created = await staff.post('/api/organizations', {
      name: '跨街助老联盟',
      organizationType: 'neighbour_help',
      orientation: 'public_benefit',
      homeCommunityId: ids.homeCommunityId,
      servedCommunityIds: [ids.otherCommunityId],
      foundedOn: '2024-03-01',
    });
    expect(created.status).toBe(201);
    expect(created.body.servedCommunities.map((c: { id: string }) => c.id)).toEqual([ids.otherCommunityId]);

    const list = await staff.get(`/api/organizations?communityId=${ids.otherCommunityId}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((o: { name: string }) => o.name)).toContain('跨街助老联盟');
  });
});
