import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { failWritesTo } from '../support/failing-writes';
import { insertProgrammeActivity } from '../support/programme-records';

/**
 * Cultivation programmes (issue 18, seed 002): staff run a 民生议题讨论会, add the organizations taking
 * part, and read its outputs computed from those organizations' activities in its period. The
 * period is 2020, before the demo's records, so every figure here is hand-derived from the
 * activities this file writes.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let staff: Client;
let dance: string;
let elders: string;
let stranger: string;
let activist: string;
let resident: string;

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  staff = await api.as('staff');
  const others = await api.db
    .selectFrom('organizations')
    .select('id')
    .where('street_id', '=', ids.mainStreetId)
    .where('id', '<>', ids.organizationId)
    .orderBy('id')
    .limit(2)
    .execute();
  dance = ids.organizationId;
  elders = others[0]!.id;
  stranger = others[1]!.id;
  const people = await api.db
    .selectFrom('people')
    .select('id')
    .where('street_id', '=', ids.mainStreetId)
    .where('erased_at', 'is', null)
    .orderBy('id')
    .limit(2)
    .execute();
  activist = people[0]!.id;
  resident = people[1]!.id;
  await api.db.updateTable('people').set({ is_activist: true }).where('id', '=', activist).execute();
  await api.db.updateTable('people').set({ is_activist: false }).where('id', '=', resident).execute();
});
afterAll(() => api.close());

const programmeCount = async () =>
  Number(
    (
      await api.db
        .selectFrom('cultivation_programmes')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const forum = (over: object = {}) => ({
  streetId: ids.mainStreetId,
  name: '2020 年社区民生议题讨论会',
  kind: 'livelihood_forum',
  fromStage: 'seed',
  toStage: 'sapling',
  startsOn: '2020-03-01',
  endsOn: '2020-07-31',
  ...over,
});

describe('cultivation programmes', () => {
  it('counts public and joint activities, activist person-times and people served from the records', async () => {
    const earlier = await staff.post(
      '/api/cultivation-programmes',
      forum({ name: '2019 年试点', startsOn: '2019-09-01', endsOn: '2019-12-31' }),
    );
    expect(earlier.status).toBe(201);
    expect(
      (await staff.post(`/api/cultivation-programmes/${earlier.body.id}/participants`, { organizationIds: [dance] }))
        .status,
    ).toBe(200);

    const made = await staff.post('/api/cultivation-programmes', forum());
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ kind: 'livelihood_forum', participantCount: 0, totals: { activities: 0 } });
    const id = made.body.id;
    expect(
      (await staff.post(`/api/cultivation-programmes/${id}/participants`, { organizationIds: [dance] })).status,
    ).toBe(200);
    const joined = await staff.post(`/api/cultivation-programmes/${id}/participants`, {
      organizationIds: [elders],
      joinedOn: '2020-05-01',
    });
    expect(joined.status).toBe(200);

    const street = ids.mainStreetId;
    // dance: an open activity with the activist twice on the list and a resident, 30 served
    await insertProgrammeActivity(api.db, {
      streetId: street,
      organizationIds: [dance],
      day: '2020-04-10',
      servedCount: 30,
      personIds: [activist, resident],
    });
    // dance: members only, 5 served — not public
    await insertProgrammeActivity(api.db, {
      streetId: street,
      organizationIds: [dance],
      day: '2020-04-20',
      openness: 'members_only',
      servedCount: 5,
    });
    // dance with elders, by invitation: joint, counted once, 100 served, the activist again
    await insertProgrammeActivity(api.db, {
      streetId: street,
      organizationIds: [dance, elders],
      day: '2020-06-01',
      openness: 'invited',
      servedCount: 100,
      personIds: [activist],
    });
    // elders before joining, dance after the end, a stranger inside the period: none counts
    await insertProgrammeActivity(api.db, {
      streetId: street,
      organizationIds: [elders],
      day: '2020-04-30',
      servedCount: 50,
    });
    await insertProgrammeActivity(api.db, {
      streetId: street,
      organizationIds: [dance],
      day: '2020-08-01',
      servedCount: 50,
    });
    await insertProgrammeActivity(api.db, {
      streetId: street,
      organizationIds: [stranger],
      day: '2020-05-05',
      servedCount: 50,
    });

    const read = await staff.get(`/api/cultivation-programmes/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.totals).toEqual({
      activities: 3,
      publicActivities: 2,
      jointActivities: 1,
      activistPersonTimes: 2,
      peopleServed: 135,
    });
    expect(read.body).toMatchObject({
      countedFrom: '2020-03-01',
      countedTo: '2020-07-31',
      participantCount: 2,
      newcomerCount: 1,
    });
    const byId = new Map(read.body.participants.map((p: { organizationId: string }) => [p.organizationId, p]));
    // dance took part in the 2019 programme; elders is new to programmes
    expect(byId.get(dance)).toMatchObject({
      isNewcomer: false,
      joinedOn: '2020-03-01',
      figures: { activities: 3, peopleServed: 135 },
    });
    expect(byId.get(elders)).toMatchObject({
      isNewcomer: true,
      joinedOn: '2020-05-01',
      figures: { activities: 1, jointActivities: 1, activistPersonTimes: 1, peopleServed: 100 },
    });

    const listed = await staff.get(`/api/cultivation-programmes?streetId=${street}`);
    const listedIds = listed.body.items.map((p: { id: string }) => p.id);
    // Newest first (the demo's own programmes are newer still).
    expect(listedIds.filter((listedId: string) => [id, earlier.body.id].includes(listedId))).toEqual([
      id,
      earlier.body.id,
    ]);
  });

  it('adding an organization twice keeps the day it joined; taking it out leaves its activities its own', async () => {
    const made = await staff.post(
      '/api/cultivation-programmes',
      forum({ name: '供需协商会', kind: 'supply_demand', fromStage: 'sapling', toStage: 'small_tree' }),
    );
    const id = made.body.id;
    await staff.post(`/api/cultivation-programmes/${id}/participants`, {
      organizationIds: [elders],
      joinedOn: '2020-04-01',
    });
    const again = await staff.post(`/api/cultivation-programmes/${id}/participants`, {
      organizationIds: [elders],
      joinedOn: '2020-06-01',
    });
    expect(again.body.participants).toEqual([
      expect.objectContaining({ organizationId: elders, joinedOn: '2020-04-01' }),
    ]);
    const removed = await staff.call('DELETE', `/api/cultivation-programmes/${id}/organizations/${elders}`);
    expect(removed.status).toBe(200);
    expect(removed.body.participants).toEqual([]);
    const twice = await staff.call('DELETE', `/api/cultivation-programmes/${id}/organizations/${elders}`);
    expect(twice.status).toBe(404);
    expect(twice.body.code).toBe('coaching.not_a_participant');
  });

  it('refuses a reversed period, a site kind without its name and another street’s organization, writing nothing', async () => {
    const before = await programmeCount();
    const reversed = await staff.post('/api/cultivation-programmes', forum({ endsOn: '2020-02-01' }));
    expect(reversed.status).toBe(400);
    expect(reversed.body.code).toBe('coaching.programme_period_reversed');
    const unnamed = await staff.post('/api/cultivation-programmes', forum({ kind: 'other' }));
    expect(unnamed.body.code).toBe('coaching.programme_kind_name_required');
    expect(await programmeCount()).toBe(before);

    const own = await staff.post('/api/cultivation-programmes', forum({ kind: 'other', kindName: '楼道议事会' }));
    expect(own.status).toBe(201);
    expect(own.body.kindName).toBe('楼道议事会');
    const admin = await api.as('admin');
    const foreign = await admin.post(`/api/cultivation-programmes/${own.body.id}/participants`, {
      organizationIds: [dance, ids.otherOrganizationId],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.code).toBe('coaching.programme_other_street');
    expect((await staff.get(`/api/cultivation-programmes/${own.body.id}`)).body.participants).toEqual([]);
    const reversedEdit = await staff.patch(`/api/cultivation-programmes/${own.body.id}`, { endsOn: '2019-01-01' });
    expect(reversedEdit.status).toBe(400);
    expect((await staff.get(`/api/cultivation-programmes/${own.body.id}`)).body.endsOn).toBe('2020-07-31');
  });

  it('officials and funders read a programme; leaders and assistants change nothing', async () => {
    const made = await staff.post('/api/cultivation-programmes', forum({ name: '读者测试' }));
    for (const login of ['street', 'official', 'funder', 'assistant'])
      expect((await (await api.as(login)).get(`/api/cultivation-programmes/${made.body.id}`)).status).toBe(200);
    expect((await (await api.as('leader')).get(`/api/cultivation-programmes/${made.body.id}`)).status).toBe(403);
    const assistant = await api.as('assistant');
    expect((await assistant.patch(`/api/cultivation-programmes/${made.body.id}`, { name: '改名' })).status).toBe(403);
    expect((await (await api.as('leader2')).get(`/api/cultivation-programmes/${made.body.id}`)).status).toBe(403);
  });
});

describe('whether the teams moved up a stage', () => {
  it('is read from the registry’s stage assessments: in the programme, from the day each joined', async () => {
    // The three teams' stage history, replaced by one written here (hand-derived answers).
    await api.db.deleteFrom('stage_assessments').where('organization_id', 'in', [dance, elders, stranger]).execute();
    const assessed = (organizationId: string, assessedOn: string, stage: string) => ({
      id: randomUUID(),
      street_id: ids.mainStreetId,
      organization_id: organizationId,
      assessed_on: assessedOn,
      assessor_user_id: null,
      assessor_name: '社工',
      stage_model: 'five_stage',
      stage,
      criteria: '[]',
      evidence: '[]',
      advice: null,
      recorded_at: new Date(`${assessedOn}T08:00:00Z`),
    });
    await api.db
      .insertInto('stage_assessments')
      .values([
        // dance: a seed before, a sapling during (up); the small tree after the end does not count.
        assessed(dance, '2019-10-01', 'seed'),
        assessed(dance, '2020-06-15', 'sapling'),
        assessed(dance, '2020-08-10', 'small_tree'),
        // elders joined on 05-01 as a sapling (its April move was before) and stayed one.
        assessed(elders, '2020-03-10', 'seed'),
        assessed(elders, '2020-04-20', 'sapling'),
        assessed(elders, '2020-07-01', 'sapling'),
      ])
      .execute();
    const made = await staff.post('/api/cultivation-programmes', forum({ name: '升级检验' }));
    const id = made.body.id;
    await staff.post(`/api/cultivation-programmes/${id}/participants`, { organizationIds: [dance, stranger] });
    await staff.post(`/api/cultivation-programmes/${id}/participants`, {
      organizationIds: [elders],
      joinedOn: '2020-05-01',
    });
    const read = await (await api.as('funder')).get(`/api/cultivation-programmes/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.stageMoves).toEqual({
      movedUp: 1,
      compared: 2,
      moves: [{ fromStage: 'seed', toStage: 'sapling', count: 1 }],
    });
    const moveOf = (organizationId: string) =>
      read.body.participants.find((p: { organizationId: string }) => p.organizationId === organizationId).stageMove;
    expect(moveOf(dance)).toEqual({ fromStage: 'seed', toStage: 'sapling', status: 'up' });
    expect(moveOf(elders)).toEqual({ fromStage: 'sapling', toStage: 'sapling', status: 'same' });
    expect(moveOf(stranger)).toEqual({ fromStage: null, toStage: null, status: 'unknown' });
  });
});

describe('a write that fails at its last step', () => {
  it('adds no organization to a programme when its audit entry cannot be written', async () => {
    const made = await staff.post('/api/cultivation-programmes', forum({ name: '审计失败测试' }));
    const restore = await failWritesTo(api.db, 'audit_log', 'insert');
    try {
      const answer = await staff.post(`/api/cultivation-programmes/${made.body.id}/participants`, {
        organizationIds: [dance, elders],
      });
      expect([answer.status, answer.body.code]).toEqual([500, 'server.error']);
    } finally {
      await restore();
    }
    expect((await staff.get(`/api/cultivation-programmes/${made.body.id}`)).body.participants).toEqual([]);
  });
});

describe('the demo’s programmes', () => {
  it('a 民生议题讨论会 of nineteen teams whose outputs come from the demo’s records', async () => {
    const listed = await staff.get(`/api/cultivation-programmes?streetId=${ids.mainStreetId}`);
    const forum = listed.body.items.find((p: { kind: string; name: string }) => p.name === '社区民生议题讨论会');
    expect(forum).toMatchObject({
      kind: 'livelihood_forum',
      participantCount: 19,
      fromStage: 'seed',
      toStage: 'sapling',
    });
    const read = await (await api.as('street')).get(`/api/cultivation-programmes/${forum.id}`);
    expect(read.status).toBe(200);
    expect(read.body.totals.publicActivities).toBeGreaterThan(19);
    expect(read.body.totals.activistPersonTimes).toBeGreaterThan(0);
    // Its eight 民生议题讨论会 are deliberation's meetings that name it, by date.
    expect(read.body.meetings).toHaveLength(8);
    expect(read.body.meetings[0].title).toMatch(/^民生议题讨论会第 1 次/);
  });
});

describe('a programme’s meetings', () => {
  const livelihoodTypeId = '0d11be00-0000-4000-8000-000000000005';
  const meetingCount = async () =>
    Number(
      (
        await api.db
          .selectFrom('meetings')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('a meeting recorded for a programme is listed on it; another street’s programme is refused, writing nothing', async () => {
    const made = await staff.post('/api/cultivation-programmes', forum({ name: '2020 年第二期民生议题讨论会' }));
    expect(made.status).toBe(201);
    expect(made.body.meetings).toEqual([]);
    const meeting = await staff.post('/api/meetings', {
      typeId: livelihoodTypeId,
      communityId: ids.homeCommunityId,
      programmeId: made.body.id,
      title: '第一次讨论：楼道堆物',
      heldOn: '2020-03-15',
    });
    expect(meeting.status).toBe(201);
    const read = await staff.get(`/api/cultivation-programmes/${made.body.id}`);
    expect(read.body.meetings).toEqual([{ id: meeting.body.id, title: '第一次讨论：楼道堆物', heldOn: '2020-03-15' }]);

    const admin = await api.as('admin');
    const elsewhere = await admin.post('/api/cultivation-programmes', forum({ streetId: ids.otherStreetId }));
    expect(elsewhere.status).toBe(201);
    const before = await meetingCount();
    const refused = await admin.post('/api/meetings', {
      typeId: livelihoodTypeId,
      communityId: ids.homeCommunityId,
      programmeId: elsewhere.body.id,
      title: '放错街道的会议',
      heldOn: '2020-03-16',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('deliberation.programme_elsewhere');
    expect(await meetingCount()).toBe(before);
  });
});
