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

describe('a children’s council', () => {
  it('needs an accountable adult: none, or a child, is refused and nothing is written; a parent is accepted', async () => {
    const staff = await api.as('staff');
    const person = async (name: string, birthYear: number) =>
      (await staff.post('/api/people', { name, communityId: ids.homeCommunityId, birthYear })).body.id as string;
    const child = await person('小明', 2016);
    const parent = await person('小明妈妈', 1986);
    const council = (extra: object) =>
      staff.post('/api/organizations', {
        name: '槐荫儿童议事会',
        organizationType: 'children_council',
        homeCommunityId: ids.homeCommunityId,
        ...extra,
      });

    expect((await council({})).body.code).toBe('organization.children_need_adult');
    expect((await council({ accountableAdultPersonId: child })).body.code).toBe('organization.adult_required');
    const written = await api.db
      .selectFrom('organizations')
      .select('id')
      .where('name', '=', '槐荫儿童议事会')
      .execute();
    expect(written).toHaveLength(0);

    const created = await council({ leaderPersonId: child, accountableAdultPersonId: parent });
    expect(created.status).toBe(201);
    expect(created.body.accountableAdult).toEqual({ personId: parent, name: '小明妈妈' });
    const funder = await api.as('funder');
    const seen = await funder.get(`/api/organizations/${created.body.id}`);
    expect(seen.body.accountableAdult).toEqual({ personId: parent, name: null });
  });
});

describe('serving a community', () => {
  it('is a period: ending it and serving again later keeps both periods', async () => {
    const staff = await api.as('staff');
    const base = `/api/organizations/${ids.organizationId}`;
    const served = (await staff.get(base)).body.servedCommunities as { id: string }[];
    const communityId = served[0]!.id;
    await api.db
      .updateTable('organization_service_areas')
      .set({ since: '2021-03-01' })
      .where('organization_id', '=', ids.organizationId)
      .where('community_id', '=', communityId)
      .execute();

    const ended = await staff.post(`${base}/served-communities/${communityId}/end`, { until: '2023-12-31' });
    expect(ended.status).toBe(201);
    expect((await staff.get(base)).body.servedCommunities.map((c: { id: string }) => c.id)).not.toContain(communityId);
    expect((await staff.post(`${base}/served-communities`, { communityId, since: '2025-05-01' })).status).toBe(201);
    const again = await staff.post(`${base}/served-communities`, { communityId, since: '2025-06-01' });
    expect(again.body.code).toBe('organization.already_served');

    const periods = await api.db
      .selectFrom('organization_service_areas')
      .select(['since', 'until'])
      .where('organization_id', '=', ids.organizationId)
      .where('community_id', '=', communityId)
      .orderBy('since')
      .execute();
    expect(periods).toEqual([
      { since: '2021-03-01', until: '2023-12-31' },
      { since: '2025-05-01', until: null },
    ]);
  });
});
