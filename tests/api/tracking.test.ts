import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

/**
 * One activity, two sides (seed 002: 既不重复又不遗漏): the organization records what it did, staff
 * log what they saw, and both land on one activity. Dates are in August 2026, after the demo's
 * activities, so only this file's records can match.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let leader: Client;
let staff: Client;
let assistant: Client;
let memberIds: string[];
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  [leader, staff, assistant] = await Promise.all([api.as('leader'), api.as('staff'), api.as('assistant')]);
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

const at = (day: string, time: string) => `2026-08-${day}T${time}:00+08:00`;

const activity = (day: string, from: string, to: string, extra: Record<string, unknown> = {}) => ({
  organizationIds: [ids.organizationId],
  title: '广场舞公益展演',
  content: '在小区广场为居民表演。',
  startsAt: at(day, from),
  endsAt: at(day, to),
  openness: 'open_to_all',
  organizerCount: 3,
  servedCount: 30,
  ...extra,
});

async function record(client: Client, body: unknown, key = `tracking-${randomUUID()}`) {
  const answer = await client.call('POST', '/api/activities', body, { 'idempotency-key': key });
  expect(answer.status).toBe(201);
  return answer.body.id as string;
}

const visit = (day: string, from: string, to: string, extra: Record<string, unknown> = {}) => ({
  organizationId: ids.organizationId,
  observedStartsAt: at(day, from),
  observedEndsAt: at(day, to),
  placeText: '小区中心广场',
  observed: '夕阳红舞蹈队广场展演',
  processRecord: '队员提前半小时到场布置，李队长带大家热身。',
  feelings: '队员之间分工比上次清楚。',
  cultivationIdeas: '可以请副队长负责下次的签到。',
  ...extra,
});

const count = async (table: 'tracking_logs' | 'activities') =>
  Number(
    (
      await api.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function activitiesOn(client: Client, day: string) {
  const list = await client.get(
    `/api/activities?organizationId=${ids.organizationId}&from=2026-08-${day}&to=2026-08-${day}`,
  );
  expect(list.status).toBe(200);
  return list.body.items as { id: string; title: string }[];
}

describe('staff log a tracking visit on the activity the leader recorded', () => {
  it('gives one activity with both sides; the leader sees that staff observed it, not the notes', async () => {
    const id = await record(leader, activity('03', '09:00', '11:00'));
    const logged = await staff.post(`/api/activities/${id}/tracking-logs`, visit('03', '09:30', '10:30'));
    expect(logged.status).toBe(201);
    expect(logged.body).toMatchObject({ activityId: id, organizationId: ids.organizationId, isSummary: false });
    expect(logged.body.cultivationIdeas).toBe('可以请副队长负责下次的签到。');

    const detail = await staff.get(`/api/activities/${id}`);
    expect(detail.body.trackingLogCount).toBe(1);
    expect(detail.body.evidence.reasons).toContain('staff_observation');
    expect(detail.body.evidence.level).toBe('corroborated');
    expect(await activitiesOn(leader, '03')).toHaveLength(1);

    const forLeader = await leader.get(`/api/activities/${id}/tracking-logs`);
    expect(forLeader.status).toBe(200);
    expect(forLeader.body.items).toEqual([
      expect.objectContaining({
        isSummary: true,
        staffName: expect.any(String),
        observedStartsAt: new Date(at('03', '09:30')).toISOString(),
        processRecord: null,
        feelings: null,
        cultivationIdeas: null,
        observed: null,
      }),
    ]);
    const forStaff = await assistant.get(`/api/activities/${id}/tracking-logs`);
    expect(forStaff.body.items[0]).toMatchObject({ isSummary: false, feelings: '队员之间分工比上次清楚。' });
    const audit = await api.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', logged.body.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['tracking.record']);
  });

  it('lets an assistant log a visit, and its author change it; another assistant’s log is not theirs', async () => {
    const id = await record(leader, activity('04', '09:00', '10:00'));
    const byAssistant = await assistant.post(`/api/activities/${id}/tracking-logs`, visit('04', '09:00', '10:00'));
    expect(byAssistant.status).toBe(201);
    const changed = await assistant.patch(`/api/tracking-logs/${byAssistant.body.id}`, { feelings: '改一下感受' });
    expect(changed.status).toBe(200);
    expect(changed.body.feelings).toBe('改一下感受');
    const byStaff = await staff.post(`/api/activities/${id}/tracking-logs`, visit('04', '09:10', '09:40'));
    const notTheirs = await assistant.patch(`/api/tracking-logs/${byStaff.body.id}`, { feelings: 'x' });
    expect(notTheirs.status).toBe(403);
    expect(notTheirs.body.code).toBe('tracking.not_author');
    expect((await staff.patch(`/api/tracking-logs/${byAssistant.body.id}`, { observed: '排练' })).status).toBe(200);
    const mine = await staff.get(
      `/api/tracking-logs?staffUserId=${byStaff.body.staffUserId}&from=2026-08-04&to=2026-08-04`,
    );
    expect(mine.body.items.map((l: { id: string }) => l.id)).toEqual([byStaff.body.id]);
  });
});

describe('a visit logged without picking an activity', () => {
  it('attaches to the one matching activity (same organization, same day, overlapping time)', async () => {
    const id = await record(leader, activity('05', '14:00', '16:00'));
    await record(leader, activity('05', '19:00', '20:00', { title: '晚上练舞' }));
    const logged = await staff.post('/api/tracking-logs', visit('05', '14:30', '15:30'));
    expect(logged.status).toBe(201);
    expect(logged.body).toMatchObject({ activityId: id, attachedTo: 'existing' });
    expect(await activitiesOn(leader, '05')).toHaveLength(2);
  });

  it('creates an activity the organization then completes, and it stays one activity', async () => {
    const before = await count('activities');
    const logged = await staff.post('/api/tracking-logs', visit('06', '09:00', '10:30'));
    expect(logged.status).toBe(201);
    expect(logged.body.attachedTo).toBe('created');
    const id = logged.body.activityId;
    expect(await count('activities')).toBe(before + 1);
    const created = await leader.get(`/api/activities/${id}`);
    expect(created.body).toMatchObject({
      createdByTracking: true,
      title: '夕阳红舞蹈队广场展演',
      openness: 'members_only',
      organizerCount: 0,
      servedCount: 0,
      trackingLogCount: 1,
    });
    expect(created.body.place).toMatchObject({ kind: 'text', text: '小区中心广场' });

    // A second staff member at the same activity lands on the same record.
    const second = await assistant.post('/api/tracking-logs', visit('06', '10:00', '10:30'));
    expect(second.body).toMatchObject({ activityId: id, attachedTo: 'existing' });

    const completed = await leader.patch(`/api/activities/${id}`, {
      content: '教居民跳两支新舞。',
      openness: 'open_to_all',
      servedCount: 25,
      organizerCount: 4,
      reflection: '社工来看了，大家更有劲了。',
    });
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({ id, servedCount: 25, openness: 'open_to_all', trackingLogCount: 2 });
    expect(await activitiesOn(leader, '06')).toEqual([expect.objectContaining({ id })]);
    expect(await count('activities')).toBe(before + 1);
  });

  it('asks staff to choose when several activities match, writing nothing', async () => {
    const first = await record(leader, activity('07', '09:00', '10:00', { title: '上午第一场' }));
    const second = await record(leader, activity('07', '10:00', '11:00', { title: '上午第二场' }));
    const logs = await count('tracking_logs');
    const answer = await staff.post('/api/tracking-logs', visit('07', '09:30', '10:30'));
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('tracking.several_matches');
    expect(answer.body.candidates.map((c: { id: string }) => c.id).sort()).toEqual([first, second].sort());
    expect(await count('tracking_logs')).toBe(logs);
    const chosen = await staff.post(`/api/activities/${second}/tracking-logs`, visit('07', '09:30', '10:30'));
    expect(chosen.status).toBe(201);
  });
});

describe('bad input and other people’s organizations', () => {
  it('refuses an end before the start, an unknown organization and an organization that did not organize it', async () => {
    const logs = await count('tracking_logs');
    const activities = await count('activities');
    const reversed = await staff.post('/api/tracking-logs', visit('08', '10:00', '09:00'));
    expect(reversed.status).toBe(400);
    expect(reversed.body.code).toBe('activity.end_before_start');
    const unknown = await staff.post(
      '/api/tracking-logs',
      visit('08', '09:00', '10:00', { organizationId: randomUUID() }),
    );
    expect(unknown.status).toBe(404);
    const empty = await staff.post('/api/tracking-logs', visit('08', '09:00', '10:00', { observed: '' }));
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('request.invalid');
    const id = await record(leader, activity('08', '09:00', '10:00'));
    const wrongOrganization = await staff.post(`/api/activities/${id}/tracking-logs`, {
      ...visit('08', '09:00', '10:00'),
      organizationId: ids.otherOrganizationId,
    });
    expect(wrongOrganization.status).toBe(400);
    expect(wrongOrganization.body.code).toBe('tracking.organization_not_organizer');
    const patchReversed = await staff.post(`/api/activities/${id}/tracking-logs`, visit('08', '09:00', '10:00'));
    expect(
      (await staff.patch(`/api/tracking-logs/${patchReversed.body.id}`, { observedEndsAt: at('08', '08:00') })).status,
    ).toBe(400);
    expect(await count('tracking_logs')).toBe(logs + 1);
    expect(await count('activities')).toBe(activities + 1);
  });

  it('refuses leaders and staff outside the organization’s street', async () => {
    const id = await record(leader, activity('09', '09:00', '10:00'));
    const leader2 = await api.as('leader2');
    expect((await leader2.post(`/api/activities/${id}/tracking-logs`, visit('09', '09:00', '10:00'))).status).toBe(403);
    expect((await leader2.get(`/api/activities/${id}/tracking-logs`)).status).toBe(403);
    expect((await leader.post(`/api/activities/${id}/tracking-logs`, visit('09', '09:00', '10:00'))).status).toBe(403);
    const otherOrganizationVisit = await staff.post(
      '/api/tracking-logs',
      visit('09', '09:00', '10:00', { organizationId: ids.otherOrganizationId }),
    );
    expect(otherOrganizationVisit.status).toBe(403);
  });
});

async function addPhoto(activityId: string, hash: string, position: number, uploadedBy: string | null = null) {
  await api.db
    .insertInto('activity_media')
    .values({
      id: randomUUID(),
      street_id: ids.mainStreetId,
      activity_id: activityId,
      kind: 'photo',
      uploaded_by: uploadedBy,
      content_hash: hash,
      file_key: `test/${hash}`,
      thumbnail_key: `test/${hash}-thumb`,
      mime_type: 'image/jpeg',
      byte_size: 1000,
      width: 800,
      height: 600,
      position,
    })
    .execute();
}

describe('merging two records of one activity', () => {
  it('keeps both texts, all photos and each participant once; the merged record leaves lists and figures', async () => {
    const leaderKey = `merge-leader-${randomUUID()}`;
    const kept = await record(
      leader,
      activity('10', '09:00', '11:00', {
        participants: [{ personId: memberIds[0] }, { guestName: '赵阿姨' }],
        reflection: '第一次面向全体居民。',
        feedback: [{ text: '希望每月都有', saidBy: '王阿姨' }],
        organizerCount: 3,
        servedCount: 20,
      }),
      leaderKey,
    );
    const staffBody = activity('10', '09:30', '11:30', {
      title: '舞蹈队展演（社工补录）',
      content: '现场约四十位居民观看。',
      participants: [
        { personId: memberIds[0], role: 'organizer' },
        { personId: memberIds[1] },
        { guestName: '赵 阿姨' },
      ],
      feedback: [{ text: '跳得真好' }],
      organizerCount: 5,
      servedCount: 12,
    });
    const staffKey = `merge-staff-${randomUUID()}`;
    const duplicate = await record(staff, staffBody, staffKey);
    await addPhoto(kept, 'hash-a', 0);
    await addPhoto(kept, 'hash-b', 1);
    await addPhoto(duplicate, 'hash-b', 0);
    await addPhoto(duplicate, 'hash-c', 1);
    const volunteer = randomUUID();
    await api.db
      .insertInto('volunteer_attendances')
      .values({
        id: volunteer,
        street_id: ids.mainStreetId,
        activity_id: duplicate,
        name: '孙志愿',
        phone: '13900000001',
        consent: true,
        signed_in_at: new Date(at('10', '09:00')),
      })
      .execute();
    const log = await staff.post(`/api/activities/${duplicate}/tracking-logs`, visit('10', '09:30', '11:00'));
    expect(log.status).toBe(201);

    const pairs = await staff.get(`/api/activity-duplicates?streetId=${ids.mainStreetId}`);
    expect(pairs.status).toBe(200);
    const pair = pairs.body.items.find(
      (p: { first: { id: string }; second: { id: string } }) =>
        [p.first.id, p.second.id].sort().join() === [kept, duplicate].sort().join(),
    );
    expect(pair).toBeDefined();
    expect((await staff.get(`/api/activity-duplicates?activityId=${kept}`)).body.items).toHaveLength(1);

    const figuresBefore = await leader.get(
      `/api/organizations/${ids.organizationId}/activity-figures?from=2026-08-10&to=2026-08-10`,
    );
    expect(figuresBefore.body.total).toBe(2);

    expect((await assistant.post('/api/activity-duplicates/merge', { keepId: kept, mergeId: duplicate })).status).toBe(
      403,
    );
    expect(
      (await (await api.as('leader2')).post('/api/activity-duplicates/merge', { keepId: kept, mergeId: duplicate }))
        .status,
    ).toBe(403);
    expect((await leader.post('/api/activity-duplicates/merge', { keepId: kept, mergeId: duplicate })).status).toBe(
      403,
    );

    const merged = await staff.post('/api/activity-duplicates/merge', { keepId: kept, mergeId: duplicate });
    expect(merged.status).toBe(200);
    expect(merged.body.id).toBe(kept);
    expect(merged.body.title).toBe('广场舞公益展演');
    expect(merged.body.content).toContain('在小区广场为居民表演。');
    expect(merged.body.content).toContain('现场约四十位居民观看。');
    expect(merged.body.content).toMatch(/以下合并自 .+ 的记录/);
    expect(merged.body.reflection).toBe('第一次面向全体居民。');
    expect(merged.body.media.filter((m: { kind: string }) => m.kind === 'photo')).toHaveLength(3);
    expect(merged.body.participants).toHaveLength(3);
    expect(merged.body.participants.find((p: { personId: string }) => p.personId === memberIds[0]).role).toBe(
      'organizer',
    );
    expect(merged.body.feedback.map((f: { text: string }) => f.text)).toEqual(['希望每月都有', '跳得真好']);
    expect(merged.body).toMatchObject({ organizerCount: 5, servedCount: 20, trackingLogCount: 1 });

    const moved = await api.db
      .selectFrom('volunteer_attendances')
      .select('activity_id')
      .where('id', '=', volunteer)
      .executeTakeFirstOrThrow();
    expect(moved.activity_id).toBe(kept);

    const gone = await leader.get(`/api/activities/${duplicate}`);
    expect(gone.body.mergedIntoId).toBe(kept);

    // A sheet printed before the merge carries the merged record's QR code: it leads to the kept one.
    const resident = api.anonymous();
    const oldCode = gone.body.signInCode as string;
    expect((await resident.get(`/api/sign-in/${oldCode}`)).body.title).toBe('广场舞公益展演');
    const signed = await resident.post(`/api/sign-in/${oldCode}`, { name: '旧码签到', consent: true });
    expect(signed.status).toBe(200);
    const onKept = await leader.get(`/api/activities/${kept}/sign-ins`);
    expect(onKept.body.items.map((s: { name: string }) => s.name)).toContain('旧码签到');
    expect((await resident.get(`/api/volunteer/${oldCode}`)).body.title).toBe('广场舞公益展演');
    expect((await activitiesOn(leader, '10')).map((a) => a.id)).toEqual([kept]);
    const figuresAfter = await leader.get(
      `/api/organizations/${ids.organizationId}/activity-figures?from=2026-08-10&to=2026-08-10`,
    );
    expect(figuresAfter.body.total).toBe(1);
    expect((await staff.get(`/api/activity-duplicates?activityId=${kept}`)).body.items).toEqual([]);

    // The staff member's form retries its old submission: it answers the record that kept everything.
    const replay = await staff.call('POST', '/api/activities', staffBody, { 'idempotency-key': staffKey });
    expect(replay.status).toBe(200);
    expect(replay.body.id).toBe(kept);

    const again = await staff.post('/api/activity-duplicates/merge', { keepId: kept, mergeId: duplicate });
    expect(again.status).toBe(409);
    const audit = await api.db
      .selectFrom('audit_log')
      .select(['action', 'record_id'])
      .where('action', 'in', ['activity.merge', 'activity.merged_into'])
      .execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'activity.merge', record_id: kept },
        { action: 'activity.merged_into', record_id: duplicate },
      ]),
    );
  });

  it('lets the organization’s record win over one made by a tracking log', async () => {
    const logged = await staff.post('/api/tracking-logs', visit('11', '09:00', '10:00'));
    const fromTracking = logged.body.activityId;
    const byLeader = await record(leader, activity('11', '09:00', '10:00', { title: '舞蹈队的记录' }));
    const pairs = await staff.get(`/api/activity-duplicates?activityId=${byLeader}`);
    expect(pairs.body.items).toHaveLength(1);
    const merged = await staff.post('/api/activity-duplicates/merge', { keepId: fromTracking, mergeId: byLeader });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ title: '舞蹈队的记录', openness: 'open_to_all', createdByTracking: false });
    expect(merged.body.content).toBe('在小区广场为居民表演。');
  });

  it('records "not the same" so the pair is not suggested again, and refuses nonsense', async () => {
    const first = await record(leader, activity('12', '09:00', '10:00', { title: '练舞' }));
    const second = await record(leader, activity('12', '09:30', '10:30', { title: '教新人' }));
    expect((await staff.get(`/api/activity-duplicates?activityId=${first}`)).body.items).toHaveLength(1);
    expect(
      (await assistant.post('/api/activity-duplicates/distinct', { firstId: first, secondId: second })).status,
    ).toBe(403);
    const distinct = await staff.post('/api/activity-duplicates/distinct', { firstId: second, secondId: first });
    expect(distinct.status).toBe(200);
    expect((await staff.get(`/api/activity-duplicates?activityId=${first}`)).body.items).toEqual([]);
    const same = await staff.post('/api/activity-duplicates/merge', { keepId: first, mergeId: first });
    expect(same.status).toBe(400);
    expect(same.body.code).toBe('tracking.merge_same_activity');
    const unknown = await staff.post('/api/activity-duplicates/merge', { keepId: first, mergeId: randomUUID() });
    expect(unknown.status).toBe(404);
    const noCommon = await api.as('admin');
    const other = await record(noCommon, {
      ...activity('12', '09:00', '10:00'),
      organizationIds: [ids.otherOrganizationId],
    });
    const refused = await noCommon.post('/api/activity-duplicates/merge', { keepId: first, mergeId: other });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('tracking.merge_no_common_organization');
    expect((await staff.get(`/api/activities/${other}`)).status).toBe(403);
  });
});

describe('the demo street', () => {
  it('has staff logs on the leader’s team, an activity made by a log, and a pair to merge', async () => {
    const logs = await api.db
      .selectFrom('tracking_logs')
      .select('activity_id')
      .where('organization_id', '=', ids.organizationId)
      .where('observed_starts_at', '<', new Date('2026-07-01T00:00:00Z'))
      .execute();
    expect(logs.length).toBeGreaterThanOrEqual(3);
    const made = await api.db
      .selectFrom('activities')
      .innerJoin('activity_organizations as ao', 'ao.activity_id', 'activities.id')
      .select('activities.id')
      .where('ao.organization_id', '=', ids.organizationId)
      .where('activities.created_by_tracking', '=', true)
      .where('activities.starts_at', '<', new Date('2026-07-01T00:00:00Z'))
      .execute();
    expect(made).toHaveLength(1);
    const pairs = await staff.get(`/api/activity-duplicates?streetId=${ids.mainStreetId}`);
    type Side = { title: string; recordedByOrganization: boolean; organizations: { id: string }[] };
    const pair = (pairs.body.items as { first: Side; second: Side }[]).find((p) =>
      [p.first, p.second].some((side) => side.title.includes('社工补录')),
    )!;
    expect(pair.first.organizations[0]?.id).toBe(ids.organizationId);
    // The leader's own record and the one staff entered for the team (补录): the screen offers the first.
    const sides = [pair.first, pair.second].map((side) => [
      side.title.includes('社工补录'),
      side.recordedByOrganization,
    ]);
    expect(sides).toEqual(
      expect.arrayContaining([
        [true, false],
        [false, true],
      ]),
    );
  });
});

describe('merging two records that both carry volunteer hours', () => {
  it('keeps one current record per person: proven hours win over hours entered afterwards', async () => {
    const kept = await record(leader, activity('20', '09:00', '11:00'));
    const duplicate = await record(leader, activity('20', '09:30', '11:00', { title: '广场舞展演（重复）' }));
    const staffUser = await api.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'staff')
      .executeTakeFirstOrThrow();
    const person = memberIds[0] as string;
    const hours = (activityId: string, basis: 'entered_afterwards' | 'staff_observed', minutes: number) => ({
      id: randomUUID(),
      street_id: ids.mainStreetId,
      activity_id: activityId,
      organization_id: ids.organizationId,
      person_id: person,
      volunteer_name: '志愿者',
      minutes,
      basis,
      reason: basis === 'entered_afterwards' ? '当天忘了签到' : null,
      entered_by: staffUser.id,
      entered_at: api.clock.now(),
    });
    const entered = hours(kept, 'entered_afterwards', 120);
    const observed = hours(duplicate, 'staff_observed', 90);
    await api.db.insertInto('volunteer_hours').values([entered, observed]).execute();

    const merged = await staff.post('/api/activity-duplicates/merge', { keepId: kept, mergeId: duplicate });
    expect(merged.status).toBe(200);
    const rows = await api.db
      .selectFrom('volunteer_hours')
      .select(['id', 'activity_id', 'superseded_by'])
      .where('person_id', '=', person)
      .where('id', 'in', [entered.id, observed.id])
      .execute();
    expect(rows.every((row) => row.activity_id === kept)).toBe(true);
    const current = rows.filter((row) => row.superseded_by === null).map((row) => row.id);
    expect(current).toEqual([observed.id]);
    expect(rows.find((row) => row.id === entered.id)?.superseded_by).toBe(observed.id);
  });
});

describe('a joint activity recorded in two streets', () => {
  it('is suggested as a pair to the street of either record, and staff can merge it', async () => {
    const admin = await api.as('admin');
    const here = await record(admin, {
      ...activity('21', '09:00', '11:00'),
      organizationIds: [ids.organizationId, ids.otherOrganizationId],
    });
    const there = await record(admin, {
      ...activity('21', '09:30', '11:00', { title: '两支队伍联合展演' }),
      organizationIds: [ids.otherOrganizationId, ids.organizationId],
    });
    const streets = await api.db
      .selectFrom('activities')
      .select(['id', 'street_id'])
      .where('id', 'in', [here, there])
      .execute();
    expect(new Set(streets.map((s) => s.street_id))).toEqual(new Set([ids.mainStreetId, ids.otherStreetId]));
    const samePair = (p: { first: { id: string }; second: { id: string } }) =>
      [p.first.id, p.second.id].sort().join() === [here, there].sort().join();

    const inMainStreet = await staff.get(`/api/activity-duplicates?streetId=${ids.mainStreetId}`);
    expect(inMainStreet.status).toBe(200);
    expect(inMainStreet.body.items.filter(samePair)).toHaveLength(1);
    const inOtherStreet = await admin.get(`/api/activity-duplicates?streetId=${ids.otherStreetId}`);
    expect(inOtherStreet.body.items.filter(samePair)).toHaveLength(1);
    const forThere = await staff.get(`/api/activity-duplicates?activityId=${there}`);
    expect(forThere.body.items.filter(samePair)).toHaveLength(1);

    const merged = await staff.post('/api/activity-duplicates/merge', { keepId: here, mergeId: there });
    expect(merged.status).toBe(200);
    expect((await staff.get(`/api/activity-duplicates?activityId=${here}`)).body.items).toEqual([]);
  });
});
