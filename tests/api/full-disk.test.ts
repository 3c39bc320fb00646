import { readdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordActivity, uploadPhoto } from '../support/activities';
import { startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

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
    const activityId = await recordActivity(leader, ids.organizationId, '磁盘满时的活动');
    const before = filesOnDisk();

    // From here on every file write fails as on a full disk (the fault point in file-store.ts).
    process.env.SEEDBED_FAULT = 'files.write-enospc';
    const english = await uploadPhoto(leader, activityId, 3, { 'accept-language': 'en' });
    expect(english.status).toBe(503);
    expect(english.body).toEqual({ code: 'files.unavailable', message: expect.stringMatching(/storage is full/) });
    const chinese = await uploadPhoto(leader, activityId, 3, { 'accept-language': 'zh-CN' });
    expect(chinese.body.message).toMatch(/存储空间已满/);

    expect(filesOnDisk()).toEqual(before);
    const rows = await api.db.selectFrom('activity_media').where('activity_id', '=', activityId).execute();
    expect(rows).toEqual([]);
    const health = await api.request('/api/health');
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', database: true, files: false });

    // Space again: the same upload goes through and the health check is back to ok.
    delete process.env.SEEDBED_FAULT;
    expect((await api.request('/api/health')).status).toBe(200);
    expect((await uploadPhoto(leader, activityId, 3)).status).toBe(201);
  });
});
