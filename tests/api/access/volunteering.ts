import { randomUUID } from 'node:crypto';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';
import { postForm } from '../../support/forms';

/** Access rows for the volunteer hours and certificates routes (see access-control.test.ts). */

interface Fixture {
  activityId: string;
  code: string;
  leaderPersonId: string;
  certificateId: string;
}

const fixtures = new WeakMap<object, Promise<Fixture>>();

/** An activity of the main organization that ended an hour before the test clock (its page is open). */
async function insertActivity({ db, ids }: AccessContext, code: string, servedCount = 20) {
  const id = randomUUID();
  await db
    .insertInto('activities')
    .values({
      id,
      street_id: ids.mainStreetId,
      community_id: ids.homeCommunityId,
      run_by: 'organizations',
      title: '志愿时长访问控制测试',
      starts_at: new Date('2026-06-30T00:00:00Z'),
      ends_at: new Date('2026-06-30T01:00:00Z'),
      openness: 'open_to_all',
      organizer_count: 2,
      served_count: servedCount,
      sign_in_code: code,
      updated_at: new Date('2026-06-30T01:00:00Z'),
    })
    .execute();
  await db
    .insertInto('activity_organizations')
    .values({ activity_id: id, organization_id: ids.organizationId, street_id: ids.mainStreetId })
    .execute();
  return id;
}

/** One record per call, straight in the table, so each write row has its own record to act on. */
async function insertHours(
  ctx: AccessContext,
  basis: 'entered_afterwards' | 'staff_observed',
  personId: string | null,
) {
  return insertHoursAt(ctx, (await fixture(ctx)).activityId, basis, personId);
}

async function insertHoursAt(
  ctx: AccessContext,
  activityId: string,
  basis: 'entered_afterwards' | 'staff_observed',
  personId: string | null,
) {
  const id = randomUUID();
  await ctx.db
    .insertInto('volunteer_hours')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      activity_id: activityId,
      organization_id: ctx.ids.organizationId,
      person_id: personId,
      volunteer_name: `访问控制 ${ctx.n}`,
      minutes: 60,
      basis,
      attendance_id: null,
      reason: '访问控制测试',
      entered_by: null,
      entered_at: new Date('2026-06-30T01:30:00Z'),
    })
    .execute();
  return id;
}

/** A volunteer on duty at the fixture's activity, straight in the table: one per call. */
async function insertAttendance(ctx: AccessContext) {
  const id = randomUUID();
  await ctx.db
    .insertInto('volunteer_attendances')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      activity_id: (await fixture(ctx)).activityId,
      name: `值守 ${ctx.n}`,
      phone: `137${String(ctx.n).padStart(8, '0')}`,
      consent: true,
      person_id: null,
      signed_in_at: new Date('2026-06-30T00:30:00Z'),
    })
    .execute();
  return id;
}

function fixture(ctx: AccessContext) {
  let made = fixtures.get(ctx.db);
  if (!made) {
    made = (async () => {
      const activityId = await insertActivity(ctx, 'VOLACC23');
      const person = async (username: string) =>
        (
          await ctx.db
            .selectFrom('users')
            .select('person_id')
            .where('username', '=', username)
            .executeTakeFirstOrThrow()
        ).person_id!;
      const leaderPersonId = await person('leader');
      const memberPersonId = await person('member');
      // The member's real name on the certificate, so the personal-data check reads it in the PDF.
      const member = await ctx.db
        .selectFrom('people')
        .select('name')
        .where('id', '=', memberPersonId)
        .executeTakeFirstOrThrow();
      const certificateId = randomUUID();
      await ctx.db
        .insertInto('volunteer_certificates')
        .values({
          id: certificateId,
          street_id: ctx.ids.mainStreetId,
          organization_id: ctx.ids.organizationId,
          person_id: memberPersonId,
          number: 'ACCESS-2026-0001',
          year: 2026,
          seq: 9999,
          period_from: null,
          period_to: null,
          total_minutes: 60,
          snapshot: JSON.stringify({
            number: 'ACCESS-2026-0001',
            personName: member.name,
            organizationName: '夕阳红舞蹈队',
            streetName: '春和街道',
            totalMinutes: 60,
            entries: [{ date: '2026-06-30', activityTitle: '志愿时长访问控制测试', minutes: 60, role: '志愿服务' }],
            issuedOn: '2026-06-30',
            issuerName: '访问控制',
          }),
          issued_on: '2026-06-30',
          issued_by: null,
          issued_at: new Date('2026-06-30T02:00:00Z'),
        })
        .execute();
      // The leader's person has proven hours of the main organization to certify.
      await insertHoursAt(ctx, activityId, 'staff_observed', leaderPersonId);
      return { activityId, code: 'VOLACC23', leaderPersonId, certificateId };
    })();
    fixtures.set(ctx.db, made);
  }
  return made;
}

const pageFixtures = new WeakMap<object, Promise<string>>();

/**
 * Another open activity for the server-rendered page's rows, its code: each row signs in one
 * volunteer per login, and on the fixture's they would pass its sign-in ceiling (core signInCeiling).
 */
function pageActivityCode(ctx: AccessContext): Promise<string> {
  let made = pageFixtures.get(ctx.db);
  if (!made) {
    made = insertActivity(ctx, 'VOLPAGE7', 100).then(() => 'VOLPAGE7');
    pageFixtures.set(ctx.db, made);
  }
  return made;
}

const phone = (n: number) => `139${String(n).padStart(8, '0')}`;
const publicRow = (status: number) => all(status, { anonymous: status });
const readers = all(403, {
  admin: 200,
  staff: 200,
  assistant: 200,
  leader: 200,
  deputy: 200,
  official: 200,
  street: 200,
});
const recorders = (status: number) => all(403, { admin: status, staff: status, leader: status, deputy: status });

export const volunteeringAccessRows: AccessRow[] = [
  {
    name: 'public volunteer page',
    route: 'GET /api/volunteer/{code}',
    call: async (c, ctx) => c.get(`/api/volunteer/${(await fixture(ctx)).code}`),
    expect: publicRow(200),
  },
  {
    name: 'public volunteer sign-in',
    route: 'POST /api/volunteer/{code}/sign-in',
    call: async (c, ctx) =>
      c.post(`/api/volunteer/${(await fixture(ctx)).code}/sign-in`, {
        name: `志愿者 ${ctx.n}`,
        phone: phone(ctx.n),
        consent: true,
      }),
    expect: publicRow(200),
  },
  {
    name: 'public volunteer sign-out with the token the sign-in gave',
    route: 'POST /api/volunteer/{code}/sign-out',
    call: async (c, ctx) => {
      const { code } = await fixture(ctx);
      const signedIn = await c.post(`/api/volunteer/${code}/sign-in`, {
        name: `志愿者 ${ctx.n}`,
        phone: phone(ctx.n),
        consent: true,
      });
      return c.post(`/api/volunteer/${code}/sign-out`, { signOutToken: signedIn.body.signOutToken });
    },
    expect: publicRow(201),
  },
  {
    name: 'the server-rendered volunteer page (public)',
    route: 'GET /v/{code}',
    call: async (c, ctx) => c.get(`/v/${await pageActivityCode(ctx)}`),
    expect: publicRow(200),
  },
  {
    name: 'volunteer sign-in with the server-rendered form (public)',
    route: 'POST /v/{code}',
    call: async (c, ctx) =>
      postForm(c, `/v/${await pageActivityCode(ctx)}`, {
        action: 'sign-in',
        name: `志愿者 ${ctx.n}`,
        phone: phone(ctx.n),
        consent: 'yes',
      }),
    expect: publicRow(200),
  },
  {
    name: 'back on the phone that signed in: its own name and one 签退 that signs it out (public)',
    route: 'POST /v/{code}',
    call: async (c, ctx) => {
      const code = await pageActivityCode(ctx);
      const fields = { action: 'sign-in', name: `志愿者 ${ctx.n}`, phone: phone(ctx.n), consent: 'yes' };
      const signedIn = await postForm(c, `/v/${code}`, fields);
      const token = /name="token" value="([^"]+)"/.exec(signedIn.body)?.[1] ?? '';
      return postForm(c, `/v/${code}`, { action: 'sign-out', token });
    },
    expect: publicRow(200),
  },
  {
    name: 'sign out a volunteer on duty at an activity of the main organization (who lost their token)',
    route: 'POST /api/volunteer-attendances/{id}/sign-out',
    call: async (c, ctx) => c.post(`/api/volunteer-attendances/${await insertAttendance(ctx)}/sign-out`),
    expect: recorders(201),
  },
  {
    name: 'volunteer hours at an activity of the main organization',
    route: 'GET /api/activities/{id}/volunteer-hours',
    call: async (c, ctx) => c.get(`/api/activities/${(await fixture(ctx)).activityId}/volunteer-hours`),
    expect: readers,
  },
  {
    name: 'enter hours afterwards at an activity of the main organization',
    route: 'POST /api/activities/{id}/volunteer-hours',
    call: async (c, ctx) => {
      // A fresh activity per call: one record per person and activity.
      const activityId = await insertActivity(ctx, `VA${String(ctx.n).padStart(6, '2')}`.slice(0, 8));
      return c.post(`/api/activities/${activityId}/volunteer-hours`, {
        personId: (await fixture(ctx)).leaderPersonId,
        minutes: 30,
        reason: '补录',
      });
    },
    expect: recorders(201),
  },
  {
    name: 'confirm hours entered afterwards',
    route: 'POST /api/volunteer-hours/{id}/confirm',
    call: async (c, ctx) =>
      c.post(`/api/volunteer-hours/${await insertHours(ctx, 'entered_afterwards', null)}/confirm`),
    expect: all(403, { admin: 200, staff: 200 }),
  },
  {
    name: 'correct an hours record',
    route: 'POST /api/volunteer-hours/{id}/correct',
    call: async (c, ctx) =>
      c.post(`/api/volunteer-hours/${await insertHours(ctx, 'entered_afterwards', null)}/correct`, {
        minutes: 45,
        reason: '更正',
      }),
    expect: recorders(201),
  },
  {
    name: 'link an unmatched volunteer to a new person',
    route: 'POST /api/volunteer-hours/{id}/link',
    call: async (c, ctx) =>
      c.post(`/api/volunteer-hours/${await insertHours(ctx, 'entered_afterwards', null)}/link`, { createPerson: true }),
    expect: recorders(200),
  },
  {
    name: 'a person’s volunteer hours (the leader, a member of the main organization)',
    route: 'GET /api/people/{id}/volunteer-hours',
    call: async (c, ctx) => c.get(`/api/people/${(await fixture(ctx)).leaderPersonId}/volunteer-hours`),
    // The demo leader lives outside the official's community: the person is out of the official's scope.
    expect: { ...readers, official: 403 },
  },
  {
    name: 'the main organization’s volunteer hours',
    route: 'GET /api/organizations/{id}/volunteer-hours',
    call: (c, { ids }) => c.get(`/api/organizations/${ids.organizationId}/volunteer-hours`),
    expect: readers,
  },
  {
    name: 'my own volunteer hours',
    route: 'GET /api/me/volunteer-hours',
    call: (c) => c.get('/api/me/volunteer-hours'),
    expect: all(200),
  },
  {
    name: 'issue a certificate from the main organization',
    route: 'POST /api/people/{id}/volunteer-certificates',
    call: async (c, ctx) =>
      c.post(`/api/people/${(await fixture(ctx)).leaderPersonId}/volunteer-certificates`, {
        organizationId: ctx.ids.organizationId,
      }),
    expect: recorders(201),
  },
  {
    name: 'print a certificate of the member',
    route: 'GET /api/volunteer-certificates/{file}',
    call: async (c, ctx) => c.get(`/api/volunteer-certificates/${(await fixture(ctx)).certificateId}.pdf`),
    // The member prints their own, the deputy as one who certifies for the team; the treasurer is neither.
    expect: all(403, { admin: 200, staff: 200, leader: 200, deputy: 200, member: 200, treasurer: 403 }),
  },
  {
    // The same certificate as a PNG to long-press and save in WeChat (issue 16): the same people as the PDF.
    name: 'the member’s certificate as an image',
    route: 'GET /api/volunteer-certificates/{file}',
    call: async (c, ctx) => c.get(`/api/volunteer-certificates/${(await fixture(ctx)).certificateId}.png`),
    expect: all(403, { admin: 200, staff: 200, leader: 200, deputy: 200, member: 200, treasurer: 403 }),
  },
];
