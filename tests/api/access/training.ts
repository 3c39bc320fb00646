import { randomUUID } from 'node:crypto';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';

/** Access rows for the training programme routes (issue 17; see access-control.test.ts). */

interface Fixture {
  programmeId: string;
  cohortId: string;
  otherStreetCohortId: string;
  sessionId: string;
  acceptedApplicationId: string;
  applicantId: string;
  guarantorId: string;
}

const fixtures = new WeakMap<object, Promise<Fixture>>();

/** A cohort straight in the tables (the rows must not depend on the demo having training data). */
export async function insertCohort({ db }: AccessContext, streetId: string, programmeId: string) {
  const id = randomUUID();
  await db
    .insertInto('training_cohorts')
    .values({
      id,
      street_id: streetId,
      programme_id: programmeId,
      name: '访问控制测试班',
      starts_on: '2026-06-01',
      planned_sessions: 8,
      minimum_sessions_attended: 7,
      commitment_text: '访问控制测试承诺',
      updated_at: new Date('2026-06-01T00:00:00Z'),
    })
    .execute();
  return id;
}

export async function insertProgramme({ db }: AccessContext, streetId: string) {
  const id = randomUUID();
  await db
    .insertInto('training_programmes')
    .values({ id, street_id: streetId, name: '访问控制学社', kind: 'neighbour_school', updated_at: new Date() })
    .execute();
  return id;
}

/** One application per call at the given step, so each write row has its own record to act on. */
async function insertApplication(ctx: AccessContext, status: 'applied' | 'interviewed' | 'committed' | 'accepted') {
  const f = await fixture(ctx);
  const cohortId = await insertCohort(ctx, ctx.ids.mainStreetId, f.programmeId);
  const id = randomUUID();
  await ctx.db
    .insertInto('training_applications')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      cohort_id: cohortId,
      person_id: f.applicantId,
      guarantor_person_id: f.guarantorId,
      origin: 'activist',
      status,
      interview_result: status === 'applied' ? null : 'pass',
      interviewed_on: status === 'applied' ? null : '2026-06-01',
      interview_notes: status === 'applied' ? null : '访问控制面试记录',
      updated_at: new Date('2026-06-01T00:00:00Z'),
    })
    .execute();
  return id;
}

function fixture(ctx: AccessContext): Promise<Fixture> {
  let made = fixtures.get(ctx.db);
  if (!made) {
    made = (async () => {
      const { db, ids } = ctx;
      // Applicant and guarantor: residents of the home community in no team (names the scan must meet).
      const people = await db
        .selectFrom('people')
        .select('id')
        .where('community_id', '=', ids.homeCommunityId)
        .where('id', 'not in', db.selectFrom('organization_members').select('person_id'))
        .orderBy('id')
        .limit(2)
        .execute();
      const [applicant, guarantor] = people;
      if (!applicant || !guarantor) throw new Error('the home community has residents in no team');
      const programmeId = await insertProgramme(ctx, ids.mainStreetId);
      const cohortId = await insertCohort(ctx, ids.mainStreetId, programmeId);
      const otherStreetCohortId = await insertCohort(
        ctx,
        ids.otherStreetId,
        await insertProgramme(ctx, ids.otherStreetId),
      );
      const sessionId = randomUUID();
      await db
        .insertInto('training_sessions')
        .values({
          id: sessionId,
          street_id: ids.mainStreetId,
          cohort_id: cohortId,
          number: 1,
          held_on: '2026-06-02',
          topic: '开班仪式',
        })
        .execute();
      const acceptedApplicationId = randomUUID();
      await db
        .insertInto('training_applications')
        .values({
          id: acceptedApplicationId,
          street_id: ids.mainStreetId,
          cohort_id: cohortId,
          person_id: applicant.id,
          guarantor_person_id: guarantor.id,
          origin: 'resident',
          status: 'accepted',
          interview_result: 'pass',
          interviewed_on: '2026-06-01',
          updated_at: new Date('2026-06-01T00:00:00Z'),
        })
        .execute();
      await db
        .insertInto('training_attendance')
        .values({
          id: randomUUID(),
          street_id: ids.mainStreetId,
          session_id: sessionId,
          application_id: acceptedApplicationId,
          recorded_by: null,
        })
        .execute();
      return {
        programmeId,
        cohortId,
        otherStreetCohortId,
        sessionId,
        acceptedApplicationId,
        applicantId: applicant.id,
        guarantorId: guarantor.id,
      };
    })();
    fixtures.set(ctx.db, made);
  }
  return made;
}

const readers = all(403, { admin: 200, staff: 200, assistant: 200, official: 200, street: 200, funder: 200 });
const managers = (status: number) => all(403, { admin: status, staff: status });
const put = (c: Parameters<AccessRow['call']>[0], path: string, body: unknown) => c.call('PUT', path, body);

export const trainingAccessRows: AccessRow[] = [
  {
    name: 'list training programmes and cohorts',
    route: 'GET /api/training/programmes',
    call: async (c, ctx) => {
      await fixture(ctx);
      return c.get('/api/training/programmes');
    },
    expect: readers,
  },
  {
    name: 'start a training programme in the main street',
    route: 'POST /api/training/programmes',
    call: (c, { ids, n }) =>
      c.post('/api/training/programmes', { streetId: ids.mainStreetId, name: `访问控制 ${n}`, kind: 'other' }),
    expect: managers(201),
  },
  {
    name: 'start a training programme in the other street',
    route: 'POST /api/training/programmes',
    call: (c, { ids, n }) =>
      c.post('/api/training/programmes', { streetId: ids.otherStreetId, name: `访问控制 ${n}`, kind: 'other' }),
    expect: all(403, { admin: 201 }),
  },
  {
    name: 'open a cohort of a main-street programme',
    route: 'POST /api/training/programmes/{id}/cohorts',
    call: async (c, ctx) =>
      c.post(`/api/training/programmes/${(await fixture(ctx)).programmeId}/cohorts`, {
        name: `第${ctx.n}期`,
        startsOn: '2026-07-01',
        commitmentText: '承诺',
      }),
    expect: managers(201),
  },
  {
    name: 'a main-street cohort, with names for the incubator team only',
    route: 'GET /api/training/cohorts/{id}',
    call: async (c, ctx) => c.get(`/api/training/cohorts/${(await fixture(ctx)).cohortId}`),
    expect: readers,
  },
  {
    name: 'a main-street cohort’s roster (.xlsx)',
    route: 'GET /api/training/cohorts/{id}/roster.xlsx',
    call: async (c, ctx) => c.get(`/api/training/cohorts/${(await fixture(ctx)).cohortId}/roster.xlsx`),
    expect: all(403, { admin: 200, staff: 200, assistant: 200 }),
  },
  {
    name: 'the training history of an applicant',
    route: 'GET /api/people/{id}/training',
    call: async (c, ctx) => c.get(`/api/people/${(await fixture(ctx)).applicantId}/training`),
    expect: all(403, { admin: 200, staff: 200, assistant: 200 }),
  },
  {
    name: 'a cohort of the other street',
    route: 'GET /api/training/cohorts/{id}',
    call: async (c, ctx) => c.get(`/api/training/cohorts/${(await fixture(ctx)).otherStreetCohortId}`),
    expect: all(403, { admin: 200, funder: 200 }),
  },
  {
    name: 'an application to a main-street cohort',
    route: 'POST /api/training/cohorts/{id}/applications',
    call: async (c, ctx) => {
      const f = await fixture(ctx);
      const cohortId = await insertCohort(ctx, ctx.ids.mainStreetId, f.programmeId);
      return c.post(`/api/training/cohorts/${cohortId}/applications`, {
        personId: f.applicantId,
        guarantorPersonId: f.guarantorId,
        origin: 'activist',
      });
    },
    expect: managers(201),
  },
  {
    name: 'record an interview',
    route: 'POST /api/training/applications/{id}/interview',
    call: async (c, ctx) =>
      c.post(`/api/training/applications/${await insertApplication(ctx, 'applied')}/interview`, {
        interviewedOn: '2026-06-01',
        result: 'pass',
      }),
    expect: managers(200),
  },
  {
    name: 'sign the self-commitment',
    route: 'POST /api/training/applications/{id}/commitment',
    call: async (c, ctx) =>
      c.post(`/api/training/applications/${await insertApplication(ctx, 'interviewed')}/commitment`, {}),
    expect: managers(200),
  },
  {
    name: 'accept an application',
    route: 'POST /api/training/applications/{id}/decision',
    call: async (c, ctx) =>
      c.post(`/api/training/applications/${await insertApplication(ctx, 'committed')}/decision`, {
        decision: 'accepted',
      }),
    expect: managers(200),
  },
  {
    name: 'add a session to a cohort',
    route: 'POST /api/training/cohorts/{id}/sessions',
    call: async (c, ctx) => {
      const cohortId = await insertCohort(ctx, ctx.ids.mainStreetId, (await fixture(ctx)).programmeId);
      return c.post(`/api/training/cohorts/${cohortId}/sessions`, { number: 1, heldOn: '2026-07-01', topic: '开班' });
    },
    expect: managers(201),
  },
  {
    name: 'tick the roll call of a session',
    route: 'PUT /api/training/sessions/{id}/attendance',
    call: async (c, ctx) => {
      const f = await fixture(ctx);
      return put(c, `/api/training/sessions/${f.sessionId}/attendance`, { applicationIds: [f.acceptedApplicationId] });
    },
    expect: all(403, { admin: 200, staff: 200, assistant: 200 }),
  },
  {
    name: 'link a session to an activity of the main organization',
    route: 'PUT /api/training/sessions/{id}/activity',
    call: async (c, ctx) => {
      const f = await fixture(ctx);
      const activity = await ctx.db
        .selectFrom('activity_organizations')
        .select('activity_id')
        .where('organization_id', '=', ctx.ids.organizationId)
        .orderBy('activity_id')
        .executeTakeFirstOrThrow();
      return put(c, `/api/training/sessions/${f.sessionId}/activity`, { activityId: activity.activity_id });
    },
    expect: managers(200),
  },
  {
    name: 'elect the class committee',
    route: 'PUT /api/training/cohorts/{id}/committee',
    call: async (c, ctx) => {
      const f = await fixture(ctx);
      return put(c, `/api/training/cohorts/${f.cohortId}/committee`, {
        posts: [{ post: '班长', applicationId: f.acceptedApplicationId }],
      });
    },
    expect: managers(200),
  },
  {
    name: 'graduate a cohort',
    route: 'POST /api/training/cohorts/{id}/graduation',
    call: async (c, ctx) => {
      // A cohort whose one planned session is held: graduation waits for the last session.
      const cohortId = await insertCohort(ctx, ctx.ids.mainStreetId, (await fixture(ctx)).programmeId);
      await ctx.db
        .updateTable('training_cohorts')
        .set({ planned_sessions: 1, minimum_sessions_attended: 1 })
        .where('id', '=', cohortId)
        .execute();
      await ctx.db
        .insertInto('training_sessions')
        .values({
          id: randomUUID(),
          street_id: ctx.ids.mainStreetId,
          cohort_id: cohortId,
          number: 1,
          held_on: '2026-06-02',
          topic: '唯一一课',
        })
        .execute();
      return c.post(`/api/training/cohorts/${cohortId}/graduation`);
    },
    expect: managers(200),
  },
];
