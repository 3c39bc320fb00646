import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

/**
 * Bad input gets a clear 4xx and writes nothing (issue 14, "bad input never makes a 500"): text
 * PostgreSQL cannot store (a NUL character) and dates it cannot hold (year 0000) are refused at
 * the edge, by one policy for every route, before any store runs.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let staff: Client;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  staff = await api.as('staff');
});
afterAll(() => api.close());

async function count(table: 'people' | 'activities' | 'audit_log') {
  const row = await api.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const activity = (extra: object) => ({
  organizationIds: [ids.organizationId],
  title: '广场舞公益展演',
  startsAt: '2026-06-29T09:00:00+08:00',
  endsAt: '2026-06-29T11:00:00+08:00',
  ...extra,
});

describe('input no store can take', () => {
  it('refuses a NUL character in any text of a body, a query or the login, with a field message', async () => {
    const before = await Promise.all([count('people'), count('audit_log')]);
    const person = await staff.post('/api/people', { communityId: ids.homeCommunityId, name: '王\u0000阿姨' });
    expect(person).toMatchObject({ status: 400, body: { code: 'request.invalid' } });
    expect(person.body.fields).toEqual([expect.objectContaining({ path: 'name' })]);
    const nested = await staff.call('POST', '/api/activities', activity({ feedback: [{ text: 'a\u0000b' }] }), {
      'idempotency-key': 'nul-in-feedback-1',
    });
    expect(nested).toMatchObject({ status: 400, body: { code: 'request.invalid' } });
    const half = await staff.post('/api/people', { communityId: ids.homeCommunityId, name: '王阿姨\ud83d' });
    expect(half).toMatchObject({ status: 400, body: { code: 'request.invalid' } });
    const login = await api.anonymous().post('/api/auth/login', { login: 'staff\u0000', password: 'x' });
    expect(login.status).toBe(400);
    const query = await staff.get(`/api/people?q=${encodeURIComponent('王\u0000')}`);
    expect(query.status).toBe(400);
    expect(await Promise.all([count('people'), count('audit_log')])).toEqual(before);
  });

  it('refuses dates outside the years a record can be about (year 0000, year 99999)', async () => {
    const before = await count('people');
    const born = await staff.post('/api/people', {
      communityId: ids.homeCommunityId,
      name: '王阿姨',
      birthDate: '0000-01-01',
    });
    expect(born).toMatchObject({ status: 400, body: { code: 'request.invalid' } });
    const held = await staff.call('POST', '/api/activities', activity({ startsAt: '0000-06-29T09:00:00+08:00' }), {
      'idempotency-key': 'year-zero-activity',
    });
    expect(held.status).toBe(400);
    const listed = await staff.get('/api/activities?from=0000-01-01');
    expect(listed.status).toBe(400);
    expect(await count('people')).toBe(before);
  });

  it('answers an unknown community of an activity as unknown, not as a server error', async () => {
    const before = await count('activities');
    const unknown = await staff.call(
      'POST',
      '/api/activities',
      activity({ organizationIds: [], communityId: '00000000-0000-4000-8000-000000000000' }),
      { 'idempotency-key': 'unknown-community-1' },
    );
    expect(unknown.status).toBeGreaterThanOrEqual(400);
    expect(unknown.status).toBeLessThan(500);
    expect(await count('activities')).toBe(before);
  });

  it('answers an unknown community named beside the organization as unknown, not as a server error', async () => {
    const before = await count('activities');
    // A whole, valid record but for the community (no place, so the community would be stored).
    const complete = { openness: 'open_to_all', organizerCount: 2, servedCount: 20 };
    const unknown = await staff.call(
      'POST',
      '/api/activities',
      activity({ ...complete, communityId: '00000000-0000-4000-8000-000000000000' }),
      { 'idempotency-key': 'unknown-community-2' },
    );
    expect(unknown).toMatchObject({ status: 404, body: { code: 'community.unknown' } });
    const wrongKind = await staff.call(
      'POST',
      '/api/activities',
      activity({ ...complete, communityId: ids.organizationId }),
      { 'idempotency-key': 'wrong-kind-community-2' },
    );
    expect(wrongKind.status).toBe(404);
    const known = await staff.call(
      'POST',
      '/api/activities',
      activity({ ...complete, communityId: ids.homeCommunityId }),
      {
        'idempotency-key': 'known-community-2',
      },
    );
    expect(known.status).toBe(201);
    expect(await count('activities')).toBe(before + 1);
  });

  it('refuses a NUL in a path parameter (a sign-in code) as invalid, not as a server error', async () => {
    const signIn = await api.anonymous().get('/api/sign-in/AB%00CD');
    expect(signIn).toMatchObject({ status: 400, body: { code: 'request.invalid', fields: [{ path: '(path)' }] } });
    const volunteer = await api.anonymous().post('/api/volunteer/AB%00CD/sign-in', { phone: '13800138000' });
    expect(volunteer.status).toBe(400);
  });

  it('refuses a body nested far deeper than any form, quickly and whole', async () => {
    const before = await count('people');
    // 20,000 arrays deep: the text policy walked it recursively, ran out of stack and let it through.
    const deep = `{"communityId":"${ids.homeCommunityId}","name":"王阿姨","traits":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const refused = await staff.post('/api/people', deep);
    expect(refused).toMatchObject({
      status: 400,
      body: { code: 'request.invalid', fields: [{ path: '(body)', message: 'too_deep' }] },
    });
    expect(await count('people')).toBe(before);
  });
});
