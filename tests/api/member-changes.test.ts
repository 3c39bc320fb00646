import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { rowCount } from '../support/rows';

/**
 * Issue 16: on the leader's phone a member's leaving is confirmed and can be undone, and nobody
 * removes themselves — whatever their role, through the API too.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
});
afterAll(() => api.close());

const members = () => `/api/organizations/${ids.organizationId}/members`;
const personOf = async (username: string) =>
  (await api.db.selectFrom('users').select('person_id').where('username', '=', username).executeTakeFirstOrThrow())
    .person_id!;
const isCurrent = (body: { members: { personId: string }[] }, personId: string) =>
  body.members.some((member) => member.personId === personId);

describe('nobody marks themselves as left', () => {
  it('refuses every team role on its own row, and staff on a row that is their own person', async () => {
    const memberships = await rowCount(api.db, 'organization_members');
    // The leader changes only by hand-over; a deputy, member or treasurer manages no members at all.
    const leader = await api.as('leader');
    expect(await leader.patch(`${members()}/${await personOf('leader')}`, { leftOn: '2026-06-30' })).toMatchObject({
      status: 409,
      body: { code: 'organization.leader_by_hand_over' },
    });
    for (const login of ['deputy', 'member', 'treasurer']) {
      const client = await api.as(login);
      const own = await client.patch(`${members()}/${await personOf(login)}`, { leftOn: '2026-06-30' });
      expect([login, own.status, own.body.code]).toEqual([login, 403, 'auth.forbidden']);
    }
    // A social worker who is also in the team (their account linked to the member): refused too.
    const deputy = await personOf('deputy');
    await api.db.updateTable('users').set({ person_id: deputy }).where('username', '=', 'staff').execute();
    try {
      const staff = await api.as('staff');
      const own = await staff.patch(`${members()}/${deputy}`, { leftOn: '2026-06-30' });
      expect(own.status).toBe(409);
      expect(own.body.code).toBe('organization.member_leaves_self');
      expect(own.body.message).toMatch(/自己/);
      // Their role may still change: only leaving oneself is refused.
      expect((await staff.patch(`${members()}/${deputy}`, { role: 'deputy' })).status).toBe(200);
    } finally {
      await api.db.updateTable('users').set({ person_id: null }).where('username', '=', 'staff').execute();
    }
    expect(await rowCount(api.db, 'organization_members')).toBe(memberships);
  });
});

describe('undoing a 已离开', () => {
  it('brings the member back on the same membership, once, and only for the leave it names', async () => {
    const leader = await api.as('leader');
    const added = await leader.post(members(), { name: '撤销测试' });
    const personId = added.body.members.find((m: { name: string }) => m.name === '撤销测试').personId as string;
    const left = await leader.patch(`${members()}/${personId}`, { leftOn: '2026-06-30' });
    expect(isCurrent(left.body, personId)).toBe(false);
    const memberships = await rowCount(api.db, 'organization_members');

    // The wrong day names no leave: nothing changes.
    const wrongDay = await leader.post(`${members()}/${personId}/undo-leave`, { leftOn: '2026-06-29' });
    expect(wrongDay).toMatchObject({ status: 409, body: { code: 'organization.member_not_left' } });

    const back = await leader.post(`${members()}/${personId}/undo-leave`, { leftOn: '2026-06-30' });
    expect(back.status).toBe(200);
    expect(isCurrent(back.body, personId)).toBe(true);
    // The same row, as if the leave had never been: no second membership, no leave in the history.
    expect(await rowCount(api.db, 'organization_members')).toBe(memberships);
    const registry = await leader.get(`/api/organizations/${ids.organizationId}/registry`);
    const history = registry.body.memberHistory.filter((entry: { personId: string }) => entry.personId === personId);
    expect(history).toEqual([expect.objectContaining({ leftOn: null })]);
    const trail = await api.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'organization.member.undo_leave')
      .execute();
    expect(trail).toHaveLength(1);

    // Sent twice (a double tap): the member is current already.
    const twice = await leader.post(`${members()}/${personId}/undo-leave`, { leftOn: '2026-06-30' });
    expect(twice).toMatchObject({ status: 409, body: { code: 'organization.member_exists' } });
  });

  it('is the leader’s or staff’s, in their own scope', async () => {
    const leader = await api.as('leader');
    const added = await leader.post(members(), { name: '撤销权限' });
    const personId = added.body.members.find((m: { name: string }) => m.name === '撤销权限').personId as string;
    await leader.patch(`${members()}/${personId}`, { leftOn: '2026-06-30' });
    for (const login of ['deputy', 'member', 'leader2', 'official']) {
      const refused = await (await api.as(login)).post(`${members()}/${personId}/undo-leave`, { leftOn: '2026-06-30' });
      expect([login, refused.status]).toEqual([login, 403]);
    }
    const unknown = await leader.post(`${members()}/00000000-0000-4000-8000-000000000000/undo-leave`, {
      leftOn: '2026-06-30',
    });
    expect(unknown).toMatchObject({ status: 404, body: { code: 'organization.member_unknown' } });
    const staff = await api.as('staff');
    expect((await staff.post(`${members()}/${personId}/undo-leave`, { leftOn: '2026-06-30' })).status).toBe(200);
  });
});
