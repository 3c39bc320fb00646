import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ publicWritesPerMinute: 300 });
});
afterAll(() => api.close());

describe('the public sign-in is rate-limited per client address', () => {
  it('answers 429 after 300 tries a minute from one address, and lets it through a minute later', async () => {
    const resident = api.anonymous();
    for (let i = 0; i < 300; i += 1) expect((await resident.get('/api/sign-in/NOSUCH23')).status).toBe(404);
    const limited = await resident.post('/api/sign-in/NOSUCH23', { name: '脚本', consent: true });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('auth.rate_limited');
    api.clock.advanceMinutes(1);
    expect((await resident.get('/api/sign-in/NOSUCH23')).status).toBe(404);
  });
});
