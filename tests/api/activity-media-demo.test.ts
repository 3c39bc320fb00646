import { createDiskFileStore, writeDemoPhotos } from '@seedbed/server';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { fetchBytes } from '../support/images';

let api: TestApi;
let leader: Client;
beforeAll(async () => {
  api = await startTestApi();
  leader = await api.as('leader');
});
afterAll(() => api.close());

describe('demo photos', () => {
  it("gives the leader's latest activities 2–4 photos each, once", async () => {
    const files = createDiskFileStore(api.filesDir);
    const written = await writeDemoPhotos(api.db, files, '2026-06-30', { activities: 3 });
    expect(written).toBe(2 + 3 + 4);
    expect(await writeDemoPhotos(api.db, files, '2026-06-30', { activities: 3 })).toBe(0);
    const row = await api.db
      .selectFrom('activity_media')
      .select(['id', 'activity_id'])
      .orderBy('created_at')
      .executeTakeFirstOrThrow();
    const detail = await leader.get(`/api/activities/${row.activity_id}`);
    expect(detail.body.evidence.reasons).toContain('photos');
    const served = await fetchBytes(leader, `/api/media/${row.id}`);
    expect(served.status).toBe(200);
    expect((await sharp(served.bytes).metadata()).width).toBe(1200);
  });
});
