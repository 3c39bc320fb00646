import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { acceptApplication, openCohort } from '../support/training';

/**
 * A cohort's attendance through the activities' own sign-in (issue 17: "sessions with attendance
 * through the existing sign-in"): an accepted applicant who scans the QR code at a session's
 * activity is present without a tick — matched by phone, as the volunteers' sign-in matches — and
 * the graduation rule counts it.
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

/** People of the main street whose phone no other record of the street shares. */
async function peopleWithOwnPhone(count: number) {
  const rows = await api.db
    .selectFrom('people')
    .select(['id', 'name', 'phone'])
    .where('street_id', '=', ids.mainStreetId)
    .where('erased_at', 'is', null)
    .where('merged_into', 'is', null)
    .where('phone', 'is not', null)
    .where('id', 'not in', api.db.selectFrom('training_applications').select('person_id'))
    .where('phone', 'in', (eb) =>
      eb
        .selectFrom('people')
        .select('phone')
        .where('street_id', '=', ids.mainStreetId)
        .where('phone', 'is not', null)
        .groupBy('phone')
        .having((h) => h.fn.countAll(), '=', 1),
    )
    .orderBy('id')
    .limit(count)
    .execute();
  if (rows.length < count) throw new Error('the demo street has people with phones');
  return rows as { id: string; name: string; phone: string }[];
}

/** Two activities of one organization of the main street that no merge has touched. */
async function twoActivitiesOfOneTeam() {
  const rows = await api.db
    .selectFrom('activity_organizations as ao')
    .innerJoin('activities as a', 'a.id', 'ao.activity_id')
    .select(['ao.organization_id', 'a.id'])
    .where('a.street_id', '=', ids.mainStreetId)
    .where('a.merged_into_id', 'is', null)
    .where(
      'a.id',
      'not in',
      api.db.selectFrom('activities').select('merged_into_id').where('merged_into_id', 'is not', null),
    )
    .orderBy('a.id')
    .execute();
  for (const row of rows) {
    const other = rows.find((r) => r.organization_id === row.organization_id && r.id !== row.id);
    if (other) return [row.id, other.id] as const;
  }
  throw new Error('the demo street has a team with two activities');
}

async function signIn(activityId: string, person: { name: string; phone: string | null }) {
  await api.db
    .insertInto('activity_sign_ins')
    .values({
      id: randomUUID(),
      street_id: ids.mainStreetId,
      activity_id: activityId,
      name: person.name,
      phone: person.phone,
      has_phone: person.phone !== null,
      identity_key: person.phone ? `phone:${person.phone}` : `name:${person.name}`,
      signed_at: new Date('2026-07-02T01:00:00Z'),
    })
    .execute();
}

/** A cohort of `planned` sessions held in early June (the test clock's today is 2026-06-30), with `applicants` accepted; returns the ids. */
async function cohortWith(applicants: { id: string }[], planned: number, minimum: number) {
  const cohortId = await openCohort(staff, ids.mainStreetId, {
    plannedSessions: planned,
    minimumSessionsAttended: minimum,
  });
  const [guarantor] = await peopleWithOwnPhone(applicants.length + 1).then((p) => p.slice(-1));
  const applicationIds: string[] = [];
  for (const person of applicants) {
    const applied = await staff.post(`/api/training/cohorts/${cohortId}/applications`, {
      personId: person.id,
      guarantorPersonId: guarantor?.id,
      origin: 'activist',
    });
    expect(applied.status).toBe(201);
    await acceptApplication(staff, applied.body.id);
    applicationIds.push(applied.body.id);
  }
  const sessionIds: string[] = [];
  for (let number = 1; number <= planned; number++) {
    const made = await staff.post(`/api/training/cohorts/${cohortId}/sessions`, {
      number,
      heldOn: `2026-06-0${number}`,
      topic: `第${number}课`,
    });
    expect(made.status).toBe(201);
    sessionIds.push(made.body.id);
  }
  return { cohortId, applicationIds, sessionIds };
}

describe('a session linked to an activity', () => {
  it('counts the applicants who signed in there with their phone, and graduation follows', async () => {
    const [ana, bo, cai, namesake] = await peopleWithOwnPhone(4);
    if (!ana || !bo || !cai || !namesake) throw new Error('four people');
    const { cohortId, applicationIds, sessionIds } = await cohortWith([ana, bo, cai], 2, 2);
    const [anaApp, boApp, caiApp] = applicationIds as [string, string, string];
    const [first, second] = sessionIds as [string, string];
    expect(
      (await put(staff, `/api/training/sessions/${first}/attendance`, { applicationIds: applicationIds })).status,
    ).toBe(200);

    const [activityId] = await twoActivitiesOfOneTeam();
    expect((await put(staff, `/api/training/sessions/${second}/activity`, { activityId })).status).toBe(200);
    // Ana scans with her own phone; Bo signs in by name only (no phone: nothing to match him by);
    // Cai's phone is shared with another record of the street, so it matches nobody.
    await signIn(activityId, ana);
    await signIn(activityId, { name: bo.name, phone: null });
    await api.db.updateTable('people').set({ phone: cai.phone }).where('id', '=', namesake.id).execute();
    await signIn(activityId, cai);

    const page = await staff.get(`/api/training/cohorts/${cohortId}`);
    const linked = page.body.sessions.find((s: { id: string }) => s.id === second);
    expect(linked.signedInApplicationIds).toEqual([anaApp]);
    expect(linked.presentApplicationIds).toEqual([]);
    expect(page.body.cohort.figures.attendedPerSession).toEqual([
      { number: 1, attended: 3 },
      { number: 2, attended: 1 },
    ]);
    const attended = new Map(
      page.body.applications.map((a: { id: string; sessionsAttended: number }) => [a.id, a.sessionsAttended]),
    );
    expect([attended.get(anaApp), attended.get(boApp), attended.get(caiApp)]).toEqual([2, 1, 1]);

    // A tick and a sign-in of the same applicant count once.
    await put(staff, `/api/training/sessions/${second}/attendance`, { applicationIds: [anaApp, boApp] });
    const graduated = await staff.post(`/api/training/cohorts/${cohortId}/graduation`);
    expect(graduated.status).toBe(200);
    expect(graduated.body).toEqual({ graduated: [anaApp, boApp].sort(), notGraduated: [caiApp] });

    // The roster sheet ticks a sign-in like a tick, in the screen's words for origin and step.
    const roster = await staff.get(`/api/training/cohorts/${cohortId}/roster.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(roster.bytes as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    book.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const anaRow = rows.find((row) => row[0] === ana.name);
    expect(anaRow?.slice(1, 2)).toEqual(['社区骨干']);
    expect(anaRow?.slice(3, 4)).toEqual(['已录取']);
    expect(anaRow?.slice(6, 8)).toEqual(['✓', '✓']);
  });

  it('follows its activity when that record is merged into another', async () => {
    const [dan] = await peopleWithOwnPhone(1);
    if (!dan) throw new Error('one person');
    const { cohortId, applicationIds, sessionIds } = await cohortWith([dan], 1, 1);
    const [kept, merged] = await twoActivitiesOfOneTeam();
    await put(staff, `/api/training/sessions/${sessionIds[0]}/activity`, { activityId: merged });
    await signIn(merged, dan);

    const answer = await staff.post('/api/activity-duplicates/merge', { keepId: kept, mergeId: merged });
    expect(answer.status).toBe(200);
    const page = await staff.get(`/api/training/cohorts/${cohortId}`);
    expect(page.body.sessions[0]).toMatchObject({ activityId: kept, signedInApplicationIds: applicationIds });
    // The merge's audit entry names the session it moved.
    const trail = await api.db
      .selectFrom('audit_log')
      .select('after')
      .where('table_name', '=', 'activities')
      .where('record_id', 'in', [kept, merged])
      .execute();
    expect(JSON.stringify(trail)).toContain(sessionIds[0]);
  });
});

describe('graduation waits for the last session', () => {
  it('refuses a cohort whose sessions are not all planned, or whose last one is still to come', async () => {
    const [eva] = await peopleWithOwnPhone(1);
    if (!eva) throw new Error('one person');
    const { cohortId, applicationIds, sessionIds } = await cohortWith([eva], 2, 1);
    await put(staff, `/api/training/sessions/${sessionIds[0]}/attendance`, { applicationIds });
    await api.db
      .deleteFrom('training_sessions')
      .where('id', '=', sessionIds[1] as string)
      .execute();

    const graduated = () =>
      staff.call('POST', `/api/training/cohorts/${cohortId}/graduation`, {}, { 'accept-language': 'en' });
    const onePlanned = await graduated();
    expect([onePlanned.status, onePlanned.body.code]).toEqual([409, 'training.sessions_not_over']);
    expect(onePlanned.body.message).toMatch(/last session/);
    // The last session is planned for tomorrow (the test clock's today is 2026-06-30).
    await staff.post(`/api/training/cohorts/${cohortId}/sessions`, { number: 2, heldOn: '2026-07-01', topic: '结业' });
    expect((await graduated()).body.code).toBe('training.sessions_not_over');
    const cohort = await api.db
      .selectFrom('training_cohorts')
      .select('graduated_on')
      .where('id', '=', cohortId)
      .executeTakeFirstOrThrow();
    expect(cohort.graduated_on).toBeNull();
    expect(
      await api.db
        .selectFrom('training_applications')
        .select('id')
        .where('graduated', '=', true)
        .where('cohort_id', '=', cohortId)
        .execute(),
    ).toEqual([]);

    api.clock.advanceMinutes(24 * 60);
    try {
      expect((await graduated()).body.graduated).toEqual(applicationIds);
    } finally {
      api.clock.advanceMinutes(-24 * 60);
    }
  });
});
