import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

/**
 * 同上次 on the leader's form (issue 16): the members of the team's latest activity, so a weekly
 * activity's usual crowd is one tap — read by whoever records for the team, inside its scope.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
});
afterAll(() => api.close());

const lastMembers = () => `/api/organizations/${ids.organizationId}/last-activity-members`;

/** Current members without an account: one of them leaving changes no login's role in the team. */
async function membersWithoutAccounts(): Promise<string[]> {
  const team = await (await api.as('leader')).get(`/api/organizations/${ids.organizationId}`);
  const accounts = await api.db.selectFrom('users').select('person_id').where('person_id', 'is not', null).execute();
  const withAccount = new Set(accounts.map((account) => account.person_id));
  return team.body.members
    .map((member: { personId: string }) => member.personId)
    .filter((personId: string) => !withAccount.has(personId));
}

/** A record from `from` to `to` (Shanghai times; the test clock stands at 10:00 on 2026-06-30). */
function record(title: string, [from, to]: [string, string], memberIds: string[]) {
  return {
    organizationIds: [ids.organizationId],
    title,
    startsAt: `${from}:00+08:00`,
    endsAt: `${to}:00+08:00`,
    openness: 'members_only',
    organizerCount: memberIds.length,
    servedCount: 0,
    participants: [...memberIds.map((personId) => ({ personId })), { guestName: '路过的王大爷' }],
  };
}

describe('the members of the team’s last activity', () => {
  it('answers the latest activity that has begun, with its current members only', async () => {
    const leader = await api.as('leader');
    const [first, second, third] = await membersWithoutAccounts();
    expect(third).toBeDefined();
    const recorded = await leader.call(
      'POST',
      '/api/activities',
      record('周一广场舞', ['2026-06-29T21:00', '2026-06-29T22:00'], [first!, second!]),
      {
        'idempotency-key': 'last-members-1',
      },
    );
    expect(recorded.status).toBe(201);
    // Typed in ahead: this evening's has not begun, so it is not "last time".
    const evening = record('今晚的排练', ['2026-06-30T19:00', '2026-06-30T20:00'], [third!]);
    const tonight = await leader.call('POST', '/api/activities', evening, {
      'idempotency-key': 'last-members-2',
    });
    expect(tonight.status).toBe(201);

    const answer = await leader.get(lastMembers());
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ activityId: recorded.body.id, title: '周一广场舞' });
    expect(new Set(answer.body.memberIds)).toEqual(new Set([first, second]));

    // One of them has left since: not ticked again.
    await leader.patch(`/api/organizations/${ids.organizationId}/members/${second}`, { leftOn: '2026-06-30' });
    expect((await leader.get(lastMembers())).body.memberIds).toEqual([first]);
  });

  it('skips records that list no members (a 举办了 with nobody ticked) and answers nulls for a team without any', async () => {
    const leader = await api.as('leader');
    const empty = await leader.call(
      'POST',
      '/api/activities',
      record('没打勾的活动', ['2026-06-30T08:00', '2026-06-30T09:00'], []),
      {
        'idempotency-key': 'last-members-3',
      },
    );
    expect(empty.status).toBe(201);
    expect((await leader.get(lastMembers())).body.title).toBe('周一广场舞');

    const staff = await api.as('staff');
    const created = await staff.post('/api/organizations', {
      name: '新成立的读书会',
      organizationType: 'culture_recreation',
      homeCommunityId: ids.homeCommunityId,
    });
    expect(created.status).toBe(201);
    const none = await staff.get(`/api/organizations/${created.body.id}/last-activity-members`);
    expect(none.body).toEqual({ activityId: null, title: null, startsAt: null, memberIds: [] });
  });

  it('is for those who record for the team, in their own scope', async () => {
    expect((await (await api.as('deputy')).get(lastMembers())).status).toBe(200);
    for (const login of ['member', 'official', 'funder', 'leader2']) {
      expect([login, (await (await api.as(login)).get(lastMembers())).status]).toEqual([login, 403]);
    }
    const unknown = await (await api.as('staff')).get(
      '/api/organizations/00000000-0000-4000-8000-000000000000/last-activity-members',
    );
    expect(unknown.status).toBe(404);
  });
});
