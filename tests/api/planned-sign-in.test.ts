import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../support/answer-text';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { failWritesTo } from '../support/failing-writes';
import { postForm } from '../support/forms';
import { pdfText } from '../support/pdf';
import { rowCount } from '../support/rows';

/**
 * Issue 16, "QR before the activity": a planned date has its sign-in code, QR code and printed
 * sheet before anyone records it; the first resident's scan or the leader's 举办了 — whichever
 * comes first — makes the one record, and every sign-in counts on it.
 * The test clock stands at Tuesday 2026-06-30 10:00 in Shanghai.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let leader: Client;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  leader = await api.as('leader');
});
afterAll(() => api.close());

const today = '2026-06-30';

/** A weekly plan of the main organization on Tuesdays, from today, at `startTime` for two hours. */
async function weeklyPlan(title: string, startTime = '09:30', startsOn = today) {
  const plan = await leader.post('/api/planned-activities', {
    organizationId: ids.organizationId,
    title,
    openness: 'open_to_all',
    startsOn,
    startTime,
    durationMinutes: 120,
    recurrence: { kind: 'weekly', everyWeeks: 1 },
    place: { kind: 'text', text: '社区活动室' },
  });
  expect(plan.status).toBe(201);
  return plan.body.id as string;
}

const occurrencePath = (planId: string, on = today) => `/api/planned-activities/${planId}/occurrences/${on}`;

async function codeOf(planId: string, on = today) {
  const answer = await leader.get(`${occurrencePath(planId, on)}/sign-in`);
  expect(answer.status).toBe(200);
  return answer.body.code as string;
}

function recordsOf(planId: string, on = today) {
  return api.db
    .selectFrom('activities')
    .selectAll()
    .where('planned_activity_id', '=', planId)
    .where('occurrence_on', '=', on)
    .execute();
}

const signInAs = (code: string, name: string) => api.anonymous().post(`/api/sign-in/${code}`, { name, consent: true });

async function signedInNames(activityId: string) {
  const names = await leader.get(`/api/activities/${activityId}/sign-ins`);
  return names.body.items.map((s: { name: string }) => s.name).sort();
}

describe('a planned date’s code before it is held', () => {
  it('is reserved once, shows the plan to residents, and the first scan makes the one record', async () => {
    const planId = await weeklyPlan('周二太极（扫码先到）');
    const first = await leader.get(`${occurrencePath(planId)}/sign-in`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      plannedActivityId: planId,
      on: today,
      title: '周二太极（扫码先到）',
      place: '社区活动室',
      startsAt: '2026-06-30T01:30:00.000Z',
      endsAt: '2026-06-30T03:30:00.000Z',
      signInOpensAt: '2026-06-30T00:30:00.000Z',
      activityId: null,
    });
    const code: string = first.body.code;
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(first.body.link).toMatch(new RegExp(`/s/${code}$`));
    expect((await leader.get(`${occurrencePath(planId)}/sign-in`)).body.code).toBe(code);
    expect(await recordsOf(planId)).toHaveLength(0);

    const page = await api.anonymous().get(`/api/sign-in/${code.toLowerCase()}`);
    expect(page.status).toBe(200);
    expect(page.body).toEqual({
      title: '周二太极（扫码先到）',
      organizations: [expect.any(String)],
      startsAt: '2026-06-30T01:30:00.000Z',
      endsAt: '2026-06-30T03:30:00.000Z',
      isOpen: true,
    });
    expect((await api.anonymous().get(`/api/sign-in/${code}/qr.svg`)).status).toBe(200);

    expect((await signInAs(code, '钱大爷')).body).toEqual({ name: '钱大爷' });
    expect((await signInAs(code, '孙阿姨')).status).toBe(200);
    const records = await recordsOf(planId);
    expect(records).toHaveLength(1);
    const record = records[0]!;
    expect(record).toMatchObject({ sign_in_code: code, recorded_by: null, title: '周二太极（扫码先到）' });
    expect(await signedInNames(record.id)).toEqual(['孙阿姨', '钱大爷'].sort());

    // A public action has no user: the record's audit entry names no actor, only what made it.
    const audit = await api.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'after'])
      .where('record_id', '=', record.id)
      .execute();
    expect(audit).toEqual([
      {
        action: 'activity.record_by_sign_in',
        actor_user_id: null,
        after: expect.objectContaining({ sign_in_code: code, planned_activity_id: planId, occurrence_on: today }),
      },
    ]);

    // The leader's page of the date now leads to the record, with the same code.
    const after = await leader.get(`${occurrencePath(planId)}/sign-in`);
    expect(after.body).toMatchObject({ code, activityId: record.id });

    // The planned list still offers 举办了: the leader has not said it took place.
    const listed = async () =>
      (
        await leader.get(`/api/planned-activities?organizationId=${ids.organizationId}&from=${today}&to=${today}`)
      ).body.items.find((o: { plannedActivityId: string }) => o.plannedActivityId === planId);
    expect(await listed()).toMatchObject({ activityId: record.id, awaitsHeld: true });

    // 举办了 afterwards completes that record — the leader's now, with the counts given — and
    // answers it, with both sign-ins on it.
    const held = await leader.post(`${occurrencePath(planId)}/record`, { organizerCount: 2, servedCount: 15 });
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ id: record.id, signInCode: code, selfSignInCount: 2, servedCount: 15 });
    expect(held.body.recordedBy).toBeTruthy();
    expect(await listed()).toMatchObject({ activityId: record.id, awaitsHeld: false });
    const again = await leader.post(`${occurrencePath(planId)}/record`, {});
    expect([again.status, again.body.id, again.body.servedCount]).toEqual([200, record.id, 15]);
    expect(await recordsOf(planId)).toHaveLength(1);
    const actions = await api.db.selectFrom('audit_log').select('action').where('record_id', '=', record.id).execute();
    expect(actions.map((a) => a.action).sort()).toEqual(['activity.held', 'activity.record_by_sign_in']);
  });

  it('becomes the record’s code when 举办了 comes first, so a sheet printed before still signs in', async () => {
    const planId = await weeklyPlan('周二合唱（举办了先到）', '08:00');
    const code = await codeOf(planId);
    const sheet = await leader.get(`${occurrencePath(planId)}/sign-in-sheet.pdf`);
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(sheet.bytes);
    expect(text).toContain('活动签到表');
    expect(text).toContain('周二合唱（举办了先到）');
    expect(text).toContain(`/s/${code}`);

    const held = await leader.post(`${occurrencePath(planId)}/record`, { servedCount: 12 });
    expect(held.status).toBe(201);
    expect(held.body.signInCode).toBe(code);
    expect((await signInAs(code, '周叔叔')).status).toBe(200);
    expect(await recordsOf(planId)).toHaveLength(1);
    expect(await signedInNames(held.body.id)).toEqual(['周叔叔']);
    // A date held before anyone asked answers the record's own code, and no reservation is made.
    const nextWeek = await leader.post(`${occurrencePath(planId, '2026-07-07')}/record`, {});
    expect((await leader.get(`${occurrencePath(planId, '2026-07-07')}/sign-in`)).body).toMatchObject({
      code: nextWeek.body.signInCode,
      activityId: nextWeek.body.id,
    });
  });

  it('makes exactly one record when several residents scan first at the same moment', async () => {
    const planId = await weeklyPlan('周二健步走（同时扫码）', '09:00');
    const code = await codeOf(planId);
    const names = ['甲', '乙', '丙', '丁'].map((n) => `居民${n}`);
    const answers = await Promise.all(names.map((name) => signInAs(code, name)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    const records = await recordsOf(planId);
    expect(records).toHaveLength(1);
    expect(await signedInNames(records[0]!.id)).toEqual([...names].sort());
  });

  it('is closed outside its window and writes nothing there', async () => {
    const planId = await weeklyPlan('周二书法（窗口外）', '09:00', '2026-06-16');
    const before = await rowCount(api.db, 'activities');

    // Two weeks ago: closed a day after its end, like a record's.
    const past = await codeOf(planId, '2026-06-23');
    expect((await api.anonymous().get(`/api/sign-in/${past}`)).body).toMatchObject({ isOpen: false });
    expect((await api.anonymous().get(`/api/sign-in/${past}`)).body.opensAt).toBeUndefined();
    const late = await signInAs(past, '吴奶奶');
    expect([late.status, late.body.code]).toEqual([400, 'activity.sign_in_closed']);

    // Next week: not open yet, and the page says from when.
    const coming = await codeOf(planId, '2026-07-07');
    expect((await api.anonymous().get(`/api/sign-in/${coming}`)).body).toMatchObject({
      isOpen: false,
      opensAt: '2026-07-07T00:00:00.000Z',
    });
    const early = await signInAs(coming, '吴奶奶');
    expect([early.status, early.body.code]).toEqual([400, 'activity.sign_in_not_open']);
    // The page residents open (server-rendered) says the same, in words, with no form to fill.
    const page = await api.anonymous().get(`/s/${coming}`);
    expect(page.status).toBe(200);
    expect(pageText(page.body)).toContain('签到还没开始，7月7日 08:00');
    expect(page.body).not.toContain('data-testid="sign-in-submit"');
    const earlyForm = await postForm(api.anonymous(), `/s/${coming}`, { name: '吴奶奶', consent: 'yes' });
    expect(earlyForm.status).toBe(400);
    expect(pageText(earlyForm.body)).toContain('签到还没开始');
    expect(await rowCount(api.db, 'activities')).toBe(before);
  });

  it('answers 404 for an unknown code, 400 for a date the plan does not take place on', async () => {
    expect((await api.anonymous().get('/api/sign-in/ZZZZ2345')).status).toBe(404);
    expect((await signInAs('ZZZZ2345', '吴')).status).toBe(404);
    const planId = await weeklyPlan('周二象棋（日期不对）');
    const wednesday = await leader.get(`${occurrencePath(planId, '2026-07-01')}/sign-in`);
    expect([wednesday.status, wednesday.body.code]).toEqual([400, 'activity.not_an_occurrence']);
    const otherTeam = await (await api.as('leader2')).get(`${occurrencePath(planId)}/sign-in`);
    expect(otherTeam.status).toBe(403);
  });

  it('keeps one meaning per code, whichever table holds it (migration 0019)', async () => {
    const planId = await weeklyPlan('周二剪纸（一个码一个日子）', '09:45');
    const reserved = await codeOf(planId);
    const [record] = await api.db.selectFrom('activities').select(['sign_in_code']).limit(1).execute();
    const reserveTaken = api.db
      .insertInto('occurrence_sign_in_codes')
      .values({
        id: randomUUID(),
        street_id: ids.mainStreetId,
        planned_activity_id: planId,
        occurrence_on: '2026-07-07',
        code: record!.sign_in_code,
      })
      .execute();
    await expect(reserveTaken).rejects.toThrow(/belongs to another activity/);
    const unplanned = await leader.call(
      'POST',
      '/api/activities',
      {
        organizationIds: [ids.organizationId],
        title: '借用预留的码',
        startsAt: '2026-06-29T09:00:00+08:00',
        endsAt: '2026-06-29T10:00:00+08:00',
        openness: 'members_only',
        organizerCount: 1,
        servedCount: 1,
      },
      { 'idempotency-key': 'reserved-code-taken' },
    );
    expect(unplanned.status).toBe(201);
    const takeReserved = api.db
      .updateTable('activities')
      .set({ sign_in_code: reserved })
      .where('id', '=', unplanned.body.id)
      .execute();
    await expect(takeReserved).rejects.toThrow(/belongs to another activity/);
  });

  it('leaves no record when the first sign-in cannot be written', async () => {
    const planId = await weeklyPlan('周二编织（签到写不进）', '09:15');
    const code = await codeOf(planId);
    const audit = await rowCount(api.db, 'audit_log');
    const restore = await failWritesTo(api.db, 'activity_sign_ins', 'insert');
    try {
      const answer = await signInAs(code, '郑阿婆');
      expect([answer.status, answer.body.code]).toEqual([500, 'server.error']);
    } finally {
      await restore();
    }
    expect(await recordsOf(planId)).toHaveLength(0);
    expect(await rowCount(api.db, 'audit_log')).toBe(audit);
    expect((await signInAs(code, '郑阿婆')).status).toBe(200);
    expect(await recordsOf(planId)).toHaveLength(1);
  });
});

describe('the leader is warned before recording the same activity twice', () => {
  const day = '2026-06-27';
  const span = (from: string, to: string) =>
    `startsAt=${encodeURIComponent(`${day}T${from}:00+08:00`)}&endsAt=${encodeURIComponent(`${day}T${to}:00+08:00`)}`;
  const ask = (client: Client, organizationId: string, query: string) =>
    client.get(`/api/activities/possible-duplicates?organizationId=${organizationId}&${query}`);
  const idsOf = (answer: { body: { items: { id: string }[] } }) => answer.body.items.map((item) => item.id);
  let recordId = '';

  beforeAll(async () => {
    const recorded = await leader.call(
      'POST',
      '/api/activities',
      {
        organizationIds: [ids.organizationId],
        title: '周六广场舞（已记录）',
        startsAt: `${day}T09:00:00+08:00`,
        endsAt: `${day}T11:00:00+08:00`,
        openness: 'open_to_all',
        organizerCount: 3,
        servedCount: 20,
      },
      { 'idempotency-key': 'possible-duplicates-first' },
    );
    expect(recorded.status).toBe(201);
    recordId = recorded.body.id;
  });

  it('answers the team’s records that day whose time overlaps, touching ends included', async () => {
    const overlapping = await ask(leader, ids.organizationId, span('10:30', '12:00'));
    expect(overlapping.status).toBe(200);
    expect(overlapping.body.items).toContainEqual(
      expect.objectContaining({ id: recordId, title: '周六广场舞（已记录）' }),
    );
    expect(idsOf(await ask(leader, ids.organizationId, span('11:00', '12:00')))).toContain(recordId);
    expect(idsOf(await ask(leader, ids.organizationId, span('14:00', '16:00')))).not.toContain(recordId);
    const nextDay = `startsAt=${encodeURIComponent('2026-06-28T09:00:00+08:00')}`;
    expect(idsOf(await ask(leader, ids.organizationId, nextDay))).not.toContain(recordId);
    // Editing that record is not a duplicate of itself.
    expect(
      idsOf(await ask(leader, ids.organizationId, `${span('09:00', '11:00')}&exceptId=${recordId}`)),
    ).not.toContain(recordId);
  });

  it('respects scope: another team’s leader is refused, and sees none of this team’s records', async () => {
    const leader2 = await api.as('leader2');
    expect((await ask(leader2, ids.organizationId, span('09:00', '11:00'))).status).toBe(403);
    const own = await ask(leader2, ids.otherOrganizationId, span('09:00', '11:00'));
    expect(own.status).toBe(200);
    expect(idsOf(own)).not.toContain(recordId);
    expect((await ask(await api.as('member'), ids.organizationId, span('09:00', '11:00'))).status).toBe(403);
    expect(idsOf(await ask(await api.as('staff'), ids.organizationId, span('09:00', '11:00')))).toContain(recordId);
  });

  it('refuses an end before the start', async () => {
    const backwards = await ask(leader, ids.organizationId, span('11:00', '09:00'));
    expect([backwards.status, backwards.body.code]).toEqual([400, 'activity.end_before_start']);
  });
});
