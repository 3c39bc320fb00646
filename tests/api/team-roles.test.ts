import { defaultMeetingTypes } from '@seedbed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { rowCount } from '../support/rows';

let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
});
afterAll(() => api.close());

const personOf = async (username: string) =>
  (await api.db.selectFrom('users').select('person_id').where('username', '=', username).executeTakeFirstOrThrow())
    .person_id!;

const activityBody = (organizationId: string, title: string) => ({
  organizationIds: [organizationId],
  title,
  startsAt: '2026-06-29T09:00:00+08:00',
  endsAt: '2026-06-29T10:00:00+08:00',
  openness: 'members_only',
  organizerCount: 1,
  servedCount: 5,
});

describe('a deputy (副队长) does the leader’s activity work, and no more', () => {
  it('signs in as a member account that carries the team role', async () => {
    const deputy = await api.as('deputy');
    const me = await deputy.get('/api/auth/me');
    expect(me.body.user).toMatchObject({ role: 'organization_member', teamRole: 'deputy' });
    const member = await api.as('member');
    expect((await member.get('/api/auth/me')).body.user.teamRole).toBe('member');
  });

  it('records an activity, reads its sign-ins, makes its publicity draft and enters volunteer hours', async () => {
    const deputy = await api.as('deputy');
    const recorded = await deputy.call(
      'POST',
      '/api/activities',
      activityBody(ids.organizationId, '副队长记录的活动'),
      {
        'idempotency-key': 'deputy-record-1',
      },
    );
    expect(recorded.status).toBe(201);
    const activityId = recorded.body.id as string;
    expect((await deputy.patch(`/api/activities/${activityId}`, { servedCount: 12 })).status).toBe(200);
    expect((await deputy.get(`/api/activities/${activityId}/sign-ins`)).status).toBe(200);
    expect((await deputy.post(`/api/activities/${activityId}/publicity`)).status).toBe(201);
    const hours = await deputy.post(`/api/activities/${activityId}/volunteer-hours`, {
      personId: await personOf('member'),
      minutes: 45,
      reason: '补录',
    });
    expect(hours.status).toBe(201);
  });

  it('plans an activity of its own team', async () => {
    const deputy = await api.as('deputy');
    const planned = await deputy.post('/api/planned-activities', {
      organizationId: ids.organizationId,
      title: '副队长预告的活动',
      openness: 'open_to_all',
      startsOn: '2026-07-04',
      startTime: '09:00',
      durationMinutes: 60,
      recurrence: { kind: 'once' },
    });
    expect(planned.status).toBe(201);
  });

  it('cannot edit the organization or manage its members, and nothing is written', async () => {
    const deputy = await api.as('deputy');
    const members = await rowCount(api.db, 'organization_members');
    expect((await deputy.patch(`/api/organizations/${ids.organizationId}`, { meetingPlace: '别处' })).body.code).toBe(
      'auth.forbidden',
    );
    const added = await deputy.post(`/api/organizations/${ids.organizationId}/members`, { name: '新队员' });
    expect(added).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });
    expect(await rowCount(api.db, 'organization_members')).toBe(members);
  });

  it('records nothing for another team', async () => {
    const deputy = await api.as('deputy');
    const other = await deputy.call('POST', '/api/activities', activityBody(ids.otherOrganizationId, '别队的活动'), {
      'idempotency-key': 'deputy-other-1',
    });
    expect(other.status).toBe(403);
  });

  it('gives the treasurer (财务) none of the deputy’s work', async () => {
    const treasurer = await api.as('treasurer');
    expect((await treasurer.get('/api/auth/me')).body.user.teamRole).toBe('treasurer');
    const recorded = await treasurer.call('POST', '/api/activities', activityBody(ids.organizationId, '财务记录'), {
      'idempotency-key': 'treasurer-record-1',
    });
    expect(recorded).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });
  });
});

describe('a deputy (副队长) runs the team’s own meetings', () => {
  const forum = defaultMeetingTypes.find((t) => t.key === 'forum')!.id;
  const meetingCount = async () =>
    Number(
      (await api.db.selectFrom('meetings').select(api.db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n,
    );

  it('makes one, writes its minutes and a motion, and opens a vote of the team’s members', async () => {
    const deputy = await api.as('deputy');
    const made = await deputy.post('/api/meetings', {
      typeId: forum,
      communityId: ids.homeCommunityId,
      title: '副队长召集：下半年排练安排',
      heldOn: '2026-06-28',
    });
    expect(made.status).toBe(201);
    expect(made.body.organizationId).toBe(ids.organizationId);
    const path = `/api/meetings/${made.body.id}`;
    expect((await deputy.patch(path, { minutes: '每周二、四晚上排练。' })).body.minutes).toBe('每周二、四晚上排练。');
    expect((await deputy.post(`${path}/motions`, { text: '排练改到周二、四' })).status).toBe(201);
    const vote = await deputy.post(`${path}/votes`, {
      question: '同意改时间吗？',
      kind: 'motion',
      eligibility: 'organization_members',
      eligibilityId: ids.organizationId,
    });
    expect(vote.status).toBe(201);
  });

  it('opens no vote of an estate’s residents, runs no other team’s or the committee’s meeting; the treasurer runs none', async () => {
    const deputy = await api.as('deputy');
    const made = await deputy.post('/api/meetings', {
      typeId: forum,
      communityId: ids.homeCommunityId,
      title: '副队长召集：排练场地',
      heldOn: '2026-06-28',
    });
    const estate = await api.db
      .selectFrom('estates')
      .select('id')
      .where('community_id', '=', ids.homeCommunityId)
      .executeTakeFirstOrThrow();
    const byEstate = await deputy.post(`/api/meetings/${made.body.id}/votes`, {
      question: '同意吗？',
      kind: 'motion',
      eligibility: 'estate_residents',
      eligibilityId: estate.id,
    });
    expect(byEstate).toMatchObject({ status: 403, body: { code: 'deliberation.eligibility_not_allowed' } });

    const committee = await (await api.as('staff')).post('/api/meetings', {
      typeId: defaultMeetingTypes.find((t) => t.key === 'residents_council')!.id,
      communityId: ids.homeCommunityId,
      title: '居民议事会：楼道堆物',
      heldOn: '2026-06-28',
    });
    expect((await deputy.patch(`/api/meetings/${committee.body.id}`, { minutes: '副队长改写' })).status).toBe(403);
    const before = await meetingCount();
    const forOther = await deputy.post('/api/meetings', {
      typeId: forum,
      organizationId: ids.otherOrganizationId,
      communityId: ids.homeCommunityId,
      title: '替别的队开会',
      heldOn: '2026-06-28',
    });
    expect(forOther.status).toBe(403);
    const byTreasurer = await (await api.as('treasurer')).post('/api/meetings', {
      typeId: forum,
      communityId: ids.homeCommunityId,
      title: '财务召集',
      heldOn: '2026-06-28',
    });
    expect(byTreasurer).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });
    expect(await meetingCount()).toBe(before);
  });
});

describe('handing leadership over', () => {
  const handOverTrail = () =>
    api.db
      .selectFrom('audit_log')
      .select(['action', 'table_name'])
      .where('action', 'in', ['organization.leadership.hand_over', 'user.role.follow_team'])
      .execute();
  const handOver = (organizationId: string) => `/api/organizations/${organizationId}/leadership`;

  it('is refused to a member, and to anyone for a person who is not a current member; nothing changes', async () => {
    const member = await api.as('member');
    const byMember = await member.post(handOver(ids.organizationId), {
      toPersonId: await personOf('member'),
      formerLeaderBecomes: 'member',
    });
    expect(byMember).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });
    const deputy = await api.as('deputy');
    expect(
      (
        await deputy.post(handOver(ids.organizationId), {
          toPersonId: await personOf('deputy'),
          formerLeaderBecomes: 'member',
        })
      ).status,
    ).toBe(403);

    const leader = await api.as('leader');
    const outsider = await leader.post(handOver(ids.organizationId), {
      toPersonId: await personOf('leader2'),
      formerLeaderBecomes: 'member',
    });
    expect(outsider.status).toBe(400);
    expect(outsider.body.code).toBe('organization.hand_over_not_member');
    expect(outsider.body.message).toMatch(/现任成员|current member/);
    const toSelf = await leader.post(handOver(ids.organizationId), {
      toPersonId: await personOf('leader'),
      formerLeaderBecomes: 'member',
    });
    expect(toSelf).toMatchObject({ status: 409, body: { code: 'organization.hand_over_to_leader' } });
    const otherTeam = await leader.post(handOver(ids.otherOrganizationId), {
      toPersonId: await personOf('member2'),
      formerLeaderBecomes: 'member',
    });
    expect(otherTeam.status).toBe(403);
    expect(await handOverTrail()).toHaveLength(0);
    expect((await leader.get('/api/auth/me')).body.user).toMatchObject({
      role: 'organization_leader',
      teamRole: 'leader',
    });
  });

  it('is the only way to change the leader: the member list refuses a second leader or a leader demoted or gone', async () => {
    const leader = await api.as('leader');
    const members = `/api/organizations/${ids.organizationId}/members`;
    const before = await rowCount(api.db, 'organization_members');
    const refusals = [
      await leader.post(members, { name: '钱秀英', role: 'leader' }),
      await leader.patch(`${members}/${await personOf('deputy')}`, { role: 'leader' }),
      await leader.patch(`${members}/${await personOf('leader')}`, { role: 'member' }),
      await leader.patch(`${members}/${await personOf('leader')}`, { leftOn: '2026-06-30' }),
    ];
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({ status: 409, body: { code: 'organization.leader_by_hand_over' } });
      expect(refusal.body.message).toContain('移交队长');
    }
    expect(await rowCount(api.db, 'organization_members')).toBe(before);
    expect((await leader.get('/api/auth/me')).body.user.teamRole).toBe('leader');
  });

  it('moves the roles and the accounts: the deputy leads, the former leader stays on as deputy', async () => {
    const leader = await api.as('leader');
    const deputy = await api.as('deputy');
    const handed = await leader.post(handOver(ids.organizationId), {
      toPersonId: await personOf('deputy'),
      formerLeaderBecomes: 'deputy',
    });
    expect(handed).toMatchObject({
      status: 200,
      body: {
        organizationId: ids.organizationId,
        newLeaderPersonId: await personOf('deputy'),
        newLeaderHasAccount: true,
      },
    });

    // The sessions already open follow at once: roles are read with the session.
    expect((await deputy.get('/api/auth/me')).body.user).toMatchObject({
      role: 'organization_leader',
      teamRole: 'leader',
    });
    expect((await leader.get('/api/auth/me')).body.user).toMatchObject({
      role: 'organization_member',
      teamRole: 'deputy',
    });
    expect((await deputy.patch(`/api/organizations/${ids.organizationId}`, { meetingPlace: '新活动室' })).status).toBe(
      200,
    );
    expect((await leader.patch(`/api/organizations/${ids.organizationId}`, { meetingPlace: '旧活动室' })).status).toBe(
      403,
    );

    const detail = await deputy.get(`/api/organizations/${ids.organizationId}`);
    const roleOf = async (username: string) => {
      const personId = await personOf(username);
      return detail.body.members.find((m: { personId: string }) => m.personId === personId)?.role;
    };
    expect(detail.body.members.filter((m: { role: string }) => m.role === 'leader')).toHaveLength(1);
    expect(await roleOf('deputy')).toBe('leader');
    expect(await roleOf('leader')).toBe('deputy');

    const trail = await handOverTrail();
    expect(trail.filter((a) => a.table_name === 'organization_members')).toHaveLength(2);
    expect(trail.filter((a) => a.table_name === 'users')).toHaveLength(2);
  });

  it('lets staff hand over to a member without an account, and says so', async () => {
    const withoutAccount = await api.db
      .selectFrom('organization_members as m')
      .select('m.person_id')
      .where('m.organization_id', '=', ids.organizationId)
      .where('m.left_on', 'is', null)
      .where('m.role', '=', 'member')
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('users').select('users.id').whereRef('users.person_id', '=', 'm.person_id'))),
      )
      .executeTakeFirstOrThrow();
    const staff = await api.as('staff');
    const handed = await staff.post(handOver(ids.organizationId), {
      toPersonId: withoutAccount.person_id,
      formerLeaderBecomes: 'member',
    });
    expect(handed).toMatchObject({ status: 200, body: { newLeaderHasAccount: false } });
    // The former leader's account (the old deputy's) steps down with the role.
    const former = await api.as('deputy');
    expect((await former.get('/api/auth/me')).body.user).toMatchObject({
      role: 'organization_member',
      teamRole: 'member',
    });
  });
});

describe('no link a role cannot follow', () => {
  it('names a related organization out of the caller’s scope without making it openable', async () => {
    const other = await api.db
      .selectFrom('organizations')
      .select('id')
      .where('street_id', '=', ids.mainStreetId)
      .where('id', '!=', ids.organizationId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const staff = await api.as('staff');
    const related = await staff.post(`/api/organizations/${ids.organizationId}/relations`, {
      relatedOrganizationId: other.id,
      kind: 'incubated_by',
    });
    expect(related.status).toBe(201);
    const relationTo = async (login: string) =>
      (await (await api.as(login)).get(`/api/organizations/${ids.organizationId}/registry`)).body.relations.find(
        (r: { organizationId: string }) => r.organizationId === other.id,
      );
    expect(await relationTo('staff')).toMatchObject({ isOpenable: true });
    expect(await relationTo('leader')).toMatchObject({ isOpenable: false });
    expect((await (await api.as('leader')).get(`/api/organizations/${other.id}`)).status).toBe(403);
  });

  it('links a served or home community, and a joint activity’s organizations, only where the page opens', async () => {
    const admin = await api.as('admin');
    const joint = await admin.call(
      'POST',
      '/api/activities',
      {
        ...activityBody(ids.organizationId, '两队联合义诊'),
        organizationIds: [ids.organizationId, ids.otherOrganizationId],
      },
      { 'idempotency-key': 'joint-dead-ends-1' },
    );
    expect(joint.status, JSON.stringify(joint.body)).toBe(201);
    const tally = { linked: 0, named: 0 };
    for (const login of ['leader', 'official', 'street', 'staff']) {
      const client = await api.as(login);
      const opens = async (path: string) => (await client.get(path)).status === 200;
      const activity = (await client.get(`/api/activities/${joint.body.id}`)).body;
      if (activity.organizations)
        for (const organization of activity.organizations) {
          const linked = activity.openableOrganizationIds.includes(organization.id);
          expect(await opens(`/api/organizations/${organization.id}`), `${login} ${organization.name}`).toBe(linked);
          tally[linked ? 'linked' : 'named'] += 1;
        }
      const organizations = (await client.get('/api/organizations')).body.items as { id: string }[];
      for (const { id } of organizations) {
        const detail = (await client.get(`/api/organizations/${id}`)).body;
        const places = [
          { id: detail.homeCommunityId, isOpenable: detail.homeCommunityOpenable },
          ...detail.servedCommunities,
        ];
        for (const place of places) {
          expect(await opens(`/api/communities/${place.id}`), `${login} ${place.id}`).toBe(place.isOpenable);
          tally[place.isOpenable ? 'linked' : 'named'] += 1;
        }
      }
    }
    // Both kinds met: the scan is not passing on links alone.
    expect(tally.linked).toBeGreaterThan(0);
    expect(tally.named).toBeGreaterThan(0);
  });
});
