import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { failWritesTo } from '../support/failing-writes';
import { acceptApplication, openCohort, peopleOfStreet } from '../support/training';

/**
 * A training cohort (友邻学社, issue 17) from applications to graduation: anyone may apply with a
 * guarantor, passes an interview and signs the self-commitment, is accepted or declined with a
 * reason; staff tick the roll call at each session and graduation follows the cohort's rule.
 */
let api: TestApi;
let staff: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  api = await startTestApi();
  staff = await api.as('staff');
  ids = await demoIds(api.db);
});
afterAll(() => api.close());

const put = (client: Client, path: string, body: unknown) => client.call('PUT', path, body);

describe('a cohort from applications to graduation', () => {
  it('takes applicants through interview, commitment and decision, then graduates by attendance', async () => {
    const cohortId = await openCohort(staff, ids.mainStreetId, { plannedSessions: 3 });
    const [ana, bo, cai, guarantor] = await peopleOfStreet(api.db, ids.mainStreetId, 4);
    if (!ana || !bo || !cai || !guarantor) throw new Error('the demo street has people');

    const apply = (personId: string, origin: string) =>
      staff.post(`/api/training/cohorts/${cohortId}/applications`, {
        personId,
        guarantorPersonId: guarantor.id,
        origin,
        motivation: '想为小区做点事',
      });
    const applied = await Promise.all([
      apply(ana.id, 'activist'),
      apply(bo.id, 'community_worker'),
      apply(cai.id, 'resident'),
    ]);
    expect(applied.map((a) => a.status)).toEqual([201, 201, 201]);
    const [anaApp, boApp, caiApp] = applied.map((a) => a.body.id as string) as [string, string, string];

    // Steps out of order are refused with their codes.
    expect((await staff.post(`/api/training/applications/${anaApp}/commitment`, {})).body.code).toBe(
      'training.interview_first',
    );
    expect(
      (await staff.post(`/api/training/applications/${anaApp}/decision`, { decision: 'accepted' })).body.code,
    ).toBe('training.commitment_first');
    const waiting = await staff.post(`/api/training/applications/${boApp}/interview`, {
      interviewedOn: '2026-06-20',
      result: 'wait',
      notes: '时间还没定',
    });
    expect(waiting.body.status).toBe('interviewed');
    expect((await staff.post(`/api/training/applications/${boApp}/commitment`, {})).body.code).toBe(
      'training.interview_not_passed',
    );

    await acceptApplication(staff, anaApp);
    await acceptApplication(staff, caiApp);
    const noReason = await staff.post(`/api/training/applications/${boApp}/decision`, { decision: 'declined' });
    expect([noReason.status, noReason.body.code]).toEqual([400, 'training.decline_reason_required']);
    const declined = await staff.post(`/api/training/applications/${boApp}/decision`, {
      decision: 'declined',
      reason: '这一期名额已满，下一期优先',
    });
    expect(declined.body.status).toBe('declined');
    expect((await staff.post(`/api/training/applications/${boApp}/decision`, { decision: 'accepted' })).body.code).toBe(
      'training.application_decided',
    );

    const sessionIds: string[] = [];
    for (const number of [1, 2, 3]) {
      const made = await staff.post(`/api/training/cohorts/${cohortId}/sessions`, {
        number,
        heldOn: `2026-06-0${number}`,
        topic: number === 1 ? '开班仪式与班委竞选' : `第${number}课`,
        isOpeningCeremony: number === 1,
      });
      expect(made.status).toBe(201);
      sessionIds.push(made.body.id);
    }
    const again = await staff.post(`/api/training/cohorts/${cohortId}/sessions`, {
      number: 2,
      heldOn: '2026-06-09',
      topic: '重复',
    });
    expect(again.body.code).toBe('training.session_number_taken');

    // The declined applicant cannot be ticked present; the assistant may tick the roll call.
    expect(
      (await put(staff, `/api/training/sessions/${sessionIds[0]}/attendance`, { applicationIds: [boApp] })).body.code,
    ).toBe('training.not_accepted');
    const assistant = await api.as('assistant');
    for (const sessionId of sessionIds)
      expect(
        (await put(assistant, `/api/training/sessions/${sessionId}/attendance`, { applicationIds: [anaApp] })).status,
      ).toBe(200);
    expect(
      (await put(staff, `/api/training/sessions/${sessionIds[0]}/attendance`, { applicationIds: [anaApp, caiApp] }))
        .status,
    ).toBe(200);

    // A session linked to an activity shows who signed in on its page, beside the roll call.
    const activity = await api.db
      .selectFrom('activity_sign_ins')
      .select(['activity_id', 'name'])
      .where('street_id', '=', ids.mainStreetId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    expect(
      (await put(staff, `/api/training/sessions/${sessionIds[1]}/activity`, { activityId: activity.activity_id }))
        .status,
    ).toBe(200);
    const committee = await put(staff, `/api/training/cohorts/${cohortId}/committee`, {
      posts: [
        { post: '班长', applicationId: anaApp },
        { post: '学习委员', applicationId: caiApp },
      ],
    });
    expect(committee.status).toBe(200);

    // Default rule: all planned sessions but one — 2 of 3. Ana came to 3, Cai to 1.
    const graduated = await staff.post(`/api/training/cohorts/${cohortId}/graduation`);
    expect(graduated.status).toBe(200);
    expect(graduated.body).toEqual({ graduated: [anaApp], notGraduated: [caiApp] });
    expect((await staff.post(`/api/training/cohorts/${cohortId}/graduation`)).body.code).toBe(
      'training.already_graduated',
    );

    const page = await staff.get(`/api/training/cohorts/${cohortId}`);
    expect(page.status).toBe(200);
    expect(page.body.cohort.minimumSessionsAttended).toBe(2);
    expect(page.body.cohort.figures).toEqual({
      applied: 3,
      accepted: 2,
      declined: 1,
      attendedPerSession: [
        { number: 1, attended: 2 },
        { number: 2, attended: 1 },
        { number: 3, attended: 1 },
      ],
      graduated: 1,
    });
    const byId = new Map(page.body.applications.map((a: { id: string }) => [a.id, a]));
    expect(byId.get(anaApp)).toMatchObject({
      person: { name: ana.name },
      guarantor: { name: guarantor.name },
      graduated: true,
    });
    expect(byId.get(boApp)).toMatchObject({ status: 'declined', decisionReason: '这一期名额已满，下一期优先' });
    const linked = page.body.sessions.find((s: { number: number }) => s.number === 2);
    expect(linked.activityId).toBe(activity.activity_id);
    expect(linked.signInNames).toContain(activity.name);
    expect(linked.presentApplicationIds).toEqual([anaApp]);
    const history = await staff.get(`/api/people/${guarantor.id}/training`);
    expect(history.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ applicationId: anaApp, as: 'guarantor', applicantName: ana.name }),
      ]),
    );
    const anaHistory = await staff.get(`/api/people/${ana.id}/training`);
    expect(anaHistory.body.items).toEqual([expect.objectContaining({ cohortId, as: 'applicant', graduated: true })]);
    const roster = await staff.get(`/api/training/cohorts/${cohortId}/roster.xlsx`);
    expect(roster.status).toBe(200);
    expect(roster.headers.get('content-type')).toContain('spreadsheetml');
    expect(roster.bytes.length).toBeGreaterThan(1000);
    expect(page.body.committee).toEqual(
      expect.arrayContaining([
        { post: '班长', applicationId: anaApp },
        { post: '学习委员', applicationId: caiApp },
      ]),
    );
  });

  it('refuses a guarantor who is the applicant, and a second application of the same person', async () => {
    const cohortId = await openCohort(staff, ids.mainStreetId);
    const [person, guarantor] = await peopleOfStreet(api.db, ids.mainStreetId, 2);
    if (!person || !guarantor) throw new Error('the demo street has people');
    const self = await staff.post(`/api/training/cohorts/${cohortId}/applications`, {
      personId: person.id,
      guarantorPersonId: person.id,
      origin: 'resident',
    });
    expect([self.status, self.body.code]).toEqual([400, 'training.guarantor_is_applicant']);
    const body = { personId: person.id, guarantorPersonId: guarantor.id, origin: 'partner_ngo_staff' };
    expect((await staff.post(`/api/training/cohorts/${cohortId}/applications`, body)).status).toBe(201);
    expect((await staff.post(`/api/training/cohorts/${cohortId}/applications`, body)).body.code).toBe(
      'training.already_applied',
    );
  });

  it('refuses an attendance rule above the sessions planned', async () => {
    const programmes = await staff.get('/api/training/programmes');
    const programmeId = programmes.body.programmes.find(
      (p: { streetId: string }) => p.streetId === ids.mainStreetId,
    ).id;
    const answer = await staff.post(`/api/training/programmes/${programmeId}/cohorts`, {
      name: '第九期',
      startsOn: '2026-09-01',
      plannedSessions: 6,
      minimumSessionsAttended: 7,
      commitmentText: '承诺',
    });
    expect([answer.status, answer.body.code]).toEqual([400, 'training.rule_above_planned']);
  });
});

describe('who reads a cohort', () => {
  it('shows officials of its street the figures without names, and refuses another street', async () => {
    const admin = await api.as('admin');
    const here = await openCohort(staff, ids.mainStreetId, { name: '街道班' });
    const there = await openCohort(admin, ids.otherStreetId, { name: '邻街班' });
    const street = await api.as('street');
    const seen = await street.get(`/api/training/cohorts/${here}`);
    expect(seen.status).toBe(200);
    expect(seen.body.applications).toBeUndefined();
    expect(seen.body.cohort.figures.applied).toBe(0);
    expect((await street.get(`/api/training/cohorts/${there}`)).status).toBe(403);
    expect((await staff.get(`/api/training/cohorts/${there}`)).status).toBe(403);
    const listed = await street.get('/api/training/programmes');
    const cohortIds = listed.body.programmes.flatMap((p: { cohorts: { id: string }[] }) => p.cohorts.map((c) => c.id));
    expect(cohortIds).toContain(here);
    expect(cohortIds).not.toContain(there);
  });
});

describe('graduation is all or nothing', () => {
  it('marks no graduate when the cohort cannot be marked graduated', async () => {
    const cohortId = await openCohort(staff, ids.mainStreetId, { plannedSessions: 1 });
    const [person, guarantor] = await peopleOfStreet(api.db, ids.mainStreetId, 2);
    if (!person || !guarantor) throw new Error('the demo street has people');
    const applied = await staff.post(`/api/training/cohorts/${cohortId}/applications`, {
      personId: person.id,
      guarantorPersonId: guarantor.id,
      origin: 'activist',
    });
    await acceptApplication(staff, applied.body.id);
    const session = await staff.post(`/api/training/cohorts/${cohortId}/sessions`, {
      number: 1,
      heldOn: '2026-06-01',
      topic: '唯一一课',
    });
    await put(staff, `/api/training/sessions/${session.body.id}/attendance`, { applicationIds: [applied.body.id] });

    const restore = await failWritesTo(api.db, 'training_cohorts', 'update');
    try {
      const answer = await staff.post(`/api/training/cohorts/${cohortId}/graduation`);
      expect([answer.status, answer.body.code]).toEqual([500, 'server.error']);
    } finally {
      await restore();
    }
    const graduates = () =>
      api.db
        .selectFrom('training_applications')
        .select('id')
        .where('cohort_id', '=', cohortId)
        .where('graduated', '=', true)
        .execute();
    expect(await graduates()).toEqual([]);
    expect((await staff.post(`/api/training/cohorts/${cohortId}/graduation`)).body.graduated).toEqual([
      applied.body.id,
    ]);
    expect(await graduates()).toHaveLength(1);
  });
});

describe("a person's export and erasure reach their applications", () => {
  it('exports the application and interview, and the guarantee; erasure removes what was noted', async () => {
    const cohortId = await openCohort(staff, ids.mainStreetId, { name: '隐私班' });
    const [person, guarantor] = await peopleOfStreet(api.db, ids.mainStreetId, 2);
    if (!person || !guarantor) throw new Error('the demo street has people');
    const applied = await staff.post(`/api/training/cohorts/${cohortId}/applications`, {
      personId: person.id,
      guarantorPersonId: guarantor.id,
      origin: 'resident',
      motivation: '照顾老伴之余想学点东西',
    });
    await staff.post(`/api/training/applications/${applied.body.id}/interview`, {
      interviewedOn: '2026-06-20',
      result: 'wait',
      notes: '家里老伴需要照顾，时间难定',
    });
    const exported = await staff.get(`/api/people/${person.id}/export`);
    expect(exported.status).toBe(200);
    const text = JSON.stringify(exported.body);
    expect(text).toContain(applied.body.id);
    expect(text).toContain('家里老伴需要照顾');
    expect(JSON.stringify((await staff.get(`/api/people/${guarantor.id}/export`)).body)).toContain(applied.body.id);

    expect((await staff.post(`/api/people/${person.id}/erase`)).status).toBe(200);
    const row = await api.db
      .selectFrom('training_applications')
      .selectAll()
      .where('id', '=', applied.body.id)
      .executeTakeFirstOrThrow();
    expect([row.motivation, row.interview_notes]).toEqual(['', null]);
    expect(row.status).toBe('interviewed');
    const trail = await api.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('table_name', '=', 'training_applications')
      .where('record_id', '=', applied.body.id)
      .execute();
    expect(trail.length).toBeGreaterThan(0);
    expect(JSON.stringify(trail)).not.toContain('老伴');
  });
});

describe('the demo street', () => {
  it('shows a 友邻学社 cohort that has run and graduated, and the next one taking applications', async () => {
    const listed = await staff.get('/api/training/programmes');
    const school = listed.body.programmes.find(
      (p: { name: string; cohorts: unknown[] }) => p.name === '友邻学社' && p.cohorts.length >= 2,
    );
    const second = school.cohorts.find((c: { name: string }) => c.name === '第二期');
    expect(second.figures.applied).toBe(12);
    expect(second.figures.declined).toBe(2);
    expect(second.figures.attendedPerSession).toHaveLength(8);
    expect(second.figures.graduated).toBeGreaterThan(5);
  });
});
