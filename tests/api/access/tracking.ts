import { randomUUID } from 'node:crypto';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';

/** Access rows for the tracking logs and merging routes (see access-control.test.ts). */

/** Inserts one activity of the main organization straight in the tables; `hour` sets its start (UTC, far future). */
async function insertActivity({ db, ids }: AccessContext, startsAt: Date, title: string) {
  const id = randomUUID();
  await db
    .insertInto('activities')
    .values({
      id,
      street_id: ids.mainStreetId,
      community_id: ids.homeCommunityId,
      run_by: 'organizations',
      title,
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 3_600_000),
      openness: 'open_to_all',
      organizer_count: 1,
      served_count: 10,
      sign_in_code: `T${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`,
      updated_at: startsAt,
    })
    .execute();
  await db
    .insertInto('activity_organizations')
    .values({ activity_id: id, organization_id: ids.organizationId, street_id: ids.mainStreetId })
    .execute();
  return id;
}

/** A day of its own for call n, in 2027 (after every demo and test record), at 09:00 Shanghai. */
const dayOf = (n: number) => new Date(Date.UTC(2027, 0, 1 + n, 1, 0, 0));

/** One activity with one log by the demo staff member, made once per database. */
const fixtures = new WeakMap<object, Promise<{ activityId: string; logId: string }>>();
function fixture(context: AccessContext) {
  let made = fixtures.get(context.db);
  if (!made) {
    made = (async () => {
      const activityId = await insertActivity(context, new Date('2026-06-28T01:00:00Z'), '追踪访问控制活动');
      const staff = await context.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'staff')
        .executeTakeFirstOrThrow();
      const logId = randomUUID();
      await context.db
        .insertInto('tracking_logs')
        .values({
          id: logId,
          street_id: context.ids.mainStreetId,
          activity_id: activityId,
          organization_id: context.ids.organizationId,
          staff_user_id: staff.id,
          observed_starts_at: new Date('2026-06-28T01:00:00Z'),
          observed_ends_at: new Date('2026-06-28T02:00:00Z'),
          observed: '练舞',
          updated_at: new Date('2026-06-28T02:00:00Z'),
        })
        .execute();
      return { activityId, logId };
    })();
    fixtures.set(context.db, made);
  }
  return made;
}

/** Two overlapping records of one organization on call n's own day: a fresh suspected pair. */
async function freshPair(context: AccessContext) {
  const day = dayOf(context.n);
  const first = await insertActivity(context, day, `重复甲 ${context.n}`);
  const second = await insertActivity(context, new Date(day.getTime() + 1_800_000), `重复乙 ${context.n}`);
  return { first, second };
}

const log = (from: Date) => ({
  observedStartsAt: from.toISOString(),
  observedEndsAt: new Date(from.getTime() + 3_600_000).toISOString(),
  observed: '追踪访问控制',
});

const staffSide = (status: number) => all(403, { admin: status, staff: status, assistant: status });
const mainReaders = all(200, { expert: 403, leader2: 403, member2: 403 });

export const trackingAccessRows: AccessRow[] = [
  {
    name: 'log a tracking visit on an activity of the main organization',
    route: 'POST /api/activities/{id}/tracking-logs',
    call: async (c, ctx) =>
      c.post(`/api/activities/${(await fixture(ctx)).activityId}/tracking-logs`, log(new Date('2026-06-28T01:00:00Z'))),
    expect: staffSide(201),
  },
  {
    name: 'the tracking logs of an activity of the main organization',
    route: 'GET /api/activities/{id}/tracking-logs',
    call: async (c, ctx) => c.get(`/api/activities/${(await fixture(ctx)).activityId}/tracking-logs`),
    expect: mainReaders,
  },
  {
    name: 'log a visit without picking an activity (a day of its own: creates one)',
    route: 'POST /api/tracking-logs',
    call: (c, { ids, n }) => c.post('/api/tracking-logs', { organizationId: ids.organizationId, ...log(dayOf(n)) }),
    expect: staffSide(201),
  },
  {
    name: 'log a visit to the other street’s organization',
    route: 'POST /api/tracking-logs',
    call: (c, { ids, n }) =>
      c.post('/api/tracking-logs', { organizationId: ids.otherOrganizationId, ...log(dayOf(n)) }),
    expect: all(403, { admin: 201 }),
  },
  {
    name: 'list tracking logs',
    route: 'GET /api/tracking-logs',
    call: (c) => c.get('/api/tracking-logs'),
    expect: staffSide(200),
  },
  {
    name: 'change a log written by the staff member (its author, or staff)',
    route: 'PATCH /api/tracking-logs/{id}',
    call: async (c, ctx) => c.patch(`/api/tracking-logs/${(await fixture(ctx)).logId}`, { feelings: `感受 ${ctx.n}` }),
    expect: all(403, { admin: 200, staff: 200 }),
  },
  {
    name: 'suspected duplicates of the main street',
    route: 'GET /api/activity-duplicates',
    call: (c, { ids }) => c.get(`/api/activity-duplicates?streetId=${ids.mainStreetId}`),
    expect: staffSide(200),
  },
  {
    name: 'merge two records of the main organization',
    route: 'POST /api/activity-duplicates/merge',
    call: async (c, ctx) => {
      const { first, second } = await freshPair(ctx);
      return c.post('/api/activity-duplicates/merge', { keepId: first, mergeId: second });
    },
    expect: all(403, { admin: 200, staff: 200 }),
  },
  {
    name: 'say two records of the main organization are different activities',
    route: 'POST /api/activity-duplicates/distinct',
    call: async (c, ctx) => {
      const { first, second } = await freshPair(ctx);
      return c.post('/api/activity-duplicates/distinct', { firstId: first, secondId: second });
    },
    expect: all(403, { admin: 200, staff: 200 }),
  },
];
