import { randomUUID } from 'node:crypto';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';

/** Access rows for the coaching sessions, cultivation plans and workload routes (see access-control.test.ts). */

/**
 * One session of the main organization and its plan, made once per database straight in the tables
 * (the rows must not depend on the demo having coaching data), with people present for the
 * personal-data check.
 */
const fixtures = new WeakMap<object, Promise<{ sessionId: string }>>();

function fixture({ db, ids }: AccessContext) {
  let made = fixtures.get(db);
  if (!made) {
    made = (async () => {
      const sessionId = randomUUID();
      const staff = await db.selectFrom('users').select('id').where('username', '=', 'staff').executeTakeFirstOrThrow();
      await db
        .insertInto('coaching_sessions')
        .values({
          id: sessionId,
          street_id: ids.mainStreetId,
          kind: 'open_day',
          held_on: '2026-06-29',
          duration_minutes: 90,
          topic: '访问控制测试辅导',
          updated_at: new Date('2026-06-29T08:00:00Z'),
        })
        .execute();
      await db
        .insertInto('coaching_session_organizations')
        .values({ session_id: sessionId, organization_id: ids.organizationId, street_id: ids.mainStreetId })
        .execute();
      await db
        .insertInto('coaching_session_staff')
        .values({ session_id: sessionId, user_id: staff.id, street_id: ids.mainStreetId })
        .execute();
      // Present: the leader, and a resident of the home community who is in no team of the street.
      const [leader, resident] = await Promise.all([
        db.selectFrom('users').select('person_id').where('username', '=', 'leader').executeTakeFirstOrThrow(),
        db
          .selectFrom('people')
          .select('id')
          .where('community_id', '=', ids.homeCommunityId)
          .where('id', 'not in', db.selectFrom('organization_members').select('person_id'))
          .orderBy('id')
          .executeTakeFirstOrThrow(),
      ]);
      await db
        .insertInto('coaching_session_people')
        .values(
          [leader.person_id ?? '', resident.id].map((person_id) => ({
            session_id: sessionId,
            person_id,
            street_id: ids.mainStreetId,
          })),
        )
        .execute();
      const plan = await db
        .selectFrom('cultivation_plans')
        .select('id')
        .where('organization_id', '=', ids.organizationId)
        .executeTakeFirst();
      if (!plan)
        await db
          .insertInto('cultivation_plans')
          .values({
            id: randomUUID(),
            street_id: ids.mainStreetId,
            organization_id: ids.organizationId,
            goal: '访问控制测试计划',
            updated_at: new Date('2026-06-29T08:00:00Z'),
          })
          .execute();
      return { sessionId };
    })();
    fixtures.set(db, made);
  }
  return made;
}

const sessionBody = (organizationId: string, n: number) => ({
  kind: 'open_day',
  heldOn: '2026-06-28',
  durationMinutes: 60,
  organizationIds: [organizationId],
  topic: `访问控制 ${n}`,
});

const team = { admin: 200, staff: 200, assistant: 200 };
const teamAndLeader = { ...team, leader: 200 };
const figureReaders = all(200, { leader: 403, member: 403, expert: 403, leader2: 403, member2: 403 });
const period = 'from=2026-04-22&to=2026-06-30';

export const coachingAccessRows: AccessRow[] = [
  {
    name: 'list coaching sessions',
    route: 'GET /api/coaching-sessions',
    call: (c) => c.get('/api/coaching-sessions?from=2026-06-01&to=2026-06-30'),
    expect: all(403, { ...teamAndLeader, leader2: 200 }),
  },
  {
    name: 'a coaching session of the main organization',
    route: 'GET /api/coaching-sessions/{id}',
    call: async (c, ctx) => c.get(`/api/coaching-sessions/${(await fixture(ctx)).sessionId}`),
    expect: all(403, teamAndLeader),
  },
  {
    name: 'record a coaching session of the main organization',
    route: 'POST /api/coaching-sessions',
    call: (c, { ids, n }) => c.post('/api/coaching-sessions', sessionBody(ids.organizationId, n)),
    expect: all(403, { admin: 201, staff: 201, assistant: 201 }),
  },
  {
    name: 'record a coaching session of the other street’s organization',
    route: 'POST /api/coaching-sessions',
    call: (c, { ids, n }) => c.post('/api/coaching-sessions', sessionBody(ids.otherOrganizationId, n)),
    expect: all(403, { admin: 201 }),
  },
  {
    name: 'change a coaching session of the main organization',
    route: 'PATCH /api/coaching-sessions/{id}',
    call: async (c, ctx) =>
      c.patch(`/api/coaching-sessions/${(await fixture(ctx)).sessionId}`, { outcomeNotes: `改 ${ctx.n}` }),
    expect: all(403, team),
  },
  {
    name: 'the staff who can run a session',
    route: 'GET /api/coaching/staff',
    call: (c) => c.get('/api/coaching/staff'),
    expect: all(403, team),
  },
  {
    name: 'the main organization’s cultivation plan',
    route: 'GET /api/organizations/{id}/cultivation-plan',
    call: async (c, ctx) => {
      await fixture(ctx);
      return c.get(`/api/organizations/${ctx.ids.organizationId}/cultivation-plan`);
    },
    expect: all(403, teamAndLeader),
  },
  {
    name: 'replace the main organization’s cultivation plan',
    route: 'PUT /api/organizations/{id}/cultivation-plan',
    call: async (c, ctx) => {
      await fixture(ctx);
      return c.call('PUT', `/api/organizations/${ctx.ids.organizationId}/cultivation-plan`, {
        goal: `访问控制 ${ctx.n}`,
        supportKinds: ['skills'],
      });
    },
    expect: all(403, { admin: 200, staff: 200 }),
  },
  {
    name: 'review the main organization’s cultivation plan',
    route: 'POST /api/organizations/{id}/cultivation-plan/reviews',
    call: async (c, ctx) => {
      await fixture(ctx);
      return c.post(`/api/organizations/${ctx.ids.organizationId}/cultivation-plan/reviews`, {
        reviewedOn: '2026-06-30',
        whatChanged: `访问控制 ${ctx.n}`,
      });
    },
    expect: all(403, { admin: 201, staff: 201 }),
  },
  {
    name: 'overdue next steps across organizations',
    route: 'GET /api/coaching/overdue-plans',
    call: (c) => c.get('/api/coaching/overdue-plans'),
    expect: all(403, team),
  },
  {
    name: 'staff hours on the main organization',
    route: 'GET /api/organizations/{id}/staff-hours',
    call: (c, { ids }) => c.get(`/api/organizations/${ids.organizationId}/staff-hours`),
    expect: all(200, { member: 403, expert: 403, leader2: 403, member2: 403 }),
  },
  {
    name: 'the coaching workload',
    route: 'GET /api/coaching/workload',
    call: (c) => c.get(`/api/coaching/workload?${period}`),
    expect: figureReaders,
  },
  {
    name: 'the coaching sessions as CSV',
    route: 'GET /api/coaching/workload.csv',
    call: (c) => c.get(`/api/coaching/workload.csv?${period}`),
    expect: figureReaders,
  },
];
