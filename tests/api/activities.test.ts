import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let leader: Client;
let memberIds: string[];
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  leader = await api.as('leader');
  const members = await api.db
    .selectFrom('organization_members')
    .select('person_id')
    .where('organization_id', '=', ids.organizationId)
    .where('left_on', 'is', null)
    .orderBy('person_id')
    .execute();
  memberIds = members.map((m) => m.person_id);
});
afterAll(() => api.close());

// The test clock stands at 2026-06-30 10:00 in Shanghai.
const morningActivity = (organizationId: string) => ({
  organizationIds: [organizationId],
  coHosts: ['槐荫物业'],
  title: '广场舞公益展演',
  content: '在小区广场为居民表演，并教大家两支新舞。',
  startsAt: '2026-06-29T09:00:00+08:00',
  endsAt: '2026-06-29T11:00:00+08:00',
  place: { kind: 'text', text: '小区中心广场' },
  beneficiaryGroups: ['elderly', 'all_residents'],
  openness: 'open_to_all',
  organizerCount: 3,
  servedCount: 30,
  participants: [{ personId: memberIds[0], role: 'organizer' }, { guestName: '赵阿姨' }],
  reflection: '第一次面向全体居民，大家很投入。',
  feedback: [{ text: '希望每个月都有', saidBy: '王阿姨' }],
});

const submit = (client: Client, body: unknown, key: string) =>
  client.call('POST', '/api/activities', body, { 'idempotency-key': key });

async function activityCount() {
  const row = await api.db
    .selectFrom('activities')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('a leader records an activity from a phone', () => {
  it('saves it once even when the submit is retried after a lost connection', async () => {
    const before = await activityCount();
    const first = await submit(leader, morningActivity(ids.organizationId), 'draft-0001-retry');
    expect(first.status).toBe(201);
    expect(first.body.organizations).toEqual([{ id: ids.organizationId, name: expect.any(String) }]);
    expect(first.body.signInCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(first.body.attendance).toBe(2);
    expect(first.body.feedback).toEqual([{ text: '希望每个月都有', saidBy: '王阿姨' }]);
    expect(first.body.warnings).toEqual([]);

    const retry = await submit(leader, morningActivity(ids.organizationId), 'draft-0001-retry');
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
    expect(await activityCount()).toBe(before + 1);

    const changed = await submit(
      leader,
      { ...morningActivity(ids.organizationId), title: '另一个活动' },
      'draft-0001-retry',
    );
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('activity.idempotency_conflict');
    expect(await activityCount()).toBe(before + 1);

    const audit = await api.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', first.body.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['activity.record']);
  });

  it('needs an idempotency key', async () => {
    const result = await leader.post('/api/activities', morningActivity(ids.organizationId));
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('activity.idempotency_key_required');
  });

  it('refuses an end before the start, writing nothing', async () => {
    const before = await activityCount();
    const result = await submit(
      leader,
      { ...morningActivity(ids.organizationId), endsAt: '2026-06-29T08:00:00+08:00' },
      'draft-0002-backwards',
    );
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('activity.end_before_start');
    expect(await activityCount()).toBe(before);
  });

  it('refuses an unknown organization (404) and another street’s organization (403)', async () => {
    const before = await activityCount();
    const unknown = await submit(leader, morningActivity('00000000-0000-4000-8000-000000000000'), 'draft-0003-unknown');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('organization.unknown');
    const staff = await api.as('staff');
    const other = await submit(
      staff,
      { ...morningActivity(ids.otherOrganizationId), participants: [] },
      'draft-0004-other',
    );
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('auth.forbidden');
    const joint = await submit(
      leader,
      { ...morningActivity(ids.organizationId), organizationIds: [ids.organizationId, ids.otherOrganizationId] },
      'draft-0005-joint',
    );
    expect(joint.status).toBe(403);
    expect(await activityCount()).toBe(before);
  });

  it('refuses a participant picked who is not a member, and bad fields with their names', async () => {
    const stranger = await api.db
      .selectFrom('people')
      .select('id')
      .where('id', 'not in', memberIds)
      .executeTakeFirstOrThrow();
    const result = await submit(
      leader,
      { ...morningActivity(ids.organizationId), participants: [{ personId: stranger.id }] },
      'draft-0006-stranger',
    );
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('activity.participant_not_member');
    const invalid = await submit(
      leader,
      { ...morningActivity(ids.organizationId), openness: 'everyone', servedCount: -1 },
      'draft-0007-invalid',
    );
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('request.invalid');
    expect(invalid.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['openness', 'servedCount']);
  });

  it('warns, and still saves, when the head count is below the people listed', async () => {
    const result = await submit(
      leader,
      {
        ...morningActivity(ids.organizationId),
        organizerCount: 0,
        servedCount: 1,
        participants: memberIds.slice(0, 3).map((personId) => ({ personId })),
      },
      'draft-0008-headcount',
    );
    expect(result.status).toBe(201);
    expect(result.body.warnings).toEqual([
      { code: 'activity.head_count_below_signed_in', message: expect.stringContaining('1') },
    ]);
    const fixed = await leader.patch(`/api/activities/${result.body.id}`, { servedCount: 3 });
    expect(fixed.status).toBe(200);
    expect(fixed.body.warnings).toEqual([]);
  });

  it('lets members, the committee and funders read it, but not record; not the other street', async () => {
    const created = await submit(leader, morningActivity(ids.organizationId), 'draft-0009-readers');
    for (const login of ['member', 'official', 'funder', 'assistant', 'street']) {
      const client = await api.as(login);
      expect((await client.get(`/api/activities/${created.body.id}`)).status).toBe(200);
    }
    const member = await api.as('member');
    expect((await submit(member, morningActivity(ids.organizationId), 'draft-0010-member')).status).toBe(403);
    const leader2 = await api.as('leader2');
    expect((await leader2.get(`/api/activities/${created.body.id}`)).status).toBe(403);
    const list = await leader.get(`/api/activities?organizationId=${ids.organizationId}&from=2026-06-01&to=2026-06-30`);
    expect(list.body.items.map((a: { id: string }) => a.id)).toContain(created.body.id);
    const otherList = await leader2.get('/api/activities');
    expect(otherList.body.items.map((a: { id: string }) => a.id)).not.toContain(created.body.id);
  });
});

describe('residents sign in themselves through the short link', () => {
  it('counts a person once, keeps a child’s phone out, and closes a day after the end', async () => {
    const created = await submit(
      leader,
      { ...morningActivity(ids.organizationId), servedCount: 1 },
      'draft-0011-signin',
    );
    const code: string = created.body.signInCode;
    const resident = api.anonymous();
    const page = await resident.get(`/api/sign-in/${code.toLowerCase()}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ title: '广场舞公益展演', isOpen: true });

    const first = await resident.post(`/api/sign-in/${code}`, { name: '钱大爷', phone: '13912345678', consent: true });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ name: '钱大爷' });
    const again = await resident.post(`/api/sign-in/${code}`, { name: '钱 大爷', phone: '13912345678', consent: true });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ name: '钱 大爷' });

    const childWithPhone = await resident.post(`/api/sign-in/${code}`, {
      name: '小宇',
      phone: '13800001111',
      consent: true,
      isChild: true,
      guardianConsent: true,
    });
    expect(childWithPhone.status).toBe(400);
    expect(childWithPhone.body.code).toBe('activity.child_phone');
    const child = await resident.post(`/api/sign-in/${code}`, {
      name: '小宇',
      consent: true,
      isChild: true,
      guardianConsent: true,
    });
    expect(child.status).toBe(200);
    const noConsent = await resident.post(`/api/sign-in/${code}`, { name: '孙阿姨', consent: false });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.code).toBe('activity.consent_required');

    // Member + guest from the record, two residents: four people for a head count of 4 (3 + 1).
    const detail = await leader.get(`/api/activities/${created.body.id}`);
    expect(detail.body.selfSignInCount).toBe(2);
    expect(detail.body.attendance).toBe(4);
    expect(detail.body.warnings).toEqual([]);
    const names = await leader.get(`/api/activities/${created.body.id}/sign-ins`);
    expect(names.body.items.map((s: { name: string }) => s.name).sort()).toEqual(['小宇', '钱大爷'].sort());
    expect(JSON.stringify(names.body)).not.toContain('13912345678');

    // 2026-06-29 11:00 + 24 h = 2026-06-30 11:00 Shanghai; the clock is at 10:00.
    api.clock.advanceMinutes(61);
    try {
      const late = await resident.post(`/api/sign-in/${code}`, { name: '周叔叔', consent: true });
      expect(late.status).toBe(400);
      expect(late.body.code).toBe('activity.sign_in_closed');
      expect((await resident.get(`/api/sign-in/${code}`)).body.isOpen).toBe(false);
    } finally {
      api.clock.advanceMinutes(-61);
    }
    const after = await leader.get(`/api/activities/${created.body.id}`);
    expect(after.body.selfSignInCount).toBe(2);
  });

  it('answers 404 for an unknown code', async () => {
    const result = await api.anonymous().post('/api/sign-in/ZZZZZZZZ', { name: '吴', consent: true });
    expect(result.status).toBe(404);
  });
});

describe('planned activities', () => {
  it('are seen by the committee ahead, turn into a record in one call, and show gaps when missed', async () => {
    const plan = await leader.post('/api/planned-activities', {
      organizationId: ids.organizationId,
      title: '每月第一个周六 敬老舞蹈',
      openness: 'open_to_all',
      beneficiaryGroups: ['elderly'],
      startsOn: '2026-04-01',
      startTime: '09:00',
      durationMinutes: 90,
      recurrence: { kind: 'monthly_nth_weekday', nth: 1, weekday: 6 },
      place: { kind: 'text', text: '社区活动室' },
    });
    expect(plan.status).toBe(201);
    const official = await api.as('official');
    const ahead = await official.get(
      `/api/planned-activities?communityId=${ids.officialCommunityId}&from=2026-04-01&to=2026-08-31`,
    );
    expect(ahead.status).toBe(200);
    const mine = ahead.body.items.filter((o: { plannedActivityId: string }) => o.plannedActivityId === plan.body.id);
    expect(mine.map((o: { on: string }) => o.on)).toEqual([
      '2026-04-04',
      '2026-05-02',
      '2026-06-06',
      '2026-07-04',
      '2026-08-01',
    ]);
    expect(mine[0].startsAt).toBe('2026-04-04T01:00:00.000Z');

    const held = await leader.post(`/api/planned-activities/${plan.body.id}/occurrences/2026-05-02/record`, {
      organizerCount: 4,
      servedCount: 25,
    });
    expect(held.status).toBe(201);
    expect(held.body).toMatchObject({ title: '每月第一个周六 敬老舞蹈', occurrenceOn: '2026-05-02', servedCount: 25 });
    const twice = await leader.post(`/api/planned-activities/${plan.body.id}/occurrences/2026-05-02/record`, {});
    expect(twice.status).toBe(200);
    expect(twice.body.id).toBe(held.body.id);
    const notADate = await leader.post(`/api/planned-activities/${plan.body.id}/occurrences/2026-05-03/record`, {});
    expect(notADate.status).toBe(400);
    expect(notADate.body.code).toBe('activity.not_an_occurrence');

    const staff = await api.as('staff');
    const gaps = await staff.get(
      `/api/activity-gaps?organizationId=${ids.organizationId}&from=2026-01-01&to=2026-12-31`,
    );
    expect(
      gaps.body.items
        .filter((o: { plannedActivityId: string }) => o.plannedActivityId === plan.body.id)
        .map((o: { on: string }) => o.on),
    ).toEqual(['2026-04-04', '2026-06-06']);

    const figures = await staff.get(
      `/api/organizations/${ids.organizationId}/activity-figures?from=2026-04-01&to=2026-06-30`,
    );
    expect(figures.status).toBe(200);
    expect(figures.body.fromPlan).toBeGreaterThanOrEqual(1);
    expect(figures.body.planned.due - figures.body.planned.held).toBe(figures.body.planned.gaps);
    expect(figures.body.planned.gaps).toBeGreaterThanOrEqual(2);

    const leader2 = await api.as('leader2');
    const hidden = await leader2.get(
      `/api/planned-activities?organizationId=${ids.organizationId}&from=2026-04-01&to=2026-08-31`,
    );
    expect(hidden.body.items).toEqual([]);
  });

  it('refuses a plan for another street’s organization and a range too long', async () => {
    const plan = await leader.post('/api/planned-activities', {
      organizationId: ids.otherOrganizationId,
      title: '越界',
      openness: 'members_only',
      startsOn: '2026-07-01',
      startTime: '09:00',
      durationMinutes: 60,
      recurrence: { kind: 'once' },
    });
    expect(plan.status).toBe(403);
    const long = await leader.get(
      `/api/planned-activities?organizationId=${ids.organizationId}&from=2020-01-01&to=2026-12-31`,
    );
    expect(long.status).toBe(400);
    expect(long.body.code).toBe('activity.range_too_long');
  });

  it('refuses a place in another street: no record, no plan on that street’s “what’s on” page', async () => {
    const elsewhere = await api.db
      .selectFrom('spaces')
      .innerJoin('communities', 'communities.id', 'spaces.community_id')
      .select('spaces.id')
      .where('communities.street_id', '=', ids.otherStreetId)
      .executeTakeFirstOrThrow();
    const place = { kind: 'space', spaceId: elsewhere.id };
    const plansBefore = await api.db.selectFrom('planned_activities').select('id').execute();
    const plan = await leader.post('/api/planned-activities', {
      organizationId: ids.organizationId,
      title: '越界的预告',
      openness: 'open_to_all',
      startsOn: '2026-07-01',
      startTime: '09:00',
      durationMinutes: 60,
      recurrence: { kind: 'once' },
      place,
    });
    expect(plan).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });
    expect(await api.db.selectFrom('planned_activities').select('id').execute()).toHaveLength(plansBefore.length);
    const before = await activityCount();
    const record = await submit(leader, { ...morningActivity(ids.organizationId), place }, 'draft-0210-elsewhere');
    expect(record).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });
    expect(await activityCount()).toBe(before);
  });
});

describe('joint activities and the incubator’s own', () => {
  it('shows a joint activity to both organizations’ sides, and an incubator activity by its community', async () => {
    const partner = await api.db
      .selectFrom('organizations')
      .select('id')
      .where('street_id', '=', ids.mainStreetId)
      .where('id', '!=', ids.organizationId)
      .where('status', '=', 'active')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const staff = await api.as('staff');
    const joint = await submit(
      staff,
      { ...morningActivity(ids.organizationId), organizationIds: [partner.id, ids.organizationId], participants: [] },
      'draft-0101-joint',
    );
    expect(joint.status).toBe(201);
    expect(joint.body.organizations.map((o: { id: string }) => o.id)).toEqual([partner.id, ids.organizationId]);
    expect((await leader.get(`/api/activities/${joint.body.id}`)).status).toBe(200);
    const figures = await leader.get(
      `/api/organizations/${ids.organizationId}/activity-figures?from=2026-06-29&to=2026-06-29`,
    );
    expect(figures.body.joint).toBeGreaterThanOrEqual(1);

    const own = {
      ...morningActivity(ids.organizationId),
      runBy: 'incubator',
      organizationIds: [],
      communityId: ids.homeCommunityId,
      participants: [{ guestName: '赵阿姨' }],
    };
    const incubator = await submit(staff, own, 'draft-0102-incubator');
    expect(incubator.status).toBe(201);
    expect(incubator.body.organizations).toEqual([]);
    // The committee of the home community sees the incubator's activity there; the other street does not.
    expect((await (await api.as('official')).get(`/api/activities/${incubator.body.id}`)).status).toBe(200);
    expect((await (await api.as('leader2')).get(`/api/activities/${incubator.body.id}`)).status).toBe(403);
    const byLeader = await submit(leader, own, 'draft-0103-incubator');
    expect(byLeader.status).toBe(403);
    const noCommunity = await submit(staff, { ...own, communityId: undefined }, 'draft-0104-incubator');
    expect(noCommunity.body.code).toBe('activity.community_required');
  });
});

describe('the demo street', () => {
  it('shows the leader’s organization its missed first Saturday as a gap', async () => {
    const staff = await api.as('staff');
    const gaps = await staff.get(
      `/api/activity-gaps?organizationId=${ids.organizationId}&from=2025-07-01&to=2026-06-30`,
    );
    expect(gaps.status).toBe(200);
    expect(gaps.body.items.some((g: { title: string }) => g.title === '每月第一个周六 敬老舞蹈')).toBe(true);
    const list = await staff.get(`/api/activities?organizationId=${ids.organizationId}&from=2025-07-01&to=2026-06-30`);
    expect(list.body.items.length).toBeGreaterThan(5);
  });
});

describe('places, the project plan and later changes', () => {
  it('takes a surveyed space, refuses an unknown place and a 计划内 record without its plan item', async () => {
    const space = await api.db
      .selectFrom('spaces')
      .select(['id', 'name'])
      .where('community_id', '=', ids.homeCommunityId)
      .executeTakeFirstOrThrow();
    const inSpace = await submit(
      leader,
      { ...morningActivity(ids.organizationId), place: { kind: 'space', spaceId: space.id } },
      'draft-0201-space',
    );
    expect(inSpace.status).toBe(201);
    expect(inSpace.body.place).toMatchObject({ kind: 'space', spaceId: space.id, name: space.name });
    const nowhere = await submit(
      leader,
      {
        ...morningActivity(ids.organizationId),
        place: { kind: 'space', spaceId: '00000000-0000-4000-8000-000000000000' },
      },
      'draft-0202-nowhere',
    );
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.code).toBe('activity.unknown_place');
    const planned = await submit(
      leader,
      { ...morningActivity(ids.organizationId), isPlannedInProject: true },
      'draft-0203-plan',
    );
    expect(planned.body.code).toBe('activity.plan_item_required');
    // Linking a plan item: activity-plan-items.test.ts.
  });

  it('refuses a change that puts the end before the start, keeping the record as it was', async () => {
    const created = await submit(leader, morningActivity(ids.organizationId), 'draft-0205-change');
    const backwards = await leader.patch(`/api/activities/${created.body.id}`, {
      endsAt: '2026-06-29T08:00:00+08:00',
      title: '改过的标题',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.code).toBe('activity.end_before_start');
    const unchanged = await leader.get(`/api/activities/${created.body.id}`);
    expect(unchanged.body.title).toBe('广场舞公益展演');
    // A change names only what changes: the lists and texts it leaves out stay as they were.
    const retitled = await leader.patch(`/api/activities/${created.body.id}`, { title: '广场舞展演（改）' });
    expect(retitled.status).toBe(200);
    expect(retitled.body).toMatchObject({
      title: '广场舞展演（改）',
      content: '在小区广场为居民表演，并教大家两支新舞。',
      coHosts: ['槐荫物业'],
      beneficiaryGroups: ['elderly', 'all_residents'],
      feedback: [{ text: '希望每个月都有', saidBy: '王阿姨' }],
    });
    expect(retitled.body.participants).toHaveLength(2);
    const changed = await leader.patch(`/api/activities/${created.body.id}`, {
      feedback: [{ text: '下次还来' }],
      participants: [],
    });
    expect(changed.body).toMatchObject({
      feedback: [{ text: '下次还来', saidBy: null }],
      participants: [],
      attendance: 0,
    });
  });
});
