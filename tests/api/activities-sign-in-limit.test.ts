import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../support/answer-text';
import { startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { postForm, todaysActivity } from '../support/forms';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ publicWritesPerMinute: 300, signInsPerAddressAndCodePerMinute: 5 });
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

describe('one address signs in a bounded number of names per activity code and minute', () => {
  it('answers 429 after 5 sign-ins a minute to one code (a test setting; 30 by default), other codes unaffected', async () => {
    api.clock.advanceMinutes(2);
    const leader = await api.as('leader');
    const { organizationId } = await demoIds(api.db);
    const codes: string[] = [];
    for (const key of ['sign-in-limit-a', 'sign-in-limit-b']) {
      const made = await leader.call(
        'POST',
        '/api/activities',
        {
          organizationIds: [organizationId],
          title: `限流测试 ${key}`,
          startsAt: '2026-06-30T09:00:00+08:00',
          endsAt: '2026-06-30T11:00:00+08:00',
          openness: 'open_to_all',
          organizerCount: 2,
          servedCount: 100,
        },
        { 'idempotency-key': key },
      );
      codes.push(made.body.signInCode);
    }
    const [first, second] = codes as [string, string];
    const script = api.anonymous();
    const signIn = (code: string, i: number) =>
      script.post(`/api/sign-in/${code}`, { name: `脚本 ${i}`, consent: true });
    for (let i = 0; i < 5; i += 1) expect((await signIn(first, i)).status).toBe(200);
    const limited = await signIn(first, 5);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('auth.rate_limited');
    const volunteer = await script.post(`/api/volunteer/${first}/sign-in`, {
      name: '脚本志愿者',
      phone: '13600009999',
      consent: true,
    });
    expect(volunteer.status).toBe(429);
    expect((await signIn(second, 6)).status).toBe(200);
    api.clock.advanceMinutes(1);
    expect((await signIn(first, 7)).status).toBe(200);
  });

  it('counts the server-rendered pages’ form sign-ins alike, and answers the sixth with a 429 page', async () => {
    api.clock.advanceMinutes(2);
    const leader = await api.as('leader');
    const { code } = await todaysActivity(leader, (await demoIds(api.db)).organizationId, '限流测试 表单');
    const phone = api.anonymous();
    for (let i = 0; i < 3; i += 1)
      expect((await postForm(phone, `/s/${code}`, { name: `表单 ${i}`, consent: 'yes' })).status).toBe(200);
    const volunteer = { action: 'sign-in', phone: '13600008888', consent: 'yes' };
    expect((await postForm(phone, `/v/${code}`, { ...volunteer, name: '志愿者' })).status).toBe(200);
    expect((await phone.post(`/api/sign-in/${code}`, { name: 'JSON', consent: true })).status).toBe(200);
    const limited = await postForm(phone, `/s/${code}`, { name: '表单 6', consent: 'yes' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(pageText(limited.body)).toContain('尝试太频繁，请稍后再试。');
    expect((await postForm(phone, `/v/${code}`, { ...volunteer, name: '志愿者' })).status).toBe(429);
  });
});
