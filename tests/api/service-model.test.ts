import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

/**
 * The service-model card 服务模式 (issue 18, seed 002: "前提是组织自愿梳理"): only the team's leader can
 * start it; staff help fill it once it exists; 梳理 sessions move it from 活动梳理 to 模式梳理; the street
 * counts seed 002's sentence from the cards.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let staff: Client;
let leader: Client;
let neighbour: string;

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  staff = await api.as('staff');
  leader = await api.as('leader');
  // Cards are made by the tests (the demo may hold its own for other organizations).
  const other = await api.db
    .selectFrom('organizations')
    .select('id')
    .where('street_id', '=', ids.mainStreetId)
    .where('id', '<>', ids.organizationId)
    .where('id', 'not in', api.db.selectFrom('service_model_cards').select('organization_id'))
    .orderBy('id')
    .executeTakeFirstOrThrow();
  neighbour = other.id;
  await api.db.deleteFrom('service_model_sessions').where('organization_id', '=', ids.organizationId).execute();
  await api.db.deleteFrom('service_model_cards').where('organization_id', '=', ids.organizationId).execute();
});
afterAll(() => api.close());

const cardPath = () => `/api/organizations/${ids.organizationId}/service-model`;
const rowCount = async (table: 'service_model_cards' | 'service_model_sessions') =>
  Number(
    (
      await api.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the service-model card', () => {
  it('exists only once the team’s leader chooses to start it; staff can neither start nor fill it before', async () => {
    expect((await staff.get(cardPath())).body).toEqual({ card: null });
    const before = await rowCount('service_model_cards');
    expect((await staff.post(cardPath(), { chosen: true })).status).toBe(403);
    expect((await (await api.as('admin')).post(cardPath(), { chosen: true })).status).toBe(403);
    const filled = await staff.patch(cardPath(), { mainService: '替他们写' });
    expect(filled.status).toBe(409);
    expect(filled.body.code).toBe('organization.service_model_not_chosen');
    const session = await staff.post(`${cardPath()}/sessions`, { heldOn: '2026-06-01', step: 'activity_review' });
    expect(session.status).toBe(409);
    expect((await leader.post(cardPath(), {})).status).toBe(400);
    expect(await rowCount('service_model_cards')).toBe(before);

    const started = await leader.post(cardPath(), { chosen: true });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ progress: 'started', sessions: [], mainService: null });
    // Who chose and when: the leader's account, at the request's instant.
    const row = await api.db
      .selectFrom('service_model_cards')
      .innerJoin('users', 'users.id', 'service_model_cards.started_by')
      .select(['users.username', 'service_model_cards.started_at'])
      .where('organization_id', '=', ids.organizationId)
      .executeTakeFirstOrThrow();
    expect(row.username).toBe('leader');
    expect(row.started_at.toISOString()).toBe(api.clock.now().toISOString());
    const again = await leader.post(cardPath(), { chosen: true });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(started.body.id);
  });

  it('the leader and staff fill it; the members read it; another team’s leader does not', async () => {
    const mine = await leader.patch(cardPath(), {
      whatItDoes: '每周三次广场舞，带动楼里的老人出门',
      beneficiaries: '小区里独居的老人',
    });
    expect(mine.status).toBe(200);
    const helped = await staff.patch(cardPath(), { fundingChannels: '社区基金 + 队员每月 10 元', beneficiaries: '' });
    expect(helped.body).toMatchObject({
      whatItDoes: '每周三次广场舞，带动楼里的老人出门',
      beneficiaries: null,
      fundingChannels: '社区基金 + 队员每月 10 元',
    });
    expect((await (await api.as('member')).get(cardPath())).body.card.whatItDoes).toBe(
      '每周三次广场舞，带动楼里的老人出门',
    );
    expect((await (await api.as('leader2')).get(cardPath())).status).toBe(403);
    expect((await (await api.as('assistant')).patch(cardPath(), { mainService: 'x' })).status).toBe(403);
  });

  it('completes 活动梳理 before 模式梳理, refusing the model review first and writing nothing', async () => {
    const before = await rowCount('service_model_sessions');
    const early = await staff.post(`${cardPath()}/sessions`, {
      heldOn: '2026-06-02',
      step: 'model_review',
      completesStep: true,
    });
    expect(early.status).toBe(400);
    expect(early.body.code).toBe('organization.service_model_activity_review_first');
    expect(await rowCount('service_model_sessions')).toBe(before);

    const talk = await staff.post(`${cardPath()}/sessions`, {
      heldOn: '2026-06-02',
      step: 'activity_review',
      notes: '列出了一年的活动',
    });
    expect(talk.status).toBe(201);
    const done = await leader.post(`${cardPath()}/sessions`, {
      heldOn: '2026-06-09',
      step: 'activity_review',
      completesStep: true,
    });
    expect(done.body).toMatchObject({ progress: 'activity_review_done', activityReviewCompletedOn: '2026-06-09' });
    const model = await staff.post(`${cardPath()}/sessions`, {
      heldOn: '2026-06-16',
      step: 'model_review',
      completesStep: true,
    });
    expect(model.body).toMatchObject({ progress: 'model_review_done', modelReviewCompletedOn: '2026-06-16' });
    expect(model.body.sessions.map((s: { heldOn: string }) => s.heldOn)).toEqual([
      '2026-06-02',
      '2026-06-09',
      '2026-06-16',
    ]);
  });

  it('counts the street’s organizations, sessions (a workshop of two teams once) and completed steps', async () => {
    const figuresPath = `/api/streets/${ids.mainStreetId}/service-model-figures`;
    const before = (await staff.get(figuresPath)).body;
    const workshopDay = `${figuresPath}?from=2026-06-20&to=2026-06-20`;
    const untilTheDayBefore = `${figuresPath}?to=2026-06-19`;
    const dayBefore = (await staff.get(workshopDay)).body;
    const earlierBefore = (await staff.get(untilTheDayBefore)).body;
    // The neighbour's leader chose to start its card (no demo login leads it: straight in the table).
    const leaderUser = await api.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'leader')
      .executeTakeFirstOrThrow();
    await api.db
      .insertInto('service_model_cards')
      .values({
        id: randomUUID(),
        street_id: ids.mainStreetId,
        organization_id: neighbour,
        started_by: leaderUser.id,
        started_at: api.clock.now(),
        updated_at: api.clock.now(),
      })
      .execute();
    const workshop = await staff.post('/api/coaching-sessions', {
      kind: 'workshop',
      heldOn: '2026-06-20',
      durationMinutes: 120,
      organizationIds: [ids.organizationId, neighbour],
      topic: '服务模式梳理工作坊',
    });
    expect(workshop.status).toBe(201);
    for (const organizationId of [ids.organizationId, neighbour])
      expect(
        (
          await staff.post(`/api/organizations/${organizationId}/service-model/sessions`, {
            heldOn: '2026-06-20',
            step: 'activity_review',
            completesStep: true,
            coachingSessionId: workshop.body.id,
          })
        ).status,
      ).toBe(201);
    const after = (await staff.get(figuresPath)).body;
    expect(after).toEqual({
      cardsStarted: before.cardsStarted + 1,
      organizationsWithSessions: before.organizationsWithSessions + 1,
      sessions: before.sessions + 1,
      activityReviewCompleted: before.activityReviewCompleted + 1,
      modelReviewCompleted: before.modelReviewCompleted,
    });
    // The workshop's day alone: both teams held a session there (once), and the neighbour completed its
    // activity review — the main team had completed its own on 2026-06-02, so that day counts it. The
    // neighbour's card was started today (06-30), after the period: not among the cards started by then.
    expect((await staff.get(workshopDay)).body).toEqual({
      ...dayBefore,
      organizationsWithSessions: dayBefore.organizationsWithSessions + 2,
      sessions: dayBefore.sessions + 1,
      activityReviewCompleted: dayBefore.activityReviewCompleted + 1,
    });
    // A period that ends the day before is untouched.
    expect((await staff.get(untilTheDayBefore)).body).toEqual(earlierBefore);
    const reversed = await staff.get(`${figuresPath}?from=2026-06-21&to=2026-06-20`);
    expect(reversed.status).toBe(400);
    expect(reversed.body.code).toBe('organization.service_model_period_reversed');
    expect(reversed.body.message).toContain('结束日期');
    // A coaching session the organization was not at is refused.
    const stranger = await staff.post('/api/coaching-sessions', {
      kind: 'open_day',
      heldOn: '2026-06-21',
      durationMinutes: 60,
      organizationIds: [ids.organizationId],
      topic: '一对一',
    });
    const refused = await staff.post(`/api/organizations/${neighbour}/service-model/sessions`, {
      heldOn: '2026-06-21',
      step: 'model_review',
      coachingSessionId: stranger.body.id,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('coaching.session_not_attended');
    expect((await (await api.as('leader')).get(figuresPath)).status).toBe(403);
    expect((await (await api.as('funder')).get(figuresPath)).status).toBe(200);
  });
});

describe('the deputy (副队长) and the card', () => {
  it('fills the card and notes a 梳理 session once the leader started it, but never starts one', async () => {
    const deputy = await api.as('deputy');
    // The main team's card was started by its leader above; a neighbour's card is not the deputy's.
    const filled = await deputy.patch(cardPath(), { fundingChannels: '会费、社区基金' });
    expect(filled.status).toBe(200);
    expect(filled.body.fundingChannels).toBe('会费、社区基金');
    const noted = await deputy.post(`${cardPath()}/sessions`, { heldOn: '2026-06-25', step: 'model_review' });
    expect(noted.status).toBe(201);
    expect(noted.body.sessions.at(-1)).toMatchObject({ heldOn: '2026-06-25', step: 'model_review' });

    const cards = await rowCount('service_model_cards');
    const unstarted = await api.db
      .selectFrom('organizations')
      .select('id')
      .where('street_id', '=', ids.mainStreetId)
      .where('id', 'not in', api.db.selectFrom('service_model_cards').select('organization_id'))
      .executeTakeFirstOrThrow();
    expect((await deputy.post(`/api/organizations/${unstarted.id}/service-model`, { chosen: true })).status).toBe(403);
    expect((await deputy.post(cardPath(), { chosen: true })).status).toBe(403);
    expect((await deputy.patch(`/api/organizations/${neighbour}/service-model`, { mainService: '别队' })).status).toBe(
      403,
    );
    // The treasurer keeps the money, not the card.
    expect((await (await api.as('treasurer')).patch(cardPath(), { mainService: '财务来写' })).status).toBe(403);
    expect(await rowCount('service_model_cards')).toBe(cards);
  });
});
