import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { exifHasGps, fetchBytes, makeJpeg, makeMp4, makePng, sendFile } from '../support/images';

let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let leader: Client;
let staff: Client;
let assistant: Client;
let leader2: Client;
let member: Client;

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  leader = await api.as('leader');
  staff = await api.as('staff');
  assistant = await api.as('assistant');
  leader2 = await api.as('leader2');
  member = await api.as('member');
});
afterAll(() => api.close());

/** A fresh activity of the leader's organization, recorded by the leader (test clock: 2026-06-30). */
async function newActivity(title = '广场舞展演'): Promise<string> {
  const response = await leader.call(
    'POST',
    '/api/activities',
    {
      organizationIds: [ids.organizationId],
      title,
      startsAt: '2026-06-29T09:00:00+08:00',
      endsAt: '2026-06-29T11:00:00+08:00',
      openness: 'open_to_all',
      organizerCount: 3,
      servedCount: 30,
    },
    { 'idempotency-key': `media-${randomUUID()}` },
  );
  expect(response.status).toBe(201);
  return response.body.id;
}

/** Every file in the store, recursively: what an upload leaves on disk. */
function storedFiles(): string[] {
  return readdirSync(api.filesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`);
}

const colour = (n: number) => ({ r: (n * 53) % 256, g: (n * 97) % 256, b: (n * 151) % 256 });
const photo = (n: number, width = 800, height = 600) => makeJpeg(width, height, { color: colour(n) });
const postPhoto = (client: Client, activityId: string, bytes: Uint8Array, query = '', headers = {}) =>
  sendFile(client, 'POST', `/api/activities/${activityId}/photos${query}`, bytes, 'image/jpeg', headers);

describe("the organization's photos", () => {
  let activityId: string;
  beforeAll(async () => {
    activityId = await newActivity();
  });

  it('takes three photos from the leader and shows them on the activity as evidence', async () => {
    for (const n of [1, 2, 3]) {
      const sent = await postPhoto(leader, activityId, await photo(n), '', {
        'x-caption': encodeURIComponent(`合影 ${n}`),
      });
      expect(sent.status).toBe(201);
      expect(sent.body).toMatchObject({
        kind: 'photo',
        side: 'organization',
        trackingLogId: null,
        mimeType: 'image/jpeg',
        width: 800,
        height: 600,
        caption: `合影 ${n}`,
        url: `/api/media/${sent.body.id}`,
        thumbnailUrl: `/api/media/${sent.body.id}/thumbnail`,
      });
      expect(sent.body.uploadedBy).toEqual(expect.any(String));
    }
    const detail = await leader.get(`/api/activities/${activityId}`);
    expect(detail.body.media.map((m: { caption: string }) => m.caption)).toEqual(['合影 1', '合影 2', '合影 3']);
    expect(detail.body.evidence.reasons).toContain('photos');
  });

  it('answers a retry of the same bytes with the photo already there: one row, no new file', async () => {
    const files = storedFiles().length;
    const first = await leader.get(`/api/activities/${activityId}`);
    const again = await postPhoto(leader, activityId, await photo(2));
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.media[1].id);
    const rows = await api.db.selectFrom('activity_media').select('id').where('activity_id', '=', activityId).execute();
    expect(rows).toHaveLength(3);
    expect(storedFiles()).toHaveLength(files);
  });

  it('refuses a sixth photo with the limit in the message, and stores nothing for it', async () => {
    for (const n of [4, 5]) expect((await postPhoto(leader, activityId, await photo(n))).status).toBe(201);
    const files = storedFiles().length;
    const sixth = await postPhoto(leader, activityId, await photo(6));
    expect(sixth.status).toBe(409);
    expect(sixth.body.code).toBe('media.too_many_photos');
    expect(sixth.body.message).toContain('5');
    expect(storedFiles()).toHaveLength(files);
    const rows = await api.db.selectFrom('activity_media').select('id').where('activity_id', '=', activityId).execute();
    expect(rows).toHaveLength(5);
  });

  it('leaves no file behind when two uploads race for the last place', async () => {
    const other = await newActivity('抢最后一张');
    for (const n of [11, 12, 13, 14]) expect((await postPhoto(leader, other, await photo(n))).status).toBe(201);
    const files = storedFiles().length;
    const [a, b] = await Promise.all([
      postPhoto(leader, other, await photo(15)),
      postPhoto(leader, other, await photo(16)),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    // The loser's two renditions were written, then removed when its row was refused.
    expect(storedFiles()).toHaveLength(files + 2);
  });

  it('refuses a file that is not an image (415) and a truncated JPEG (400), storing nothing', async () => {
    const files = storedFiles().length;
    const text = new TextEncoder().encode('这不是照片，只是一段文字。'.repeat(20));
    const notImage = await postPhoto(leader, activityId, text);
    expect(notImage.status).toBe(415);
    expect(notImage.body.code).toBe('photo.not_image');
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(200)]);
    const iphone = await postPhoto(leader, activityId, heic);
    expect([iphone.status, iphone.body.code]).toEqual([415, 'photo.unsupported_type']);
    const other = await newActivity('坏照片');
    const whole = await photo(30, 1200, 900);
    const truncated = await postPhoto(leader, other, whole.subarray(0, Math.floor(whole.length / 2)));
    expect(truncated.status).toBe(400);
    expect(truncated.body.code).toBe('photo.corrupt');
    expect(storedFiles()).toHaveLength(files);
  });

  it('refuses a 50 MB file with 413 before reading it', async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const tooBig = await postPhoto(leader, activityId, big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('request.too_large');
    const video = await sendFile(leader, 'POST', `/api/activities/${activityId}/video`, big, 'video/mp4');
    expect(video.status).toBe(413);
    expect(video.body.code).toBe('request.too_large');
  });

  it('refuses an unreadable caption header', async () => {
    const bad = await postPhoto(leader, await newActivity('说明'), await photo(40), '', { 'x-caption': '%E4%B8' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('media.caption_invalid');
  });
});

describe('serving the files', () => {
  let activityId: string;
  let mediaId: string;
  let original: Buffer;
  beforeAll(async () => {
    activityId = await newActivity('定位');
    original = await makeJpeg(2000, 1500, { gps: true, color: colour(50) });
    const sent = await postPhoto(leader, activityId, original);
    expect(sent.status).toBe(201);
    mediaId = sent.body.id;
  });

  it('serves the display photo without the GPS position or the phone model', async () => {
    expect(exifHasGps((await sharp(original).metadata()).exif)).toBe(true);
    const served = await fetchBytes(member, `/api/media/${mediaId}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    const metadata = await sharp(served.bytes).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['jpeg', 1600, 1200]);
    expect(exifHasGps(metadata.exif)).toBe(false);
    expect(Buffer.from(served.bytes).includes(Buffer.from('Redmi'))).toBe(false);
  });

  it('serves the thumbnail within 400 px', async () => {
    const served = await fetchBytes(leader, `/api/media/${mediaId}/thumbnail`);
    expect(served.status).toBe(200);
    const metadata = await sharp(served.bytes).metadata();
    expect([metadata.width, metadata.height]).toEqual([400, 300]);
    expect(exifHasGps(metadata.exif)).toBe(false);
  });

  it('answers 304 to a browser that has it already', async () => {
    const first = await fetchBytes(leader, `/api/media/${mediaId}`);
    const again = await fetchBytes(leader, `/api/media/${mediaId}`, {
      'if-none-match': first.headers.get('etag') ?? '',
    });
    expect(again.status).toBe(304);
  });

  it('refuses another street (403) and an unknown id (404)', async () => {
    expect((await fetchBytes(leader2, `/api/media/${mediaId}`)).status).toBe(403);
    expect((await fetchBytes(leader2, `/api/media/${mediaId}/thumbnail`)).status).toBe(403);
    expect((await fetchBytes(leader, `/api/media/${randomUUID()}`)).status).toBe(404);
    const upload = await postPhoto(leader2, activityId, await photo(51));
    expect(upload.status).toBe(403);
    expect(upload.body.code).toBe('auth.forbidden');
  });
});

describe('the video clip', () => {
  let activityId: string;
  let clip: Buffer;
  let mediaId: string;
  beforeAll(async () => {
    activityId = await newActivity('视频');
    clip = makeMp4(7, 200_000);
  });

  it('takes one clip, a retry of it answers the same, a second is refused', async () => {
    const sent = await sendFile(leader, 'POST', `/api/activities/${activityId}/video`, clip, 'video/mp4');
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ kind: 'video', mimeType: 'video/mp4', thumbnailUrl: null });
    mediaId = sent.body.id;
    const retry = await sendFile(leader, 'POST', `/api/activities/${activityId}/video`, clip, 'video/mp4');
    expect([retry.status, retry.body.id]).toEqual([200, mediaId]);
    const files = storedFiles().length;
    const second = await sendFile(leader, 'POST', `/api/activities/${activityId}/video`, makeMp4(8), 'video/mp4');
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('media.video_exists');
    expect(storedFiles()).toHaveLength(files);
  });

  it('keeps the film but not where the phone filmed it', async () => {
    const located = makeMp4(9, 20_000, '+31.2304+121.4737/');
    const sent = await sendFile(
      leader,
      'POST',
      `/api/activities/${await newActivity('定位视频')}/video`,
      located,
      'video/mp4',
    );
    expect(sent.status).toBe(201);
    const stored = await fetchBytes(member, `/api/media/${sent.body.id}`);
    expect(stored.bytes.length).toBe(located.length);
    expect(Buffer.from(stored.bytes).includes('+31.2304')).toBe(false);
    expect(Buffer.from(stored.bytes).subarray(-20_000).equals(located.subarray(-20_000))).toBe(true);
  });

  it('refuses a file that is not a video', async () => {
    const jpeg = await photo(60);
    const sent = await sendFile(
      leader,
      'POST',
      `/api/activities/${await newActivity('非视频')}/video`,
      jpeg,
      'video/mp4',
    );
    expect(sent.status).toBe(415);
    expect(sent.body.code).toBe('video.not_video');
  });

  it('answers a Range request with 206 and exactly those bytes, and 416 past the end', async () => {
    const whole = await fetchBytes(member, `/api/media/${mediaId}`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(whole.bytes).equals(clip)).toBe(true);
    const part = await fetchBytes(member, `/api/media/${mediaId}`, { range: 'bytes=1000-1999' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 1000-1999/${clip.length}`);
    expect(part.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(part.bytes).equals(clip.subarray(1000, 2000))).toBe(true);
    const tail = await fetchBytes(member, `/api/media/${mediaId}`, { range: 'bytes=-10' });
    expect(Buffer.from(tail.bytes).equals(clip.subarray(clip.length - 10))).toBe(true);
    const past = await fetchBytes(member, `/api/media/${mediaId}`, { range: `bytes=${clip.length}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${clip.length}`);
    expect((await fetchBytes(member, `/api/media/${mediaId}/thumbnail`)).status).toBe(404);
  });
});

describe('downloading a whole video', () => {
  it('streams exactly the stored bytes, with their length, and the same for a Range of all of it', async () => {
    const activityId = await newActivity('长视频');
    // Several of the store's read chunks, and an odd length: no byte lost or repeated at the seams.
    const clip = makeMp4(9, 3 * 1024 * 1024 + 12_345);
    const sent = await sendFile(leader, 'POST', `/api/activities/${activityId}/video`, clip, 'video/mp4');
    expect(sent.status).toBe(201);
    const row = await api.db
      .selectFrom('activity_media')
      .select('file_key')
      .where('id', '=', sent.body.id)
      .executeTakeFirstOrThrow();
    const stored = readFileSync(join(api.filesDir, row.file_key));
    expect(stored.equals(clip)).toBe(true);

    const whole = await fetchBytes(member, `/api/media/${sent.body.id}`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-length')).toBe(String(stored.length));
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect(whole.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(whole.headers.get('etag')).toBeTruthy();
    expect(Buffer.from(whole.bytes).equals(stored)).toBe(true);

    const fromStart = await fetchBytes(member, `/api/media/${sent.body.id}`, { range: 'bytes=0-' });
    expect(fromStart.status).toBe(206);
    expect(fromStart.headers.get('content-range')).toBe(`bytes 0-${stored.length - 1}/${stored.length}`);
    expect(fromStart.headers.get('content-length')).toBe(String(stored.length));
    expect(Buffer.from(fromStart.bytes).equals(stored)).toBe(true);

    const seam = await fetchBytes(member, `/api/media/${sent.body.id}`, { range: 'bytes=262000-800000' });
    expect(seam.headers.get('content-length')).toBe(String(800_001 - 262_000));
    expect(Buffer.from(seam.bytes).equals(stored.subarray(262_000, 800_001))).toBe(true);

    const cached = await fetchBytes(member, `/api/media/${sent.body.id}`, {
      'if-none-match': whole.headers.get('etag') ?? '',
    });
    expect([cached.status, cached.bytes.length]).toEqual([304, 0]);
  });
});

describe('photos of the paper sheets', () => {
  it('keeps a sign-in sheet legible (2400 px) and counts it as evidence', async () => {
    const activityId = await newActivity('签到表');
    const sheet = await sendFile(
      leader,
      'POST',
      `/api/activities/${activityId}/sheet-photos?kind=sign_in_sheet`,
      await makePng(3000, 2000),
      'image/png',
    );
    expect(sheet.status).toBe(201);
    expect(sheet.body).toMatchObject({ kind: 'sign_in_sheet', width: 2400, height: 1600, mimeType: 'image/jpeg' });
    const detail = await leader.get(`/api/activities/${activityId}`);
    expect(detail.body.evidence.reasons).toContain('sign_in_sheet_photo');
  });

  it('takes three per kind and refuses a fourth; an unknown kind is invalid', async () => {
    const activityId = await newActivity('记录表');
    const send = async (n: number, kind = 'record_sheet') =>
      sendFile(
        leader,
        'POST',
        `/api/activities/${activityId}/sheet-photos?kind=${kind}`,
        await photo(70 + n),
        'image/jpeg',
      );
    for (const n of [1, 2, 3]) expect((await send(n)).status).toBe(201);
    const fourth = await send(4);
    expect(fourth.status).toBe(409);
    expect(fourth.body.code).toBe('media.too_many_sheet_photos');
    expect((await send(5, 'sign_in_sheet')).status).toBe(201);
    const asPhoto = await postPhoto(leader, activityId, await photo(71));
    expect([asPhoto.status, asPhoto.body.code]).toEqual([409, 'media.already_attached']);
    const bad = await send(6, 'receipt');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('request.invalid');
  });
});

describe("a staff tracking log's photos", () => {
  let activityId: string;
  let logId: string;
  beforeAll(async () => {
    activityId = await newActivity('社工观察');
    const assistantUser = await api.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'assistant')
      .executeTakeFirstOrThrow();
    logId = randomUUID();
    await api.db
      .insertInto('tracking_logs')
      .values({
        id: logId,
        street_id: ids.mainStreetId,
        activity_id: activityId,
        organization_id: ids.organizationId,
        staff_user_id: assistantUser.id,
        observed_starts_at: new Date('2026-06-29T01:00:00Z'),
        observed_ends_at: new Date('2026-06-29T03:00:00Z'),
        observed: '队员在广场演出',
        updated_at: new Date('2026-06-29T03:00:00Z'),
      })
      .execute();
  });

  it("takes the assistant's photos on the staff side, five of them apart from the organization's five", async () => {
    for (const n of [1, 2, 3, 4, 5])
      expect((await postPhoto(leader, activityId, await photo(80 + n))).status).toBe(201);
    for (const n of [1, 2, 3, 4, 5]) {
      const sent = await postPhoto(assistant, activityId, await photo(90 + n), `?trackingLogId=${logId}`);
      expect(sent.status).toBe(201);
      expect(sent.body).toMatchObject({ side: 'staff', trackingLogId: logId });
    }
    const sixth = await postPhoto(assistant, activityId, await photo(96), `?trackingLogId=${logId}`);
    expect(sixth.body.code).toBe('media.too_many_photos');
  });

  it("refuses a leader on the log's side and a log of another activity", async () => {
    expect((await postPhoto(leader, activityId, await photo(97), `?trackingLogId=${logId}`)).status).toBe(403);
    const other = await newActivity('另一个');
    const mismatch = await postPhoto(staff, other, await photo(98), `?trackingLogId=${logId}`);
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.code).toBe('media.tracking_log_mismatch');
  });

  it("lets the leader remove the organization's photos but not the log's, and the assistant only their own", async () => {
    const detail = await leader.get(`/api/activities/${activityId}`);
    const orgPhoto = detail.body.media.find((m: { side: string }) => m.side === 'organization');
    const logPhoto = detail.body.media.find((m: { side: string }) => m.side === 'staff');
    expect((await leader.call('DELETE', `/api/media/${logPhoto.id}`)).status).toBe(403);
    expect((await assistant.call('DELETE', `/api/media/${orgPhoto.id}`)).status).toBe(403);
    expect((await member.call('DELETE', `/api/media/${orgPhoto.id}`)).status).toBe(403);
    expect((await assistant.call('DELETE', `/api/media/${logPhoto.id}`)).status).toBe(200);
    expect((await leader.call('DELETE', `/api/media/${orgPhoto.id}`)).status).toBe(200);
  });
});

describe('changing and removing', () => {
  it('reorders the photos, changes a caption, and removes a photo with its files', async () => {
    const activityId = await newActivity('挑最好的');
    const sent: string[] = [];
    for (const n of [1, 2, 3]) sent.push((await postPhoto(leader, activityId, await photo(100 + n))).body.id);
    const moved = await leader.patch(`/api/media/${sent[2]}`, { position: 0, caption: '最好的一张' });
    expect(moved.status).toBe(200);
    expect(moved.body.caption).toBe('最好的一张');
    const order = (await leader.get(`/api/activities/${activityId}`)).body.media.map((m: { id: string }) => m.id);
    expect(order).toEqual([sent[2], sent[0], sent[1]]);
    expect((await leader.patch(`/api/media/${sent[0]}`, {})).status).toBe(400);

    const files = storedFiles().length;
    // Audit rows carry the app's clock, which stands still in tests: move it so they sort.
    api.clock.advanceMinutes(1);
    const removed = await leader.call('DELETE', `/api/media/${sent[1]}`);
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ id: sent[1] });
    expect(storedFiles()).toHaveLength(files - 2);
    expect((await fetchBytes(leader, `/api/media/${sent[1]}`)).status).toBe(404);
    expect((await leader.call('DELETE', `/api/media/${sent[1]}`)).status).toBe(404);
    expect((await leader2.call('DELETE', `/api/media/${sent[0]}`)).status).toBe(403);
    const audit = await api.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', sent[1] as string)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['activity_media.add', 'activity_media.delete']);
  });
});
