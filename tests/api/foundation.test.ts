import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
});
afterAll(() => api.close());

describe('the service', () => {
  it('answers health when the database is reachable', async () => {
    const result = await api.anonymous().get('/api/health');
    expect(result).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('publishes an OpenAPI document generated from the schemas, and a reference page', async () => {
    const doc = await api.anonymous().get('/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/organizations/{id}', '/api/streets/{id}/overview']),
    );
    expect(
      doc.body.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.properties,
    ).toHaveProperty('login');
    const page = await api.anonymous().get('/api/docs');
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('swagger-ui');
  });

  it('sends secure headers', async () => {
    const result = await api.anonymous().get('/api/health');
    expect(result.headers.get('x-content-type-options')).toBe('nosniff');
    expect(result.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers an unknown API path with a coded 404 in Chinese by default and in English on request', async () => {
    const zh = await api.anonymous().get('/api/nothing-here');
    expect(zh).toMatchObject({ status: 404, body: { code: 'request.not_found', message: '找不到这个页面或记录。' } });
    const en = await api
      .anonymous()
      .call('GET', '/api/nothing-here', undefined, { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.body.message).toBe('No such page or record.');
  });
});

describe('logging in', () => {
  it('works with a username and with a phone number, and tells the web app where to go', async () => {
    const staff = await api.as('staff');
    const me = await staff.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ role: 'incubator_staff', homePath: `/streets/${ids.mainStreetId}` });

    const byPhone = await api.anonymous().post('/api/auth/login', { login: ids.leaderPhone, password: 'seedbed-demo' });
    expect(byPhone.status).toBe(200);
    expect(byPhone.body.user.homePath).toBe(`/organizations/${ids.organizationId}`);
  });

  it('sets an httpOnly SameSite session cookie', async () => {
    const result = await api.anonymous().post('/api/auth/login', { login: 'staff', password: 'seedbed-demo' });
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('refuses a wrong password without saying which half was wrong', async () => {
    const unknown = await api.anonymous().post('/api/auth/login', { login: 'nobody', password: 'x' });
    const wrong = await api.anonymous().post('/api/auth/login', { login: 'funder', password: 'wrong-password' });
    expect(unknown).toMatchObject({ status: 401, body: { code: 'auth.invalid_credentials' } });
    expect(wrong).toMatchObject({ status: 401, body: { code: 'auth.invalid_credentials' } });
  });

  it('logs out: the old cookie no longer works', async () => {
    const staff = await api.as('staff');
    expect((await staff.post('/api/auth/logout')).status).toBe(200);
    expect((await staff.get('/api/auth/me')).status).toBe(401);
  });
});

describe('bad input gets a clear 4xx and changes nothing', () => {
  it('malformed JSON', async () => {
    const staff = await api.as('staff');
    const result = await staff.call('PATCH', `/api/organizations/${ids.organizationId}`, '{"description": ');
    expect(result).toMatchObject({ status: 400, body: { code: 'request.invalid_json' } });
  });

  it('wrong types and over-long strings, with the fields named', async () => {
    const staff = await api.as('staff');
    const wrongType = await staff.patch(`/api/organizations/${ids.organizationId}`, { description: 42 });
    expect(wrongType).toMatchObject({ status: 400, body: { code: 'request.invalid' } });
    expect(wrongType.body.fields[0].path).toBe('description');
    const tooLong = await staff.patch(`/api/organizations/${ids.organizationId}`, { name: '舞'.repeat(61) });
    expect(tooLong).toMatchObject({ status: 400, body: { code: 'request.invalid' } });
    const after = await staff.get(`/api/organizations/${ids.organizationId}`);
    expect(after.body.name).not.toContain('舞'.repeat(61));
  });

  it('unknown ids are 404, malformed ids 400, ids from another scope 403', async () => {
    const staff = await api.as('staff');
    expect((await staff.get('/api/organizations/00000000-0000-4000-8000-000000000000')).body.code).toBe(
      'organization.unknown',
    );
    expect((await staff.get('/api/organizations/not-a-uuid')).status).toBe(400);
    const leader = await api.as('leader');
    const other = await leader.get(`/api/organizations/${ids.otherOrganizationId}`);
    expect(other).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });
    expect(other.body).not.toHaveProperty('name');
  });

  it('a write without the CSRF token, or from a foreign origin, is refused', async () => {
    const staff = await api.as('staff');
    const token = staff.csrfToken;
    staff.csrfToken = '';
    const noToken = await staff.patch(`/api/organizations/${ids.organizationId}`, { description: 'x' });
    expect(noToken).toMatchObject({ status: 403, body: { code: 'auth.csrf' } });
    staff.csrfToken = token;
    const foreign = await staff.call(
      'PATCH',
      `/api/organizations/${ids.organizationId}`,
      { description: 'x' },
      {
        origin: 'https://evil.example',
      },
    );
    expect(foreign).toMatchObject({ status: 403, body: { code: 'auth.csrf' } });
  });

  it('a future founding date, or an organization in a community that does not exist', async () => {
    const staff = await api.as('staff');
    const future = await staff.post('/api/organizations', {
      name: '明日合唱团',
      organizationType: 'culture_recreation',
      homeCommunityId: ids.homeCommunityId,
      foundedOn: '2099-01-01',
    });
    expect(future).toMatchObject({ status: 400, body: { code: 'organization.future_founding' } });
    const nowhere = await staff.post('/api/organizations', {
      name: '无名队',
      organizationType: 'culture_recreation',
      homeCommunityId: ids.homeCommunityId,
      servedCommunityIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(nowhere).toMatchObject({ status: 404, body: { code: 'community.unknown' } });
    const count = await api.db
      .selectFrom('organizations')
      .select(api.db.fn.countAll().as('n'))
      .where('name', 'in', ['明日合唱团', '无名队'])
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});

describe('login rate limiting', () => {
  it('slows a client that tries too many logins in a minute, whatever the account', async () => {
    const limited = await startTestApi({ loginAttemptsPerMinute: 3 });
    try {
      const client = limited.anonymous();
      const answers = [];
      for (const login of ['a', 'b', 'c', 'd'])
        answers.push(await client.post('/api/auth/login', { login, password: 'x' }));
      expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 429]);
      expect(answers[3]?.body.code).toBe('auth.login_throttled');
      expect(answers[3]?.headers.get('retry-after')).toBe('60');
      limited.clock.advanceMinutes(1);
      expect((await client.post('/api/auth/login', { login: 'staff', password: 'seedbed-demo' })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('never slows good logins: a street office behind one address logs in all morning', async () => {
    const limited = await startTestApi({ loginAttemptsPerMinute: 3 });
    try {
      const client = limited.anonymous();
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1)
        statuses.push((await client.post('/api/auth/login', { login: 'staff', password: 'seedbed-demo' })).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
      expect((await client.post('/api/auth/login', { login: 'staff', password: 'wrong' })).status).toBe(401);
      expect((await client.post('/api/auth/login', { login: 'assistant', password: 'seedbed-demo' })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
