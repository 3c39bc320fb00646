import { randomUUID } from 'node:crypto';
import type { AccessContext, AccessRow } from '../../support/access';
import { all, logins } from '../../support/access';

/** Access rows for the publicity drafts, share pages and the feed routes (see access-control.test.ts). */

/**
 * One activity of the main organization with two drafts' worth of fixtures, made once per database
 * straight in the tables: a published draft (the public rows read it and nothing unpublishes it)
 * that names a guest and a quote's speaker, and an editable one (edit, publish and unpublish rows
 * change it).
 */
const fixtures = new WeakMap<object, Promise<{ activityId: string; editableId: string; publishedCode: string }>>();

async function insertActivity({ db, ids }: AccessContext, title: string, code: string) {
  const id = randomUUID();
  await db
    .insertInto('activities')
    .values({
      id,
      street_id: ids.mainStreetId,
      community_id: ids.homeCommunityId,
      run_by: 'organizations',
      title,
      starts_at: new Date('2026-06-28T01:00:00Z'),
      ends_at: new Date('2026-06-28T02:00:00Z'),
      openness: 'open_to_all',
      organizer_count: 2,
      served_count: 20,
      sign_in_code: code,
      updated_at: new Date('2026-06-28T02:00:00Z'),
    })
    .execute();
  await db
    .insertInto('activity_organizations')
    .values({ activity_id: id, organization_id: ids.organizationId, street_id: ids.mainStreetId })
    .execute();
  return id;
}

function fixture(context: AccessContext) {
  let made = fixtures.get(context.db);
  if (!made) {
    made = (async () => {
      const { db, ids } = context;
      const activityId = await insertActivity(context, '信息稿访问控制', 'PUBACC22');
      const editableActivityId = await insertActivity(context, '信息稿访问控制（草稿）', 'PUBACC33');
      const editableId = randomUUID();
      // The published page names a guest the leader ticked and quotes someone by name, as leaders do.
      const guestId = randomUUID();
      await db
        .insertInto('activity_participants')
        .values({
          id: guestId,
          street_id: ids.mainStreetId,
          activity_id: activityId,
          person_id: null,
          guest_name: '信息稿来宾',
          role: 'participant',
        })
        .execute();
      await db
        .insertInto('activity_feedback')
        .values({
          id: randomUUID(),
          street_id: ids.mainStreetId,
          activity_id: activityId,
          position: 0,
          text: '大家跳得很开心',
          said_by: '信息稿说话人',
        })
        .execute();
      const draft = (id: string, activity: string, code: string, published: boolean) => ({
        id,
        street_id: ids.mainStreetId,
        activity_id: activity,
        community_id: ids.homeCommunityId,
        code,
        title: '信息稿访问控制',
        quotes: JSON.stringify([{ text: '大家跳得很开心', saidBy: '信息稿说话人', included: true, showSaidBy: true }]),
        named_participant_ids: published ? [guestId] : [],
        status: published ? ('published' as const) : ('draft' as const),
        published_at: published ? new Date('2026-06-29T00:00:00Z') : null,
        updated_at: new Date('2026-06-29T00:00:00Z'),
      });
      await db
        .insertInto('publicity_drafts')
        .values([
          draft(randomUUID(), activityId, 'PUBACC44', true),
          draft(editableId, editableActivityId, 'PUBACC55', false),
        ])
        .execute();
      return { activityId, editableId, publishedCode: 'PUBACC44' };
    })();
    fixtures.set(context.db, made);
  }
  return made;
}

const readers = all(200, { expert: 403 });
const mainReaders = all(200, { expert: 403, leader2: 403, member2: 403 });
const editors = all(403, { admin: 200, staff: 200, leader: 200, deputy: 200 });
const everyone = all(200, { anonymous: 200 });

export const publicityAccessRows: AccessRow[] = [
  {
    name: 'publicity state of an activity of the main organization',
    route: 'GET /api/activities/{id}/publicity',
    call: async (c, ctx) => c.get(`/api/activities/${(await fixture(ctx)).activityId}/publicity`),
    expect: mainReaders,
  },
  {
    name: 'make the publicity draft of a new activity of the main organization',
    route: 'POST /api/activities/{id}/publicity',
    call: async (c, ctx) =>
      c.post(
        `/api/activities/${await insertActivity(ctx, `信息稿 ${ctx.n}`, `PUBN${String(ctx.n).padStart(4, '2')}`)}/publicity`,
      ),
    expect: all(403, { admin: 201, staff: 201, leader: 201, deputy: 201 }),
  },
  {
    name: 'the feed of published drafts (street-wide)',
    route: 'GET /api/publicity/feed',
    call: (c) => c.get('/api/publicity/feed'),
    expect: readers,
  },
  {
    name: 'a draft of the main organization, in its editor',
    route: 'GET /api/publicity/{id}',
    call: async (c, ctx) => c.get(`/api/publicity/${(await fixture(ctx)).editableId}`),
    expect: editors,
  },
  {
    name: 'edit a draft of the main organization',
    route: 'PATCH /api/publicity/{id}',
    call: async (c, ctx) => c.patch(`/api/publicity/${(await fixture(ctx)).editableId}`, { title: `标题 ${ctx.n}` }),
    expect: editors,
  },
  {
    name: 'publish a draft of the main organization',
    route: 'POST /api/publicity/{id}/publish',
    call: async (c, ctx) => c.post(`/api/publicity/${(await fixture(ctx)).editableId}/publish`),
    expect: editors,
  },
  {
    name: 'unpublish a draft of the main organization',
    route: 'POST /api/publicity/{id}/unpublish',
    call: async (c, ctx) => c.post(`/api/publicity/${(await fixture(ctx)).editableId}/unpublish`),
    expect: editors,
  },
  {
    name: 'a public share page (no account)',
    route: 'GET /api/public/publicity/{code}',
    call: async (c, ctx) => c.get(`/api/public/publicity/${(await fixture(ctx)).publishedCode}`),
    expect: everyone,
    exceptions: [
      {
        logins: [...logins, 'anonymous'],
        mayReceive: { activityNames: true },
        why: 'the organization published them: adults it ticked by name and speakers it chose to show; children and phones never (core publicity/share-page.ts)',
      },
    ],
  },
  {
    // The access table cannot write photo files; publicity.test.ts serves a chosen photo. Here:
    // a photo that is not chosen in the published draft is 404 for everyone, signed in or not.
    name: 'a photo not chosen in a published draft (404 for everyone)',
    route: 'GET /api/public/publicity/{code}/photos/{mediaId}',
    call: async (c, ctx) => c.get(`/api/public/publicity/${(await fixture(ctx)).publishedCode}/photos/${randomUUID()}`),
    expect: all(404, { anonymous: 404 }),
  },
  {
    name: 'the QR code of a public share page',
    route: 'GET /api/public/publicity/{code}/qr.svg',
    call: async (c, ctx) => c.get(`/api/public/publicity/${(await fixture(ctx)).publishedCode}/qr.svg`),
    expect: everyone,
  },
  {
    name: 'what is on in the main organization’s community (public)',
    route: 'GET /api/public/communities/{id}/whats-on',
    call: (c, { ids }) => c.get(`/api/public/communities/${ids.homeCommunityId}/whats-on`),
    expect: everyone,
  },
];
