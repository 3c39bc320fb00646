import { demoPassword } from '@seedbed/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestApi, type TestApi } from '../support/api';

/**
 * Signing in the way trusted systems do (issue 14): wrong passwords slow the client that types
 * them, never lock the owner out; an unknown login looks exactly like a wrong password; the client
 * address comes from X-Forwarded-For only behind a trusted proxy. Seedbed here stands behind one
 * proxy (SEEDBED_TRUST_PROXY=1), so each test picks its callers' addresses.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ trustProxyHops: 1, loginAttemptsPerMinute: 1_000 });
});
afterAll(() => api.close());

/** A browser at one address (until it moves): what it sends arrives through the proxy from there. */
function browserAt(address: string, over: Pick<TestApi, 'request'> = api) {
  let at = address;
  const client = new Client({
    request: (path, init) =>
      over.request(path, { ...init, headers: { ...(init?.headers as object), 'x-forwarded-for': at } }),
  });
  return Object.assign(client, { moveTo: (next: string) => (at = next) });
}

const logIn = (client: Client, login: string, password = demoPassword) =>
  client.post('/api/auth/login', { login, password });

/** The audit trail of one account, oldest first. */
async function trailOf(username: string) {
  const user = await api.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  return api.db
    .selectFrom('audit_log')
    .select(['action', 'after'])
    .where('record_id', '=', user.id)
    .orderBy('at')
    .execute();
}

async function failTimes(client: Client, login: string, times: number) {
  const statuses: number[] = [];
  for (let i = 0; i < times; i += 1) statuses.push((await logIn(client, login, `wrong-${i}`)).status);
  return statuses;
}

describe('an unknown login and a wrong password', () => {
  it('get the same answer, before and after they are slowed', async () => {
    const unknown = browserAt('198.51.100.1');
    const known = browserAt('198.51.100.2');
    for (let i = 0; i < 6; i += 1) {
      const a = await logIn(unknown, 'nobody-at-all', 'wrong');
      const b = await logIn(known, 'funder', 'wrong');
      expect({ status: a.status, body: a.body, retryAfter: a.headers.get('retry-after') }).toEqual({
        status: b.status,
        body: b.body,
        retryAfter: b.headers.get('retry-after'),
      });
      expect([a.headers.get('set-cookie'), b.headers.get('set-cookie')]).toEqual([null, null]);
      expect(a.status).toBe(i < 5 ? 401 : 429);
    }
  });
});

describe('wrong passwords slow the client that types them', () => {
  it('after five, each try waits longer (1, then 2 minutes), says so in both languages, and a good login clears it', async () => {
    const phone = browserAt('198.51.100.10');
    expect(await failTimes(phone, 'assistant', 5)).toEqual([401, 401, 401, 401, 401]);
    const slowed = await logIn(phone, 'assistant');
    expect(slowed).toMatchObject({ status: 429, body: { code: 'auth.login_throttled' } });
    expect(slowed.headers.get('retry-after')).toBe('60');
    expect(slowed.body.message).toContain('1 分钟');
    const english = await phone.call(
      'POST',
      '/api/auth/login',
      { login: 'assistant', password: 'x' },
      {
        'accept-language': 'en',
      },
    );
    expect(english.body.message).toContain('1 min');

    api.clock.advanceMinutes(1);
    expect((await logIn(phone, 'assistant', 'still-wrong')).status).toBe(401);
    expect((await logIn(phone, 'assistant')).headers.get('retry-after')).toBe('120');
    api.clock.advanceMinutes(2);
    expect((await logIn(phone, 'assistant')).status).toBe(200);
    expect((await logIn(phone, 'assistant', 'typo')).status).toBe(401);
  });

  it('a stranger cannot keep the owner out: the owner signs in from a known phone or address meanwhile', async () => {
    const ownersPhone = browserAt('198.51.100.20');
    expect((await logIn(ownersPhone, 'expert')).status).toBe(200);
    const stranger = browserAt('203.0.113.66');
    expect(await failTimes(stranger, 'expert', 8)).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    expect((await logIn(stranger, 'expert')).status).toBe(429);

    expect((await logIn(ownersPhone, 'expert')).status).toBe(200);
    // The same phone on mobile data, today at another carrier address: its device cookie vouches.
    ownersPhone.moveTo('192.0.2.77');
    expect((await logIn(ownersPhone, 'expert')).status).toBe(200);
    // A fresh browser (no device cookie) at the stranger's address is still waiting.
    expect((await logIn(browserAt('203.0.113.66'), 'expert')).status).toBe(429);
  });

  it('many addresses guessing one account are slowed together, but not the owner at a known address', async () => {
    expect((await logIn(browserAt('198.51.100.30'), 'official')).status).toBe(200);
    for (let i = 0; i < 20; i += 1)
      expect((await logIn(browserAt(`203.0.113.${100 + i}`), 'official', 'guess')).status).toBe(401);
    const next = await logIn(browserAt('203.0.113.200'), 'official', 'guess');
    expect(next).toMatchObject({ status: 429, body: { code: 'auth.login_throttled' } });
    expect((await logIn(browserAt('198.51.100.30'), 'official')).status).toBe(200);
  });

  it('tries sent all at once are counted before any is checked: a burst gets five guesses, not more', async () => {
    const burst = browserAt('203.0.113.77');
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => logIn(burst, i % 2 ? 'admin' : 'nobody-in-a-burst', `guess-${i}`)),
    );
    const byLogin = (parity: number) => answers.filter((_, i) => i % 2 === parity).map((answer) => answer.status);
    for (const statuses of [byLogin(0), byLogin(1)]) expect(statuses.sort()).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('the counts are kept in the database: a restart gives no fresh tries', async () => {
    await failTimes(browserAt('203.0.113.5'), 'street', 5);
    const restarted = await api.listen({ trustProxyHops: 1 });
    try {
      const again = await logIn(browserAt('203.0.113.5', restarted), 'street');
      expect(again.status).toBe(429);
    } finally {
      await restarted.close();
    }
  });

  it('the account trail shows the failures and the waits, never the address', async () => {
    // The audit row of a failure is written just after its answer.
    await expect
      .poll(async () => (await trailOf('street')).map((row) => row.action))
      .toEqual(expect.arrayContaining(['user.login_failed', 'user.login_slowed']));
    const trail = await trailOf('street');
    expect(JSON.stringify(trail)).not.toContain('203.0.113.5');
    const counters = await api.db.selectFrom('login_throttles').selectAll().execute();
    expect(JSON.stringify(counters)).not.toMatch(/203\.0\.113|nobody-at-all/);
  });
});

describe('the client address', () => {
  it('without a trusted proxy is the socket peer: a forged X-Forwarded-For buys no fresh tries', async () => {
    const direct = await api.listen({ trustProxyHops: 0 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1)
        statuses.push((await logIn(browserAt(`10.9.8.${i}`, direct), 'nobody-direct', 'x')).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    } finally {
      await direct.close();
    }
  });

  it('behind a trusted proxy is the address the proxy appended, so one address waiting leaves the others be', async () => {
    const proxied = await api.listen({ trustProxyHops: 1 });
    try {
      // Whatever the client wrote before the proxy's entry is not believed either.
      const forged = (i: number) => browserAt(`10.0.0.${i}, 198.51.100.40`, proxied);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) statuses.push((await logIn(forged(i), 'nobody-proxied', 'x')).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      expect((await logIn(browserAt('198.51.100.41', proxied), 'nobody-proxied', 'x')).status).toBe(401);
    } finally {
      await proxied.close();
    }
  });
});

describe('sessions', () => {
  it('logging out ends this session only; signing out everywhere ends them all, and only that user’s', async () => {
    const desk = await api.as('leader');
    const phone = await api.as('leader');
    const tablet = await api.as('leader');
    const colleague = await api.as('member');
    expect((await desk.post('/api/auth/logout')).status).toBe(200);
    expect((await desk.get('/api/auth/me')).status).toBe(401);
    expect((await phone.get('/api/auth/me')).status).toBe(200);

    expect((await phone.post('/api/auth/logout-all')).status).toBe(200);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    expect((await tablet.get('/api/auth/me')).status).toBe(401);
    expect((await colleague.get('/api/auth/me')).status).toBe(200);
    expect((await api.anonymous().post('/api/auth/logout-all')).status).toBe(401);
    expect((await trailOf('leader')).map((row) => row.action)).toContain('session.delete_all');
  });

  it('an unused session ends after 45 days; used monthly it lives on, up to 180 days from sign-in', async () => {
    const idle = await api.as('admin');
    const monthly = await api.as('staff');
    api.clock.advanceMinutes(44 * 1440);
    expect((await monthly.get('/api/auth/me')).status).toBe(200);
    api.clock.advanceMinutes(2 * 1440);
    expect((await idle.get('/api/auth/me')).status).toBe(401);
    for (let month = 0; month < 4; month += 1) {
      api.clock.advanceMinutes(33 * 1440);
      expect((await monthly.get('/api/auth/me')).status, `after ${46 + 33 * (month + 1)} days`).toBe(200);
    }
    api.clock.advanceMinutes(2 * 1440);
    expect((await monthly.get('/api/auth/me')).status).toBe(401);
  });

  it('notes a session’s use at most once an hour, so reading does not write on every request', async () => {
    const staff = await api.as('staff');
    const lastSeen = async () =>
      (
        await api.db
          .selectFrom('sessions')
          .innerJoin('users', 'users.id', 'sessions.user_id')
          .select('sessions.last_seen_at')
          .where('users.username', '=', 'staff')
          .orderBy('sessions.created_at', 'desc')
          .executeTakeFirstOrThrow()
      ).last_seen_at.getTime();
    const signedIn = await lastSeen();
    api.clock.advanceMinutes(30);
    await staff.get('/api/auth/me');
    expect(await lastSeen()).toBe(signedIn);
    api.clock.advanceMinutes(31);
    await staff.get('/api/auth/me');
    expect(await lastSeen()).toBe(api.clock.current.getTime());
  });
});
