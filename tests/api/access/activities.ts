import { randomUUID } from 'node:crypto';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';
import { insertPlan } from '../../support/activities';
import { postForm } from '../../support/forms';

const residentPhone = (n: number) => `137${String(n).padStart(8, '0')}`;

/** Access rows for the activities routes (see access-control.test.ts). */

/**
 * One activity and one weekly plan of the main organization, made once per database straight in
 * the tables (the rows must not depend on the demo having activities). The activity ended an hour
 * before the test clock (2026-06-30 10:00 Shanghai), so its sign-in is open. It carries every kind
 * of name an activity holds — recorded by the leader, a member and a guest taking part, feedback
 * with who said it, a self sign-in, a photo the leader uploaded — so the personal-data check of
 * access-control.test.ts sees them on each answer.
 */
const fixtures = new WeakMap<
  object,
  Promise<{ activityId: string; planId: string; code: string; todayPlanId: string; plannedCode: string }>
>();

function fixture({ db, ids }: AccessContext) {
  let made = fixtures.get(db);
  if (!made) {
    made = (async () => {
      const leader = await db
        .selectFrom('users')
        .select(['id', 'person_id'])
        .where('username', '=', 'leader')
        .executeTakeFirstOrThrow();
      const activityId = randomUUID();
      const code = 'ACCESS23';
      await db
        .insertInto('activities')
        .values({
          id: activityId,
          street_id: ids.mainStreetId,
          community_id: ids.homeCommunityId,
          run_by: 'organizations',
          title: '访问控制测试活动',
          starts_at: new Date('2026-06-30T00:00:00Z'),
          ends_at: new Date('2026-06-30T01:00:00Z'),
          openness: 'open_to_all',
          organizer_count: 2,
          served_count: 20,
          sign_in_code: code,
          updated_at: new Date('2026-06-30T01:00:00Z'),
          recorded_by: leader.id,
        })
        .execute();
      await db
        .insertInto('activity_organizations')
        .values({ activity_id: activityId, organization_id: ids.organizationId, street_id: ids.mainStreetId })
        .execute();
      const street_id = ids.mainStreetId;
      const activity_id = activityId;
      await db
        .insertInto('activity_participants')
        .values([
          {
            id: randomUUID(),
            street_id,
            activity_id,
            person_id: leader.person_id,
            guest_name: null,
            role: 'organizer',
          },
          { id: randomUUID(), street_id, activity_id, person_id: null, guest_name: '访问来宾甲', role: 'participant' },
        ])
        .execute();
      await db
        .insertInto('activity_feedback')
        .values({ id: randomUUID(), street_id, activity_id, position: 0, text: '很开心', said_by: '访问反馈乙' })
        .execute();
      await db
        .insertInto('activity_sign_ins')
        .values({
          id: randomUUID(),
          street_id,
          activity_id,
          name: '访问签到丙',
          phone: '13700001111',
          has_phone: true,
          identity_key: 'access-fixture',
          signed_at: new Date('2026-06-30T00:30:00Z'),
        })
        .execute();
      await db
        .insertInto('activity_media')
        .values({
          id: randomUUID(),
          street_id,
          activity_id,
          kind: 'photo',
          tracking_log_id: null,
          uploaded_by: leader.id,
          content_hash: 'access-fixture',
          file_key: 'access-fixture.jpg',
          thumbnail_key: null,
          mime_type: 'image/jpeg',
          byte_size: 1,
          width: 1,
          height: 1,
          caption: null,
        })
        .execute();
      const planId = await insertPlan(db, ids, {
        title: '每周四 练舞',
        openness: 'members_only',
        startsOn: '2026-01-01',
        startTime: '19:00',
        durationMinutes: 60,
        recurrence: { kind: 'weekly', everyWeeks: 1 },
      });
      // A plan that takes place today (09:30 Shanghai) with its code reserved and no record yet:
      // the first public sign-in below makes the record from it (issue 16, QR before the activity).
      const plannedCode = 'PLAN2345';
      const todayPlanId = await insertPlan(db, ids, {
        title: '访问控制预告 今天',
        startsOn: '2026-06-30',
        startTime: '09:30',
        durationMinutes: 120,
        recurrence: { kind: 'once' },
      });
      await db
        .insertInto('occurrence_sign_in_codes')
        .values({
          id: randomUUID(),
          street_id: ids.mainStreetId,
          planned_activity_id: todayPlanId,
          occurrence_on: '2026-06-30',
          code: plannedCode,
        })
        .execute();
      return { activityId, planId, code, todayPlanId, plannedCode };
    })();
    fixtures.set(db, made);
  }
  return made;
}

/** A Thursday of the weekly plan that no other call has used. */
function thursday(n: number) {
  return new Date(Date.UTC(2026, 0, 1 + 7 * n)).toISOString().slice(0, 10);
}

async function leaderPersonId({ db }: AccessContext) {
  const user = await db
    .selectFrom('users')
    .select('person_id')
    .where('username', '=', 'leader')
    .executeTakeFirstOrThrow();
  return user.person_id!;
}

const activityBody = (organizationId: string, n: number) => ({
  organizationIds: [organizationId],
  title: `访问控制 ${n}`,
  startsAt: '2026-06-29T09:00:00+08:00',
  endsAt: '2026-06-29T10:00:00+08:00',
  openness: 'members_only',
  organizerCount: 1,
  servedCount: 5,
});

const readers = all(200, { expert: 403 });
const mainReaders = all(200, { expert: 403, leader2: 403, member2: 403 });
const recorders = all(403, { admin: 201, staff: 201, leader: 201, deputy: 201 });
const range = 'from=2026-01-01&to=2026-12-31';
/** Those who record and announce the main organization's activities, answered with 200 (a read). */
const planners = all(403, { admin: 200, staff: 200, leader: 200, deputy: 200 });
/** The access fixture's activity overlaps it. */
const duplicateStart = encodeURIComponent('2026-06-30T08:30:00+08:00');

export const activitiesAccessRows: AccessRow[] = [
  {
    name: 'list activities',
    route: 'GET /api/activities',
    call: (c) => c.get('/api/activities'),
    expect: readers,
  },
  {
    name: 'an activity of the main organization',
    route: 'GET /api/activities/{id}',
    call: async (c, ctx) => c.get(`/api/activities/${(await fixture(ctx)).activityId}`),
    expect: mainReaders,
  },
  {
    name: 'record an activity of the main organization',
    route: 'POST /api/activities',
    call: (c, { ids, n }) =>
      c.call('POST', '/api/activities', activityBody(ids.organizationId, n), { 'idempotency-key': `access-row-${n}` }),
    expect: recorders,
  },
  {
    name: 'record an activity of the other street’s organization',
    route: 'POST /api/activities',
    call: (c, { ids, n }) =>
      c.call('POST', '/api/activities', activityBody(ids.otherOrganizationId, n), {
        'idempotency-key': `access-row-${n}`,
      }),
    expect: all(403, { admin: 201, leader2: 201 }),
  },
  {
    name: 'change an activity of the main organization',
    route: 'PATCH /api/activities/{id}',
    call: async (c, ctx) => c.patch(`/api/activities/${(await fixture(ctx)).activityId}`, { servedCount: 20 + ctx.n }),
    expect: all(403, { admin: 200, staff: 200, leader: 200, deputy: 200 }),
  },
  {
    name: 'names signed in to an activity of the main organization',
    route: 'GET /api/activities/{id}/sign-ins',
    call: async (c, ctx) => c.get(`/api/activities/${(await fixture(ctx)).activityId}/sign-ins`),
    expect: all(403, { admin: 200, staff: 200, assistant: 200, leader: 200, deputy: 200, official: 200, street: 200 }),
  },
  {
    name: 'the sign-in page (public)',
    route: 'GET /api/sign-in/{code}',
    call: async (c, ctx) => c.get(`/api/sign-in/${(await fixture(ctx)).code}`),
    expect: all(200, { anonymous: 200 }),
  },
  {
    name: 'sign in (public)',
    route: 'POST /api/sign-in/{code}',
    call: async (c, ctx) =>
      c.post(`/api/sign-in/${(await fixture(ctx)).code}`, { name: `居民 ${ctx.n}`, consent: true }),
    expect: all(200, { anonymous: 200 }),
  },
  {
    name: 'the sign-in page of a planned date before it is held (public)',
    route: 'GET /api/sign-in/{code}',
    call: async (c, ctx) => c.get(`/api/sign-in/${(await fixture(ctx)).plannedCode}`),
    expect: all(200, { anonymous: 200 }),
  },
  {
    name: 'sign in with a planned date’s code: the first makes its record (public)',
    route: 'POST /api/sign-in/{code}',
    call: async (c, ctx) =>
      c.post(`/api/sign-in/${(await fixture(ctx)).plannedCode}`, { name: `预告居民 ${ctx.n}`, consent: true }),
    expect: all(200, { anonymous: 200 }),
  },
  {
    name: 'the sign-in code of a planned date of the main organization (reserved on first ask)',
    route: 'GET /api/planned-activities/{id}/occurrences/{date}/sign-in',
    call: async (c, ctx) =>
      c.get(`/api/planned-activities/${(await fixture(ctx)).planId}/occurrences/${thursday(ctx.n)}/sign-in`),
    expect: planners,
  },
  {
    name: 'records of the main organization that a new one would duplicate',
    route: 'GET /api/activities/possible-duplicates',
    call: (c, { ids }) =>
      c.get(`/api/activities/possible-duplicates?organizationId=${ids.organizationId}&startsAt=${duplicateStart}`),
    expect: planners,
  },
  {
    name: 'records of the other street’s organization that a new one would duplicate',
    route: 'GET /api/activities/possible-duplicates',
    call: (c, { ids }) =>
      c.get(`/api/activities/possible-duplicates?organizationId=${ids.otherOrganizationId}&startsAt=${duplicateStart}`),
    expect: all(403, { admin: 200, leader2: 200 }),
  },
  {
    name: 'the server-rendered sign-in page (public)',
    route: 'GET /s/{code}',
    call: async (c, ctx) => c.get(`/s/${(await fixture(ctx)).code}`),
    expect: all(200, { anonymous: 200 }),
  },
  {
    name: 'sign in with the server-rendered form (public; the answer names only who just signed in)',
    route: 'POST /s/{code}',
    call: async (c, ctx) =>
      postForm(c, `/s/${(await fixture(ctx)).code}`, {
        name: `居民 ${ctx.n}`,
        phone: residentPhone(ctx.n),
        consent: 'yes',
      }),
    expect: all(200, { anonymous: 200 }),
  },
  {
    name: 'announce a planned activity of the main organization',
    route: 'POST /api/planned-activities',
    call: (c, { ids, n }) =>
      c.post('/api/planned-activities', {
        organizationId: ids.organizationId,
        title: `预告 ${n}`,
        openness: 'open_to_all',
        startsOn: '2026-07-04',
        startTime: '09:00',
        durationMinutes: 60,
        recurrence: { kind: 'once' },
      }),
    expect: recorders,
  },
  {
    name: 'planned dates of the main organization (others see none of them)',
    route: 'GET /api/planned-activities',
    call: (c, { ids }) => c.get(`/api/planned-activities?organizationId=${ids.organizationId}&${range}`),
    expect: readers,
  },
  {
    name: 'gaps of the main organization',
    route: 'GET /api/activity-gaps',
    call: (c, { ids }) => c.get(`/api/activity-gaps?organizationId=${ids.organizationId}&${range}`),
    expect: readers,
  },
  {
    name: 'record a planned date of the main organization',
    route: 'POST /api/planned-activities/{id}/occurrences/{date}/record',
    call: async (c, ctx) =>
      c.post(`/api/planned-activities/${(await fixture(ctx)).planId}/occurrences/${thursday(ctx.n)}/record`, {
        servedCount: 8,
      }),
    expect: recorders,
  },
  {
    name: 'activity figures of the main organization',
    route: 'GET /api/organizations/{id}/activity-figures',
    call: (c, { ids }) => c.get(`/api/organizations/${ids.organizationId}/activity-figures?${range}`),
    expect: mainReaders,
  },
  {
    // The fixture lists the leader as taking part: the answer names them by id only.
    name: '同上次: the members of the main organization’s last activity',
    route: 'GET /api/organizations/{id}/last-activity-members',
    call: async (c, ctx) => {
      await fixture(ctx);
      return c.get(`/api/organizations/${ctx.ids.organizationId}/last-activity-members`);
    },
    expect: all(403, { admin: 200, staff: 200, leader: 200, deputy: 200 }),
  },
  {
    name: 'person-times of the main organization’s leader',
    route: 'GET /api/people/{id}/activity-times',
    call: async (c, ctx) => c.get(`/api/people/${await leaderPersonId(ctx)}/activity-times`),
    // People are seen by where they live (scope.ts visiblePeople): the demo leader lives outside
    // the official's community.
    expect: { ...mainReaders, official: 403 },
  },
];
