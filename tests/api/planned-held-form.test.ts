import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { failWritesTo } from '../support/failing-writes';
import { rowCount } from '../support/rows';

/**
 * Issue 16, 举办了 through the leader's form: the form posts /api/activities with the planned date
 * (`plannedOccurrence`), and that date's one record is made — or, when residents' scans made it
 * already, completed with the members, the counts and the leader as its recorder. Never a second
 * record; a retried send answers the same one. The test clock stands at Tuesday 2026-06-30 10:00.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let leader: Client;
let memberIds: string[] = [];
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  leader = await api.as('leader');
  const team = await leader.get(`/api/organizations/${ids.organizationId}`);
  memberIds = team.body.members.slice(0, 3).map((member: { personId: string }) => member.personId);
  expect(memberIds).toHaveLength(3);
});
afterAll(() => api.close());

const today = '2026-06-30';
const lastWeek = '2026-06-23';

/** A weekly Tuesday plan of the leader's team from two weeks ago, 09:00–11:00 in the 社区活动室. */
async function weeklyPlan(title: string) {
  const plan = await leader.post('/api/planned-activities', {
    organizationId: ids.organizationId,
    title,
    content: '预告里写的内容',
    openness: 'open_to_all',
    startsOn: '2026-06-16',
    startTime: '09:00',
    durationMinutes: 120,
    recurrence: { kind: 'weekly', everyWeeks: 1 },
    place: { kind: 'text', text: '社区活动室' },
  });
  expect(plan.status).toBe(201);
  return plan.body.id as string;
}

/** What the form sends for the planned date `on`: its title and times, the ticked members. */
function formInput(planId: string, on: string, title: string) {
  return {
    organizationIds: [ids.organizationId],
    title,
    startsAt: `${on}T09:00:00+08:00`,
    endsAt: `${on}T11:00:00+08:00`,
    openness: 'open_to_all',
    organizerCount: memberIds.length,
    servedCount: 0,
    participants: memberIds.map((personId) => ({ personId })),
    plannedOccurrence: { plannedActivityId: planId, on },
  };
}

const submit = (client: Client, body: unknown, key: string) =>
  client.call('POST', '/api/activities', body, { 'idempotency-key': key });

function recordsOf(planId: string, on: string) {
  return api.db
    .selectFrom('activities')
    .select(['id', 'recorded_by'])
    .where('planned_activity_id', '=', planId)
    .where('occurrence_on', '=', on)
    .execute();
}

const gapDates = async (planId: string) =>
  (await leader.get(`/api/activity-gaps?organizationId=${ids.organizationId}&from=2026-06-01&to=2026-06-29`)).body.items
    .filter((gap: { plannedActivityId: string }) => gap.plannedActivityId === planId)
    .map((gap: { on: string }) => gap.on);

describe('举办了 through the activity form', () => {
  it('makes the planned date’s record with the members ticked, and the gap disappears', async () => {
    const planId = await weeklyPlan('周二太极（表单补记）');
    expect(await gapDates(planId)).toEqual(['2026-06-16', lastWeek]);

    const sent = await submit(leader, formInput(planId, lastWeek, '周二太极（表单补记）'), 'held-form-gap-1');
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      plannedActivityId: planId,
      occurrenceOn: lastWeek,
      organizerCount: 3,
      content: '预告里写的内容',
      place: expect.objectContaining({ kind: 'text', text: '社区活动室' }),
    });
    expect(sent.body.participants.map((p: { personId: string }) => p.personId).sort()).toEqual([...memberIds].sort());
    expect(await gapDates(planId)).toEqual(['2026-06-16']);

    // The outbox sends again after a lost answer: the same record, no second one.
    const retried = await submit(leader, formInput(planId, lastWeek, '周二太极（表单补记）'), 'held-form-gap-1');
    expect([retried.status, retried.body.id]).toEqual([200, sent.body.id]);
    // Another phone (another key) sending the same date: the record already there answers.
    const otherPhone = await submit(leader, formInput(planId, lastWeek, '周二太极（另一台手机）'), 'held-form-gap-2');
    expect([otherPhone.status, otherPhone.body.id, otherPhone.body.title]).toEqual([
      200,
      sent.body.id,
      '周二太极（表单补记）',
    ]);
    expect(await recordsOf(planId, lastWeek)).toHaveLength(1);
  });

  it('completes the record residents’ scans made: one record, the scans count, no more_than_stated', async () => {
    const planId = await weeklyPlan('周二八段锦（先扫码后补记）');
    const code = (await leader.get(`/api/planned-activities/${planId}/occurrences/${today}/sign-in`)).body.code;
    // Three residents with their phones: enough to count as evidence (figures.ts selfSignInsAsEvidence).
    for (const [index, name] of ['扫码的钱大爷', '扫码的孙阿姨', '扫码的周叔叔'].entries()) {
      const signIn = { name, phone: `1390000120${index}`, consent: true };
      expect((await api.anonymous().post(`/api/sign-in/${code}`, signIn)).status).toBe(200);
    }
    const [scanMade] = await recordsOf(planId, today);
    expect(scanMade).toMatchObject({ recorded_by: null });

    const body = { ...formInput(planId, today, '周二八段锦（先扫码后补记）'), servedCount: 3, reflection: '来了新人' };
    const sent = await submit(leader, body, 'held-form-scans-1');
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({
      id: scanMade!.id,
      signInCode: code,
      organizerCount: 3,
      servedCount: 3,
      reflection: '来了新人',
      selfSignInCount: 3,
      signInFlags: [],
    });
    expect(sent.body.recordedBy).toBeTruthy();
    expect(sent.body.evidence.reasons).toContain('self_sign_ins');
    expect(sent.body.participants).toHaveLength(3);
    expect(await recordsOf(planId, today)).toEqual([expect.objectContaining({ id: scanMade!.id })]);
    const listed = await leader.get(
      `/api/planned-activities?organizationId=${ids.organizationId}&from=${today}&to=${today}`,
    );
    expect(listed.body.items.find((o: { plannedActivityId: string }) => o.plannedActivityId === planId)).toMatchObject({
      activityId: scanMade!.id,
      awaitsHeld: false,
    });
    const retried = await submit(leader, body, 'held-form-scans-1');
    expect([retried.status, retried.body.id]).toEqual([200, scanMade!.id]);
    const actions = await api.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', scanMade!.id)
      .execute();
    expect(actions.map((a) => a.action).sort()).toEqual([
      'activity.held',
      'activity.record_by_sign_in',
      'activity.update',
    ]);
  });

  it('refuses another team’s plan, a date the plan does not have, a changed date, another organization', async () => {
    const planId = await weeklyPlan('周二书法（不能混记）');
    const leader2 = await api.as('leader2');
    const foreign = {
      ...formInput(planId, today, '别队的预告'),
      organizationIds: [ids.otherOrganizationId],
      participants: [],
    };
    const otherTeam = await submit(leader2, foreign, 'held-form-scope-1');
    expect([403, 404]).toContain(otherTeam.status);
    const wednesday = await submit(leader, formInput(planId, '2026-07-01', '周三？'), 'held-form-scope-2');
    expect([wednesday.status, wednesday.body.code]).toEqual([400, 'activity.not_an_occurrence']);
    const moved = { ...formInput(planId, today, '改了日子'), startsAt: '2026-06-29T09:00:00+08:00' };
    moved.endsAt = '2026-06-29T11:00:00+08:00';
    const changed = await submit(leader, moved, 'held-form-scope-3');
    expect([changed.status, changed.body.code]).toEqual([400, 'activity.not_on_planned_date']);
    const staff = await api.as('staff');
    const asOther = { ...formInput(planId, today, '别的组织'), organizationIds: [ids.otherOrganizationId] };
    const wrongTeam = await submit(staff, { ...asOther, participants: [] }, 'held-form-scope-4');
    expect([wrongTeam.status, wrongTeam.body.code]).toEqual([400, 'activity.not_the_plans_team']);
    expect(await recordsOf(planId, today)).toHaveLength(0);
  });

  it('leaves the scan-made record as it was when completing it fails at its last step', async () => {
    const planId = await weeklyPlan('周二剪纸（补记写不进）');
    const code = (await leader.get(`/api/planned-activities/${planId}/occurrences/${today}/sign-in`)).body.code;
    expect((await api.anonymous().post(`/api/sign-in/${code}`, { name: '扫码的吴奶奶', consent: true })).status).toBe(
      200,
    );
    const [scanMade] = await recordsOf(planId, today);
    const participants = () =>
      api.db.selectFrom('activity_participants').select('id').where('activity_id', '=', scanMade!.id).execute();
    const audit = await rowCount(api.db, 'audit_log');
    const body = formInput(planId, today, '周二剪纸（补记写不进）');
    // The key is remembered last: failing there must take back the completed fields and members.
    const restore = await failWritesTo(api.db, 'activity_submissions', 'insert');
    try {
      const answer = await submit(leader, body, 'held-form-fails-1');
      expect([answer.status, answer.body.code]).toEqual([500, 'server.error']);
    } finally {
      await restore();
    }
    expect(await recordsOf(planId, today)).toEqual([{ id: scanMade!.id, recorded_by: null }]);
    expect(await participants()).toHaveLength(0);
    expect(await rowCount(api.db, 'audit_log')).toBe(audit);
    expect((await submit(leader, body, 'held-form-fails-1')).status).toBe(200);
    expect(await participants()).toHaveLength(3);
  });
});
