import { randomUUID } from 'node:crypto';
import { demoPassword } from '@seedbed/demo';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';
import { Client, type TestApi } from '../../support/api';
import { makeJpeg, makeMp4, sendFile } from '../../support/images';

/** Access rows for the activity photos, video and sheet photos routes (see access-control.test.ts). */

const photo = (() => {
  let made: Promise<Buffer> | undefined;
  return () => {
    made ??= makeJpeg(640, 480, { color: { r: 90, g: 140, b: 200 } });
    return made;
  };
})();

/**
 * A fresh activity per call (straight in the tables, so the rows do not depend on the demo and
 * no call meets another's photo limit), of the main organization or the other street's, with a
 * staff member's tracking log on it.
 */
async function freshActivity({ db, ids, n }: AccessContext, other = false) {
  const activityId = randomUUID();
  const logId = randomUUID();
  const streetId = other ? ids.otherStreetId : ids.mainStreetId;
  const organizationId = other ? ids.otherOrganizationId : ids.organizationId;
  await db
    .insertInto('activities')
    .values({
      id: activityId,
      street_id: streetId,
      community_id: other ? ids.otherCommunityId : ids.homeCommunityId,
      run_by: 'organizations',
      title: `照片访问测试 ${n}`,
      starts_at: new Date('2026-06-29T01:00:00Z'),
      ends_at: new Date('2026-06-29T02:00:00Z'),
      openness: 'open_to_all',
      organizer_count: 2,
      served_count: 20,
      sign_in_code: `M${randomUUID().replace(/-/g, '').slice(0, 11).toUpperCase()}`,
      updated_at: new Date('2026-06-29T02:00:00Z'),
    })
    .execute();
  await db
    .insertInto('activity_organizations')
    .values({ activity_id: activityId, organization_id: organizationId, street_id: streetId })
    .execute();
  const staff = await db.selectFrom('users').select('id').where('username', '=', 'staff').executeTakeFirstOrThrow();
  await db
    .insertInto('tracking_logs')
    .values({
      id: logId,
      street_id: streetId,
      activity_id: activityId,
      organization_id: organizationId,
      staff_user_id: staff.id,
      observed_starts_at: new Date('2026-06-29T01:00:00Z'),
      observed_ends_at: new Date('2026-06-29T02:00:00Z'),
      observed: '访问测试观察',
      updated_at: new Date('2026-06-29T02:00:00Z'),
    })
    .execute();
  return { activityId, logId };
}

/** The admin, signed in once per database through the same app as the row's client (to make files to read). */
const admins = new WeakMap<object, Promise<Client>>();
function adminBeside(client: Client, { db }: AccessContext): Promise<Client> {
  let admin = admins.get(db);
  if (!admin) {
    admin = (async () => {
      const api = (client as unknown as { api: Pick<TestApi, 'request'> }).api;
      const signedIn = new Client(api);
      const login = await signedIn.post('/api/auth/login', { login: 'admin', password: demoPassword });
      if (login.status !== 200) throw new Error('admin login failed');
      return signedIn;
    })();
    admins.set(db, admin);
  }
  return admin;
}

/** A photo of the main organization's side, uploaded by the admin. */
async function freshPhoto(client: Client, context: AccessContext): Promise<string> {
  const { activityId } = await freshActivity(context);
  const sent = await sendFile(
    await adminBeside(client, context),
    'POST',
    `/api/activities/${activityId}/photos`,
    await photo(),
    'image/jpeg',
  );
  if (sent.status !== 201) throw new Error(`photo upload failed: ${JSON.stringify(sent.body)}`);
  return sent.body.id;
}

/** One photo to read and change, made once per database. */
const shared = new WeakMap<object, Promise<string>>();
function sharedPhoto(client: Client, context: AccessContext): Promise<string> {
  let made = shared.get(context.db);
  if (!made) {
    made = freshPhoto(client, context);
    shared.set(context.db, made);
  }
  return made;
}

const recorders = all(403, { admin: 201, staff: 201, leader: 201, deputy: 201 });
const readers = all(200, { expert: 403, leader2: 403, member2: 403 });
const changers = all(403, { admin: 200, staff: 200, leader: 200, deputy: 200 });

export const mediaAccessRows: AccessRow[] = [
  {
    name: "add a photo to the main organization's activity",
    route: 'POST /api/activities/{id}/photos',
    call: async (c, ctx) =>
      sendFile(
        c,
        'POST',
        `/api/activities/${(await freshActivity(ctx)).activityId}/photos`,
        await photo(),
        'image/jpeg',
      ),
    expect: recorders,
  },
  {
    name: "add a photo to the other street's activity",
    route: 'POST /api/activities/{id}/photos',
    call: async (c, ctx) =>
      sendFile(
        c,
        'POST',
        `/api/activities/${(await freshActivity(ctx, true)).activityId}/photos`,
        await photo(),
        'image/jpeg',
      ),
    expect: all(403, { admin: 201, leader2: 201 }),
  },
  {
    name: "add a photo to a staff tracking log of the main organization's activity",
    route: 'POST /api/activities/{id}/photos',
    call: async (c, ctx) => {
      const { activityId, logId } = await freshActivity(ctx);
      return sendFile(
        c,
        'POST',
        `/api/activities/${activityId}/photos?trackingLogId=${logId}`,
        await photo(),
        'image/jpeg',
      );
    },
    expect: all(403, { admin: 201, staff: 201, assistant: 201 }),
  },
  {
    name: "add the video clip to the main organization's activity",
    route: 'POST /api/activities/{id}/video',
    call: async (c, ctx) =>
      sendFile(
        c,
        'POST',
        `/api/activities/${(await freshActivity(ctx)).activityId}/video`,
        makeMp4(ctx.n, 4096),
        'video/mp4',
      ),
    expect: recorders,
  },
  {
    name: "add a sign-in sheet photo to the main organization's activity",
    route: 'POST /api/activities/{id}/sheet-photos',
    call: async (c, ctx) =>
      sendFile(
        c,
        'POST',
        `/api/activities/${(await freshActivity(ctx)).activityId}/sheet-photos?kind=sign_in_sheet`,
        await photo(),
        'image/jpeg',
      ),
    expect: recorders,
  },
  {
    name: "a photo of the main organization's activity",
    route: 'GET /api/media/{id}',
    call: async (c, ctx) => c.get(`/api/media/${await sharedPhoto(c, ctx)}`),
    expect: readers,
  },
  {
    name: "the thumbnail of a photo of the main organization's activity",
    route: 'GET /api/media/{id}/thumbnail',
    call: async (c, ctx) => c.get(`/api/media/${await sharedPhoto(c, ctx)}/thumbnail`),
    expect: readers,
  },
  {
    name: "caption a photo of the main organization's side (uploaded by the admin)",
    route: 'PATCH /api/media/{id}',
    call: async (c, ctx) => c.patch(`/api/media/${await sharedPhoto(c, ctx)}`, { caption: `说明 ${ctx.n}` }),
    expect: changers,
  },
  {
    name: "remove a photo of the main organization's side (uploaded by the admin)",
    route: 'DELETE /api/media/{id}',
    call: async (c, ctx) => c.call('DELETE', `/api/media/${await freshPhoto(c, ctx)}`),
    expect: changers,
  },
];
