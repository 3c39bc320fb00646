import { randomUUID } from 'node:crypto';
import { createDiskFileStore } from '@seedbed/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareHtmlFor } from '../../packages/server/src/publicity/share-meta';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

/**
 * Publicity drafts 活动信息稿: one tap from a record, edited by the leader, published as a public
 * share page with its chosen photos only, in the street-wide feed, and residents' what's on.
 * Fixtures go straight into the tables (photos too), so this file does not depend on the media
 * upload routes. The test clock stands at 2026-06-30 10:00 in Shanghai.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let leader: Client;
let staff: Client;
let leader2: Client;
let member: Client;
let anonymous: Client;

const adultPhone = '13912345678';
const signInPhone = '13787654321';
const fixture = {
  activityId: randomUUID(),
  otherActivityId: randomUUID(),
  adultPersonId: randomUUID(),
  childPersonId: randomUUID(),
  adultParticipantId: randomUUID(),
  childParticipantId: randomUUID(),
  guestParticipantId: randomUUID(),
  adultSignInId: randomUUID(),
  childSignInId: randomUUID(),
  photoIds: [] as string[],
  foreignPhotoId: randomUUID(),
};
const thumbBytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const displayBytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 9, 9, 9]);

async function insertActivity(id: string, organizationId: string, title: string, code: string) {
  await api.db
    .insertInto('activities')
    .values({
      id,
      street_id: ids.mainStreetId,
      community_id: ids.homeCommunityId,
      run_by: 'organizations',
      title,
      content: '先热身，再排练新舞。\n\n最后大家一起合影。',
      starts_at: new Date('2026-06-28T01:30:00Z'),
      ends_at: new Date('2026-06-28T03:30:00Z'),
      place_text: '槐荫社区活动室',
      openness: 'open_to_all',
      organizer_count: 4,
      served_count: 25,
      reflection: '大家越跳越有信心。',
      sign_in_code: code,
      updated_at: new Date('2026-06-28T04:00:00Z'),
    })
    .execute();
  await api.db
    .insertInto('activity_organizations')
    .values({ activity_id: id, organization_id: organizationId, street_id: ids.mainStreetId })
    .execute();
}

async function insertPhoto(activityId: string, id: string, position: number) {
  const files = createDiskFileStore(api.filesDir);
  const fileKey = await files.put(displayBytes, { folder: 'activity-photos', extension: 'jpg' });
  const thumbnailKey = await files.put(thumbBytes, { folder: 'activity-photos', extension: 'jpg' });
  await api.db
    .insertInto('activity_media')
    .values({
      id,
      street_id: ids.mainStreetId,
      activity_id: activityId,
      kind: 'photo',
      content_hash: `hash-${id}`,
      file_key: fileKey,
      thumbnail_key: thumbnailKey,
      mime_type: 'image/jpeg',
      byte_size: displayBytes.length,
      width: 1600,
      height: 1200,
      position,
    })
    .execute();
}

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  [leader, staff, leader2, member] = await Promise.all([
    api.as('leader'),
    api.as('staff'),
    api.as('leader2'),
    api.as('member'),
  ]);
  anonymous = api.anonymous();
  await insertActivity(fixture.activityId, ids.organizationId, '夏日舞蹈排练', 'PUBTEST2');
  await api.db
    .insertInto('people')
    .values([
      {
        id: fixture.adultPersonId,
        street_id: ids.mainStreetId,
        community_id: ids.homeCommunityId,
        name: '李秀英',
        phone: adultPhone,
        birth_year: 1958,
      },
      {
        id: fixture.childPersonId,
        street_id: ids.mainStreetId,
        community_id: ids.homeCommunityId,
        name: '张小明',
        birth_year: 2015,
      },
    ])
    .execute();
  await api.db
    .insertInto('activity_participants')
    .values([
      {
        id: fixture.adultParticipantId,
        street_id: ids.mainStreetId,
        activity_id: fixture.activityId,
        person_id: fixture.adultPersonId,
        guest_name: null,
        role: 'organizer',
      },
      {
        id: fixture.childParticipantId,
        street_id: ids.mainStreetId,
        activity_id: fixture.activityId,
        person_id: fixture.childPersonId,
        guest_name: null,
        role: 'participant',
      },
      {
        id: fixture.guestParticipantId,
        street_id: ids.mainStreetId,
        activity_id: fixture.activityId,
        person_id: null,
        guest_name: '赵阿姨',
        role: 'participant',
      },
    ])
    .execute();
  await api.db
    .insertInto('activity_sign_ins')
    .values([
      {
        id: fixture.adultSignInId,
        street_id: ids.mainStreetId,
        activity_id: fixture.activityId,
        name: '孙大爷',
        phone: signInPhone,
        has_phone: true,
        identity_key: 'sun',
        signed_at: new Date('2026-06-28T01:40:00Z'),
      },
      {
        id: fixture.childSignInId,
        street_id: ids.mainStreetId,
        activity_id: fixture.activityId,
        name: '王小红',
        is_child: true,
        guardian_consent: true,
        identity_key: 'wang',
        signed_at: new Date('2026-06-28T01:41:00Z'),
      },
    ])
    .execute();
  await api.db
    .insertInto('activity_feedback')
    .values([
      {
        id: randomUUID(),
        street_id: ids.mainStreetId,
        activity_id: fixture.activityId,
        position: 0,
        text: '跳得真开心',
        said_by: '李秀英（队员）',
      },
      {
        id: randomUUID(),
        street_id: ids.mainStreetId,
        activity_id: fixture.activityId,
        position: 1,
        text: '希望常来',
        said_by: '赵阿姨',
      },
    ])
    .execute();
  for (let i = 0; i < 6; i += 1) {
    const id = randomUUID();
    fixture.photoIds.push(id);
    await insertPhoto(fixture.activityId, id, i);
  }
  await insertActivity(fixture.otherActivityId, ids.organizationId, '别的活动', 'PUBTEST3');
  await insertPhoto(fixture.otherActivityId, fixture.foreignPhotoId, 0);
});
afterAll(() => api.close());

let draftId: string;
let code: string;

describe('a leader makes a publicity draft from a record, one tap', () => {
  it('prefills it from the record and answers the same draft on a second tap', async () => {
    const made = await leader.post(`/api/activities/${fixture.activityId}/publicity`);
    expect(made.status).toBe(201);
    draftId = made.body.id;
    code = made.body.code;
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(code).not.toBe('PUBTEST2');
    expect(made.body).toMatchObject({
      status: 'draft',
      sharePath: `/p/${code}`,
      title: '夏日舞蹈排练',
      paragraphs: ['先热身，再排练新舞。', '最后大家一起合影。'],
      reflection: '大家越跳越有信心。',
      photoIds: fixture.photoIds.slice(0, 5),
      coverPhotoId: fixture.photoIds[0],
      childrenHidden: 2,
      facts: { servedCount: 25, organizerCount: 4, placeName: '槐荫社区活动室' },
    });
    expect(made.body.lead).toMatch(
      /^2026年6月28日上午，.+在槐荫社区活动室举办了“夏日舞蹈排练”，共有4名组织者、25位居民参加。$/,
    );
    expect(made.body.quotes).toEqual([
      { text: '跳得真开心', saidBy: '李秀英（队员）', included: true, showSaidBy: false },
      { text: '希望常来', saidBy: '赵阿姨', included: true, showSaidBy: false },
    ]);
    const names = made.body.candidateNames.map((n: { name: string }) => n.name).sort();
    expect(names).toEqual(['孙大爷', '李秀英', '赵阿姨'].sort());
    expect(JSON.stringify(made.body)).not.toContain(adultPhone);
    expect(made.body.candidatePhotos).toHaveLength(6);

    const again = await leader.post(`/api/activities/${fixture.activityId}/publicity`);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(draftId);
    const state = await member.get(`/api/activities/${fixture.activityId}/publicity`);
    expect(state.body).toEqual({
      draft: { id: draftId, code, status: 'draft', sharePath: `/p/${code}`, publishedAt: null },
      canEdit: false,
    });
  });

  it('writes the lead in English for an English caller', async () => {
    const activityId = randomUUID();
    await insertActivity(activityId, ids.organizationId, 'Summer dance', 'PUBTEST4');
    const made = await staff.call('POST', `/api/activities/${activityId}/publicity`, {}, { 'accept-language': 'en' });
    expect(made.status).toBe(201);
    expect(made.body.lead).toMatch(/^On the morning of 28 June 2026, .+ held “Summer dance” at 槐荫社区活动室/);
  });

  it('keeps a draft unseen by the public until it is published', async () => {
    expect((await anonymous.get(`/api/public/publicity/${code}`)).status).toBe(404);
    expect((await anonymous.get(`/api/public/publicity/${code}/photos/${fixture.photoIds[0]}`)).status).toBe(404);
  });

  it('lets the leader choose photos, cover, quotes and names', async () => {
    const [p1, p2, , , , p6] = fixture.photoIds;
    const edited = await leader.patch(`/api/publicity/${draftId}`, {
      title: '夏日舞蹈排练 · 新舞',
      paragraphs: ['先热身，再排练新舞。', '', '最后大家一起合影。'],
      photoIds: [p1, p6, p2],
      coverPhotoId: p6,
      quotes: [
        { text: '跳得真开心', saidBy: '李秀英（队员）', included: true, showSaidBy: true },
        { text: '希望常来', saidBy: '赵阿姨', included: true, showSaidBy: false },
      ],
      namedParticipantIds: [fixture.adultParticipantId, fixture.guestParticipantId],
      namedSignInIds: [fixture.adultSignInId],
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      title: '夏日舞蹈排练 · 新舞',
      paragraphs: ['先热身，再排练新舞。', '最后大家一起合影。'],
      photoIds: [p1, p6, p2],
      coverPhotoId: p6,
      namedSignInIds: [fixture.adultSignInId],
    });
  });

  it('refuses a child’s name, a foreign photo, a cover not chosen and bad input, changing nothing', async () => {
    const before = await leader.get(`/api/publicity/${draftId}`);
    const child = await leader.patch(`/api/publicity/${draftId}`, {
      namedParticipantIds: [fixture.childParticipantId],
    });
    expect(child.status).toBe(400);
    expect(child.body.code).toBe('publicity.name_not_allowed');
    const childSignIn = await leader.patch(`/api/publicity/${draftId}`, { namedSignInIds: [fixture.childSignInId] });
    expect(childSignIn.body.code).toBe('publicity.name_not_allowed');
    const foreign = await leader.patch(`/api/publicity/${draftId}`, { photoIds: [fixture.foreignPhotoId] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.code).toBe('publicity.photo_not_of_activity');
    const cover = await leader.patch(`/api/publicity/${draftId}`, {
      photoIds: [fixture.photoIds[0]],
      coverPhotoId: fixture.photoIds[1],
    });
    expect(cover.body.code).toBe('publicity.cover_not_chosen');
    const tooMany = await leader.patch(`/api/publicity/${draftId}`, {
      photoIds: Array.from({ length: 10 }, randomUUID),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.code).toBe('request.invalid');
    const empty = await leader.patch(`/api/publicity/${draftId}`, { title: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('request.invalid');
    const after = await leader.get(`/api/publicity/${draftId}`);
    expect(after.body).toEqual(before.body);
  });

  it('is not the other street’s leader’s to see or edit', async () => {
    expect((await leader2.get(`/api/publicity/${draftId}`)).status).toBe(403);
    expect((await leader2.patch(`/api/publicity/${draftId}`, { title: 'x' })).status).toBe(403);
    expect((await leader2.post(`/api/activities/${fixture.activityId}/publicity`)).status).toBe(403);
    expect((await leader.get(`/api/publicity/${randomUUID()}`)).status).toBe(404);
  });
});

describe('a published draft', () => {
  it('opens a public page without phones or children, with the ticked names only', async () => {
    const published = await leader.post(`/api/publicity/${draftId}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    const page = await anonymous.get(`/api/public/publicity/${code.toLowerCase()}`);
    expect(page.status).toBe(200);
    const text = JSON.stringify(page.body);
    for (const secret of [adultPhone, signInPhone, '张小明', '王小红']) expect(text).not.toContain(secret);
    expect([...page.body.names].sort()).toEqual(['孙大爷', '李秀英', '赵阿姨'].sort());
    expect(page.body.quotes).toEqual([
      { text: '跳得真开心', saidBy: '李秀英（队员）' },
      { text: '希望常来', saidBy: null },
    ]);
    expect(page.body.shareTitle).toMatch(/^【.+】夏日舞蹈排练 · 新舞 \| .+社区$/);
    const [p1, p2, , , , p6] = fixture.photoIds;
    expect(page.body.photos.map((p: { id: string }) => p.id)).toEqual([p6, p1, p2]);
    expect(page.body.facts).toMatchObject({ servedCount: 25, organizerCount: 4, placeName: '槐荫社区活动室' });
  });

  it('gives link previews its title and cover in index.html (share-meta, for web-app.ts)', async () => {
    const index = '<html><head><title>苗圃 Seedbed</title></head><body></body></html>';
    const deps = { db: api.db, now: api.clock.now };
    const html = await shareHtmlFor(deps, `/p/${code.toLowerCase()}`, 'https://seedbed.example.org', index);
    expect(html).toContain('<meta property="og:title" content="【');
    expect(html).toContain(
      `<meta property="og:image" content="https://seedbed.example.org/api/public/publicity/${code}/photos/${fixture.photoIds[5]}" />`,
    );
    expect(await shareHtmlFor(deps, '/p/NOSUCH22', 'https://x.org', index)).toBeNull();
    expect(await shareHtmlFor(deps, '/activities/x', 'https://x.org', index)).toBeNull();
  });

  it('serves its chosen photos to anyone, and no other photo', async () => {
    const base = `/api/public/publicity/${code}/photos`;
    const display = await api.request(`${base}/${fixture.photoIds[0]}`);
    expect(display.status).toBe(200);
    expect(display.headers.get('content-type')).toBe('image/jpeg');
    expect(new Uint8Array(await display.arrayBuffer())).toEqual(displayBytes);
    const thumb = await api.request(`${base}/${fixture.photoIds[0]}?size=thumb`);
    expect(new Uint8Array(await thumb.arrayBuffer())).toEqual(thumbBytes);
    expect((await anonymous.get(`${base}/${fixture.photoIds[3]}`)).status).toBe(404);
    expect((await anonymous.get(`${base}/${fixture.foreignPhotoId}`)).status).toBe(404);
    expect((await anonymous.get(`/api/public/publicity/NOSUCH22/photos/${fixture.photoIds[0]}`)).status).toBe(404);
  });

  it('has a QR code of its share URL for the poster', async () => {
    const svg = await anonymous.get(`/api/public/publicity/${code}/qr.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(String(svg.body)).toContain('<svg');
    expect((await anonymous.get('/api/public/publicity/NOSUCH22/qr.svg')).status).toBe(404);
  });

  it('appears in the feed of the street, for another organization’s leader too, not in the other street', async () => {
    // Staff publish a draft of another organization of the main street: the main leader reads it.
    const otherOrganization = await api.db
      .selectFrom('organizations')
      .select('id')
      .where('street_id', '=', ids.mainStreetId)
      .where('id', '!=', ids.organizationId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const activityId = randomUUID();
    await insertActivity(activityId, otherOrganization.id, '邻里互助午餐', 'PUBTEST5');
    const made = await staff.post(`/api/activities/${activityId}/publicity`);
    expect(made.status).toBe(201);
    expect((await leader.post(`/api/publicity/${made.body.id}/publish`)).status).toBe(403);
    api.clock.advanceMinutes(1);
    expect((await staff.post(`/api/publicity/${made.body.id}/publish`)).status).toBe(200);

    const feedOf = async (client: Client) => {
      const titles: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { status: number; body: { items: { title: string }[]; nextCursor: string | null } } =
          await client.get(`/api/publicity/feed${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(page.status).toBe(200);
        titles.push(...page.body.items.map((i) => i.title));
        cursor = page.body.nextCursor;
      } while (cursor);
      return titles;
    };
    const leaderFeed = await feedOf(leader);
    expect(leaderFeed).toContain('邻里互助午餐');
    expect(leaderFeed).toContain('夏日舞蹈排练 · 新舞');
    expect(leaderFeed.indexOf('邻里互助午餐')).toBeLessThan(leaderFeed.indexOf('夏日舞蹈排练 · 新舞'));
    const otherStreetFeed = await feedOf(leader2);
    expect(otherStreetFeed).not.toContain('邻里互助午餐');
    expect(otherStreetFeed).not.toContain('夏日舞蹈排练 · 新舞');
    const card = (await leader.get('/api/publicity/feed')).body.items.find(
      (i: { id: string }) => i.id === made.body.id,
    );
    expect(card).toMatchObject({ title: '邻里互助午餐', coverThumbnailUrl: null, sharePath: `/p/${made.body.code}` });
    expect((await leader.get('/api/publicity/feed?cursor=nonsense')).status).toBe(400);
  });

  it('asks before publishing a phone or ID number typed into the words, and records who kept one', async () => {
    const activityId = randomUUID();
    await insertActivity(activityId, ids.organizationId, '义诊报名', 'PUBTEST6');
    const made = await leader.post(`/api/activities/${activityId}/publicity`);
    await leader.patch(`/api/publicity/${made.body.id}`, {
      paragraphs: ['报名请联系队长 139 1234 5678。', '张阿姨的身份证 11010519491231002X 已登记。'],
    });
    const asked = await leader.call('POST', `/api/publicity/${made.body.id}/publish`, undefined, {
      'accept-language': 'en',
    });
    expect(asked.status).toBe(409);
    expect(asked.body.code).toBe('publicity.contact_details');
    expect(asked.body.message).toContain('139****5678');
    expect(asked.body.message).toContain('110****002X');
    expect((await leader.get(`/api/publicity/${made.body.id}`)).body.status).toBe('draft');
    expect((await anonymous.get(`/api/public/publicity/${made.body.code}`)).status).toBe(404);

    // The leader removes the ID number and keeps the team's number on purpose.
    await leader.patch(`/api/publicity/${made.body.id}`, { paragraphs: ['报名请联系队长 139 1234 5678。'] });
    expect((await leader.post(`/api/publicity/${made.body.id}/publish`, {})).status).toBe(409);
    const kept = await leader.post(`/api/publicity/${made.body.id}/publish`, { keepContactDetails: true });
    expect(kept.status).toBe(200);
    expect(kept.body.status).toBe('published');
    const audit = await api.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'publicity.publish')
      .where('record_id', '=', made.body.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.after)).toContain('139****5678');
    expect(JSON.stringify(audit.after)).not.toContain('13912345678');
    expect((await leader.post(`/api/publicity/${made.body.id}/publish`, { keepContactDetails: 'yes' })).status).toBe(
      400,
    );
  });

  it('pages the feed without repeating or skipping a card', async () => {
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await staff.get(
        `/api/publicity/feed${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      all.push(...page.body.items.map((i) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(all).size).toBe(all.length);
    const published = await api.db
      .selectFrom('publicity_drafts')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('status', '=', 'published')
      .where('street_id', '=', ids.mainStreetId)
      .executeTakeFirstOrThrow();
    expect(all.length).toBe(Number(published.n));
  });

  it('closes the public page and its photos at once when unpublished', async () => {
    const done = await leader.post(`/api/publicity/${draftId}/unpublish`);
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('draft');
    expect((await anonymous.get(`/api/public/publicity/${code}`)).status).toBe(404);
    expect((await anonymous.get(`/api/public/publicity/${code}/photos/${fixture.photoIds[0]}`)).status).toBe(404);
    expect(
      await (async () => (await leader.get('/api/publicity/feed')).body.items.map((i: { id: string }) => i.id))(),
    ).not.toContain(draftId);
    const audit = await api.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', draftId)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['publicity.create', 'publicity.update', 'publicity.publish', 'publicity.unpublish']),
    );
  });
});

describe('what is on in a community (public)', () => {
  it('shows the open planned dates of the next four weeks, never members-only ones', async () => {
    const plan = (title: string, openness: string, startsOn: string, recurrence: object) => ({
      id: randomUUID(),
      street_id: ids.mainStreetId,
      organization_id: ids.organizationId,
      community_id: ids.homeCommunityId,
      title,
      openness,
      starts_on: startsOn,
      start_time: '19:00',
      duration_minutes: 90,
      place_text: '小区广场',
      recurrence: JSON.stringify(recurrence),
    });
    await api.db
      .insertInto('planned_activities')
      .values([
        plan('广场舞教学（预告测试）', 'open_to_all', '2026-06-04', { kind: 'weekly', everyWeeks: 1 }),
        plan('队内练习（预告测试）', 'members_only', '2026-07-02', { kind: 'once' }),
        plan('独居老人茶话会（预告测试）', 'invited', '2026-07-10', { kind: 'once' }),
        plan('太远的预告（预告测试）', 'open_to_all', '2026-09-01', { kind: 'once' }),
      ])
      .execute();
    const result = await anonymous.get(`/api/public/communities/${ids.homeCommunityId}/whats-on`);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ from: '2026-06-30', to: '2026-07-27' });
    const mine = result.body.upcoming.filter((u: { title: string }) => u.title.endsWith('（预告测试）'));
    expect(
      mine.filter((u: { title: string }) => u.title.startsWith('广场舞教学')).map((u: { on: string }) => u.on),
    ).toEqual(['2026-07-02', '2026-07-09', '2026-07-16', '2026-07-23']);
    expect(mine.map((u: { title: string }) => u.title)).toContain('独居老人茶话会（预告测试）');
    expect(mine.map((u: { title: string }) => u.title)).not.toContain('队内练习（预告测试）');
    expect(mine.map((u: { title: string }) => u.title)).not.toContain('太远的预告（预告测试）');
    expect(result.body.upcoming.every((u: { openness: string }) => u.openness !== 'members_only')).toBe(true);
    expect(mine[0]).toMatchObject({ placeName: '小区广场', startsAt: '2026-07-02T11:00:00.000Z' });
    expect(JSON.stringify(result.body)).not.toMatch(/1[3-9]\d{9}/);
    expect((await anonymous.get(`/api/public/communities/${randomUUID()}/whats-on`)).status).toBe(404);
  });

  it('lists the community’s recently published drafts', async () => {
    await leader.post(`/api/publicity/${draftId}/publish`);
    const result = await anonymous.get(`/api/public/communities/${ids.homeCommunityId}/whats-on`);
    expect(result.body.recent.length).toBeLessThanOrEqual(6);
    const ours = result.body.recent.find((r: { code: string }) => r.code === code);
    expect(ours).toMatchObject({ code, sharePath: `/p/${code}`, title: '夏日舞蹈排练 · 新舞' });
    expect(ours.coverThumbnailUrl).toBe(`/api/public/publicity/${code}/photos/${fixture.photoIds[5]}?size=thumb`);
  });
});
