import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { makeJpeg, sendFile } from '../support/images';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
afterEach(() => {
  delete process.env.SEEDBED_FAULT;
});

/** Every file under the store, `.part` files included. */
function filesOnDisk(): string[] {
  return readdirSync(api.filesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

describe('a full disk', () => {
  it('refuses an upload with its own code in the caller’s language, leaves nothing, and shows in the health check', async () => {
    const ids = await demoIds(api.db);
    const leader = await api.as('leader');
    const activity = await leader.call(
      'POST',
      '/api/activities',
      {
        organizationIds: [ids.organizationId],
        title: '磁盘满时的活动',
        startsAt: '2026-06-29T09:00:00+08:00',
        endsAt: '2026-06-29T11:00:00+08:00',
        openness: 'open_to_all',
        organizerCount: 2,
        servedCount: 10,
      },
      { 'idempotency-key': `full-disk-${randomUUID()}` },
    );
    expect(activity.status).toBe(201);
    const before = filesOnDisk();

    // From here on every file write fails as on a full disk (the fault point in file-store.ts).
    process.env.SEEDBED_FAULT = 'files.write-enospc';
    const path = `/api/activities/${activity.body.id}/photos`;
    const photo = await makeJpeg(800, 600, { color: { r: 10, g: 200, b: 90 } });
    const english = await sendFile(leader, 'POST', path, photo, 'image/jpeg', { 'accept-language': 'en' });
    expect(english.status).toBe(503);
    expect(english.body).toEqual({ code: 'files.unavailable', message: expect.stringMatching(/storage is full/) });
    const chinese = await sendFile(leader, 'POST', path, photo, 'image/jpeg', { 'accept-language': 'zh-CN' });
    expect(chinese.body.message).toMatch(/存储空间已满/);

    expect(filesOnDisk()).toEqual(before);
    const rows = await api.db.selectFrom('activity_media').where('activity_id', '=', activity.body.id).execute();
    expect(rows).toEqual([]);
    const health = await api.request('/api/health');
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', database: true, files: false });

    // Space again: the same upload goes through and the health check is back to ok.
    delete process.env.SEEDBED_FAULT;
    expect((await api.request('/api/health')).status).toBe(200);
    expect((await sendFile(leader, 'POST', path, photo, 'image/jpeg')).status).toBe(201);
  });
});
