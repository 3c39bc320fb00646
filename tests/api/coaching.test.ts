import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let staff: Client;
let threeOrganizations: string[];
let memberId: string;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  staff = await api.as('staff');
  const others = await api.db
    .selectFrom('organizations')
    .select('id')
    .where('street_id', '=', ids.mainStreetId)
    .where('id', '<>', ids.organizationId)
    .where('status', '=', 'active')
    .orderBy('id')
    .limit(2)
    .execute();
  threeOrganizations = [ids.organizationId, ...others.map((o) => o.id)];
  const member = await api.db
    .selectFrom('organization_members')
    .select('person_id')
    .where('organization_id', '=', ids.organizationId)
    .where('left_on', 'is', null)
    .orderBy('person_id')
    .executeTakeFirstOrThrow();
  memberId = member.person_id;
});
afterAll(() => api.close());

const sessionCount = async () =>
  Number(
    (
      await api.db
        .selectFrom('coaching_sessions')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const hoursIn = async (client: Client, organizationId: string, month: string) => {
  const answer = await client.get(`/api/organizations/${organizationId}/staff-hours?from=2026-01-01&to=2026-06-30`);
  expect(answer.status).toBe(200);
  return answer.body.months.find((m: { month: string }) => m.month === month);
};

describe('coaching sessions', () => {
  it('a workshop for three organizations counts its full two hours in each one’s staff hours', async () => {
    const before = await Promise.all(threeOrganizations.map((id) => hoursIn(staff, id, '2026-06')));
    const recorded = await staff.post('/api/coaching-sessions', {
      kind: 'workshop',
      heldOn: '2026-06-29',
      startTime: '14:00',
      endTime: '16:00',
      organizationIds: threeOrganizations,
      personIds: [memberId],
      otherCount: 2,
      topic: '培力公坊：如何开一次共识会',
      capabilities: ['internal_management'],
      outcomeNotes: '三个团队都愿意试一次共识会。',
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ durationMinutes: 120, isOnline: false, otherCount: 2 });
    expect(recorded.body.organizations).toHaveLength(3);
    // The caller is the staff by default.
    expect(recorded.body.staff.map((s: { name: string }) => s.name)).toHaveLength(1);
    const after = await Promise.all(threeOrganizations.map((id) => hoursIn(staff, id, '2026-06')));
    after.forEach((month, i) => {
      expect(month.coachingMinutes - before[i].coachingMinutes).toBe(120);
      expect(month.sessions - before[i].sessions).toBe(1);
    });
  });

  it('the leader sees their organization’s sessions without staff notes; leader2 is refused', async () => {
    const leader = await api.as('leader');
    const list = await leader.get(`/api/coaching-sessions?organizationId=${ids.organizationId}&from=2026-06-29`);
    expect(list.status).toBe(200);
    const workshop = list.body.items.find((s: { topic: string }) => s.topic === '培力公坊：如何开一次共识会');
    expect(workshop.outcomeNotes).toBeNull();
    // A leader sees the other organizations present only when in scope: their own.
    expect(workshop.organizations.map((o: { id: string }) => o.id)).toEqual([ids.organizationId]);
    const leader2 = await api.as('leader2');
    expect((await leader2.get(`/api/coaching-sessions/${workshop.id}`)).status).toBe(403);
    expect((await leader2.get(`/api/organizations/${ids.organizationId}/staff-hours`)).status).toBe(403);
    expect((await staff.get(`/api/coaching-sessions/${workshop.id}`)).body.outcomeNotes).toContain('共识会');
  });

  it('refuses bad input with a clear 4xx and writes nothing', async () => {
    const valid = {
      kind: 'open_day',
      heldOn: '2026-06-28',
      durationMinutes: 60,
      organizationIds: [ids.organizationId],
      topic: '一对一：财务记账',
    };
    const count = await sessionCount();
    const negative = await staff.post('/api/coaching-sessions', { ...valid, durationMinutes: -30 });
    expect(negative.status).toBe(400);
    expect(negative.body.code).toBe('request.invalid');
    expect(negative.body.fields.map((f: { path: string }) => f.path)).toContain('durationMinutes');
    const unknown = await staff.post('/api/coaching-sessions', {
      ...valid,
      organizationIds: [ids.organizationId, '00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('coaching.unknown_organization');
    const reversed = await staff.post('/api/coaching-sessions', {
      ...valid,
      durationMinutes: undefined,
      startTime: '16:00',
      endTime: '15:00',
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.code).toBe('coaching.end_before_start');
    const otherStreet = await staff.post('/api/coaching-sessions', {
      ...valid,
      organizationIds: [ids.otherOrganizationId],
    });
    expect(otherStreet.status).toBe(403);
    const stranger = await staff.post('/api/coaching-sessions', { ...valid, personIds: [ids.organizationId] });
    expect(stranger.body.code).toBe('coaching.person_not_member');
    expect(await sessionCount()).toBe(count);
  });

  it('a change to a session keeps it whole: end before start is refused, a new duration is kept', async () => {
    const made = await staff.post('/api/coaching-sessions', {
      kind: 'online_qa',
      heldOn: '2026-06-27',
      durationMinutes: 30,
      isOnline: true,
      organizationIds: [ids.organizationId],
      topic: '线上答疑：报销单据',
    });
    expect(made.status).toBe(201);
    const bad = await staff.patch(`/api/coaching-sessions/${made.body.id}`, { startTime: '20:00', endTime: '19:00' });
    expect(bad.body.code).toBe('coaching.end_before_start');
    const changed = await staff.patch(`/api/coaching-sessions/${made.body.id}`, { durationMinutes: 45 });
    expect(changed.status).toBe(200);
    expect(changed.body.durationMinutes).toBe(45);
  });
});

describe('cultivation plans', () => {
  it('keeps the history of reviews and flags an overdue next step', async () => {
    const organizationId = threeOrganizations[2]!;
    const made = await staff.call('PUT', `/api/organizations/${organizationId}/cultivation-plan`, {
      goal: '建立财务公开制度',
      supportKinds: ['skills', 'accompaniment'],
      nextStep: '选出财务',
      nextStepOn: '2026-06-01',
    });
    expect([200, 201]).toContain(made.status);
    expect(made.body.isOverdue).toBe(true);
    const session = await staff.post('/api/coaching-sessions', {
      kind: 'open_day',
      heldOn: '2026-06-29',
      durationMinutes: 90,
      organizationIds: [organizationId],
      topic: '一对一：财务记账',
      planReviews: [
        { organizationId, whatChanged: '已选出财务', nextStep: '第一次公开账目', nextStepOn: '2026-07-15' },
      ],
    });
    expect(session.status).toBe(201);
    expect(session.body.reviewCount).toBe(1);
    const review = await staff.post(`/api/organizations/${organizationId}/cultivation-plan/reviews`, {
      reviewedOn: '2026-06-30',
      whatChanged: '账目已在群里公开',
      nextStep: '参加月度报销会',
      nextStepOn: '2026-07-20',
    });
    expect(review.status).toBe(201);
    const plan = (await staff.get(`/api/organizations/${organizationId}/cultivation-plan`)).body.plan;
    expect(plan).toMatchObject({ nextStep: '参加月度报销会', nextStepOn: '2026-07-20', isOverdue: false });
    const mine = plan.reviews.filter((r: { whatChanged: string }) =>
      ['已选出财务', '账目已在群里公开'].includes(r.whatChanged),
    );
    expect(mine.map((r: { whatChanged: string }) => r.whatChanged)).toEqual(['账目已在群里公开', '已选出财务']);
    expect(mine[1].coachingSessionId).toBe(session.body.id);
    expect(mine[1].sessionTopic).toBe('一对一：财务记账');
  });

  it('assistants record sessions but not plan reviews; a review of an absent organization is refused', async () => {
    const assistant = await api.as('assistant');
    const reviewed = await assistant.post('/api/coaching-sessions', {
      kind: 'workshop',
      heldOn: '2026-06-29',
      durationMinutes: 120,
      organizationIds: [ids.organizationId],
      topic: '培力公坊',
      planReviews: [{ organizationId: ids.organizationId, whatChanged: 'x' }],
    });
    expect(reviewed.status).toBe(403);
    const absent = await staff.post('/api/coaching-sessions', {
      kind: 'workshop',
      heldOn: '2026-06-29',
      durationMinutes: 120,
      organizationIds: [ids.organizationId],
      topic: '培力公坊',
      planReviews: [{ organizationId: threeOrganizations[1], whatChanged: 'x' }],
    });
    expect(absent.body.code).toBe('coaching.review_not_present');
  });

  it('the leader reads their plan; the demo leader’s organization needs staff less and less', async () => {
    const leader = await api.as('leader');
    const plan = await leader.get(`/api/organizations/${ids.organizationId}/cultivation-plan`);
    expect(plan.status).toBe(200);
    expect(plan.body.plan.goal).toBeTruthy();
    expect(plan.body.plan.reviews.length).toBeGreaterThan(0);
    const hours = await leader.get(
      `/api/organizations/${ids.organizationId}/staff-hours?from=2025-07-01&to=2026-05-31`,
    );
    expect(hours.status).toBe(200);
    expect(hours.body.months).toHaveLength(11);
    expect(hours.body.trend).toBe('decreasing');
  });
});

describe('workload', () => {
  it('answers the seed’s question for the demo’s ten weeks: ~190 sessions, ~5 per organization, 1–2 hours', async () => {
    const answer = await staff.get('/api/coaching/workload?from=2026-04-22&to=2026-06-30');
    expect(answer.status).toBe(200);
    const { totals, byKind, byMonth, byMode, byOrganization } = answer.body;
    expect(totals.sessions).toBeGreaterThanOrEqual(180);
    expect(totals.sessions).toBeLessThanOrEqual(200);
    expect(totals.sessionsPerOrganization).toBeGreaterThanOrEqual(4);
    expect(totals.sessionsPerOrganization).toBeLessThanOrEqual(6);
    expect(totals.averageMinutes).toBeGreaterThanOrEqual(60);
    expect(totals.averageMinutes).toBeLessThanOrEqual(120);
    const sum = (rows: { sessions: number }[]) => rows.reduce((n, r) => n + r.sessions, 0);
    expect(sum(byKind)).toBe(totals.sessions);
    expect(sum(byMonth)).toBe(totals.sessions);
    expect(byMode.online.sessions + byMode.offline.sessions).toBe(totals.sessions);
    expect(sum(byOrganization)).toBe(totals.organizationSessions);
  });

  it('exports the period as CSV for Excel; refuses a reversed period', async () => {
    const response = await api.request('/api/coaching/workload.csv?from=2026-06-01&to=2026-06-30', {
      headers: { cookie: staff.cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    // The bytes themselves: text() would drop the byte-order mark Excel needs.
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('日期,')).toBe(true);
    expect(text.split('\r\n').length).toBeGreaterThan(10);
    const reversed = await staff.get('/api/coaching/workload?from=2026-06-30&to=2026-06-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.code).toBe('coaching.period_reversed');
  });

  it('the other street’s leader sees no workload; its official sees only its street', async () => {
    const leader2 = await api.as('leader2');
    expect((await leader2.get('/api/coaching/workload?from=2026-04-22&to=2026-06-30')).status).toBe(403);
    const street = await api.as('street');
    const own = await street.get('/api/coaching/workload?from=2026-04-22&to=2026-06-30');
    expect(own.status).toBe(200);
    expect(own.body.byOrganization.map((o: { id: string }) => o.id)).not.toContain(ids.otherOrganizationId);
  });
});

describe('overdue next steps', () => {
  it('lists active plans past their next step’s date across organizations, most overdue first, in scope', async () => {
    const organizationId = threeOrganizations[1]!;
    const made = await staff.call('PUT', `/api/organizations/${organizationId}/cultivation-plan`, {
      goal: '培养第二梯队骨干',
      nextStep: '约两位骨干谈话',
      nextStepOn: '2026-06-10',
    });
    expect([200, 201]).toContain(made.status);
    const answer = await staff.get('/api/coaching/overdue-plans');
    expect(answer.status).toBe(200);
    expect(answer.body.today).toBe('2026-06-30');
    const mine = answer.body.items.find((p: { organizationId: string }) => p.organizationId === organizationId);
    expect(mine).toMatchObject({
      nextStep: '约两位骨干谈话',
      nextStepOn: '2026-06-10',
      daysOverdue: 20,
      streetId: ids.mainStreetId,
    });
    expect(mine.organizationName).toBeTruthy();
    const days = answer.body.items.map((p: { daysOverdue: number }) => p.daysOverdue);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(days.every((d: number) => d > 0)).toBe(true);
    // Staff of the main street never see the other street's plans, even when they ask for them.
    expect(answer.body.items.every((p: { streetId: string }) => p.streetId === ids.mainStreetId)).toBe(true);
    const otherStreet = await staff.get(`/api/coaching/overdue-plans?streetId=${ids.otherStreetId}`);
    expect(otherStreet.body.items).toEqual([]);

    // Paused, the plan is no longer overdue; the admin's list by street leaves out the other street.
    await staff.call('PUT', `/api/organizations/${organizationId}/cultivation-plan`, {
      goal: '培养第二梯队骨干',
      nextStep: '约两位骨干谈话',
      nextStepOn: '2026-06-10',
      status: 'paused',
    });
    const admin = await api.as('admin');
    const main = await admin.get(`/api/coaching/overdue-plans?streetId=${ids.mainStreetId}`);
    expect(main.status).toBe(200);
    expect(main.body.items.some((p: { organizationId: string }) => p.organizationId === organizationId)).toBe(false);
    expect(main.body.items.every((p: { streetId: string }) => p.streetId === ids.mainStreetId)).toBe(true);
  });

  it('is refused to leaders and answers a bad street id with a clear 400', async () => {
    const leader = await api.as('leader');
    expect((await leader.get('/api/coaching/overdue-plans')).status).toBe(403);
    const bad = await staff.get('/api/coaching/overdue-plans?streetId=nope');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('request.invalid');
  });
});
