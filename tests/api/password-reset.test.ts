import { demoPassword } from '@seedbed/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestApi, type TestApi } from '../support/api';

/**
 * Getting back in (issue 15): staff issue a one-time reset code for a leader who forgot the
 * password; the code works once, for a day, only for accounts in the staff member's street; using
 * it ends the account's other sessions. Everyone changes their own password; the login page is
 * told how many tries are left, the same for a login nobody has. Seedbed stands behind one proxy
 * here, so each client picks its address.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ trustProxyHops: 1, loginAttemptsPerMinute: 1_000 });
});
afterAll(() => api.close());

let addresses = 0;
/** A browser at an address of its own: login counters of one test do not reach another's. */
function browser() {
  addresses += 1;
  const at = `198.51.100.${addresses}`;
  return new Client({
    request: (path, init) =>
      api.request(path, { ...init, headers: { ...(init?.headers as object), 'x-forwarded-for': at } }),
  });
}

async function signedIn(login: string, password = demoPassword) {
  const client = browser();
  const answer = await client.post('/api/auth/login', { login, password });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return client;
}

const passwordOf = async (username: string) =>
  (await api.db.selectFrom('users').select('password_hash').where('username', '=', username).executeTakeFirstOrThrow())
    .password_hash;

describe('a reset code from staff', () => {
  it('lets the person choose a new password once, ends their other sessions and signs them in', async () => {
    const staff = await signedIn('staff');
    const leadersOldPhone = await signedIn('member');
    const issued = await staff.post('/api/password-resets', { login: 'member' });
    expect(issued.status).toBe(201);
    expect(issued.body.code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(issued.body.path).toBe(`/reset/${issued.body.code.replace('-', '')}`);
    expect(issued.body.qrSvg).toMatch(/^<svg/);
    expect(issued.headers.get('cache-control')).toBe('no-store');

    // Typed by hand: lower case and without the dash is forgiven.
    const typed = issued.body.code.replace('-', '').toLowerCase();
    const leader = browser();
    const shown = await leader.get(`/api/password-resets/${typed}`);
    expect(shown).toMatchObject({ status: 200, body: { login: 'member' } });
    const used = await leader.post(`/api/password-resets/${typed}/use`, { password: 'a new one 2026' });
    expect(used.status).toBe(200);
    expect((await leader.get('/api/auth/me')).body.user.displayName).toBe(shown.body.displayName);
    expect((await leadersOldPhone.get('/api/auth/me')).status).toBe(401);
    expect((await browser().post('/api/auth/login', { login: 'member', password: demoPassword })).status).toBe(401);
    await signedIn('member', 'a new one 2026');

    const again = await browser().call(
      'POST',
      `/api/password-resets/${typed}/use`,
      { password: 'other 2026' },
      {
        'accept-language': 'en',
      },
    );
    expect(again).toMatchObject({ status: 409, body: { code: 'password_reset.used' } });
    expect(again.body.message).toMatch(/already been used/);
    await signedIn('member', 'a new one 2026');

    // The trail says who issued it for whom and when it was used, never the code.
    const trail = await api.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'after'])
      .where('action', 'like', '%password_reset%')
      .execute();
    expect(trail.map((row) => row.action).sort()).toEqual([
      'account.password_reset.issue',
      'account.password_reset.use',
      'user.password_reset',
    ]);
    expect(JSON.stringify(trail)).not.toContain(typed.toUpperCase());
  });

  it('stops working after a day, or when a newer one is issued, and then changes nothing', async () => {
    const staff = await signedIn('staff');
    const first = await staff.post('/api/password-resets', { login: 'official' });
    const second = await staff.post('/api/password-resets', { login: 'official' });
    const before = await passwordOf('official');
    const replaced = await browser().post(`${first.body.path.replace('/reset', '/api/password-resets')}/use`, {
      password: 'replaced code 2026',
    });
    expect(replaced).toMatchObject({ status: 410, body: { code: 'password_reset.expired' } });

    api.clock.advanceMinutes(24 * 60);
    const late = browser();
    expect((await late.get(second.body.path.replace('/reset', '/api/password-resets'))).status).toBe(410);
    const expired = await late.post(`${second.body.path.replace('/reset', '/api/password-resets')}/use`, {
      password: 'too late 2026',
    });
    expect(expired).toMatchObject({ status: 410, body: { code: 'password_reset.expired' } });
    expect(expired.body.message).toContain('重设码已失效');
    expect(await passwordOf('official')).toBe(before);
    expect((await late.get('/api/auth/me')).status).toBe(401);
  });

  it('is refused for an unknown code, and for a password too short', async () => {
    const staff = await signedIn('staff');
    const issued = await staff.post('/api/password-resets', { login: 'street' });
    const path = issued.body.path.replace('/reset', '/api/password-resets');
    expect((await browser().get('/api/password-resets/NOSUCHCODE')).body.code).toBe('password_reset.invalid');
    expect((await browser().post(`${path}/use`, { password: 'short' })).status).toBe(400);
    expect((await browser().get(path)).status).toBe(200);
  });

  it('is issued by staff only for the people they work with in their own street', async () => {
    const staff = await signedIn('staff');
    const issue = async (login: string) => (await staff.post('/api/password-resets', { login })).body.code ?? '';
    expect(await issue('leader2')).toBe('account.not_found');
    expect(await issue('nobody-with-this-name')).toBe('account.not_found');
    expect(await issue('admin')).toBe('account.not_found');
    expect(await issue('expert')).toBe('password_reset.role_not_allowed');
    expect(await issue('assistant')).toMatch(/^\w{4}-\w{4}$/);
    const assistant = await signedIn('assistant');
    expect((await assistant.post('/api/password-resets', { login: 'leader' })).status).toBe(403);
    const admin = await signedIn('admin');
    expect((await admin.post('/api/password-resets', { login: 'leader2' })).status).toBe(201);
  });
});

describe('changing one’s own password', () => {
  it('needs the current one: a wrong one changes nothing', async () => {
    const funder = await signedIn('funder');
    const before = await passwordOf('funder');
    const wrong = await funder.post('/api/auth/password', { currentPassword: 'not it', newPassword: 'brand new 2026' });
    expect(wrong).toMatchObject({ status: 400, body: { code: 'account.wrong_current_password' } });
    expect(await passwordOf('funder')).toBe(before);
  });

  it('keeps this session and ends the others', async () => {
    const here = await signedIn('expert');
    const elsewhere = await signedIn('expert');
    const changed = await here.post('/api/auth/password', {
      currentPassword: demoPassword,
      newPassword: 'brand new 2026',
    });
    expect(changed.status).toBe(200);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    await signedIn('expert', 'brand new 2026');
  });
});

describe('the login page', () => {
  it('is told the tries left, then the wait, the same for a login nobody has', async () => {
    const known = browser();
    const unknown = browser();
    const told: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const a = await known.post('/api/auth/login', { login: 'leader2', password: `wrong ${i}` });
      const b = await unknown.post('/api/auth/login', { login: 'no-such-login', password: `wrong ${i}` });
      expect({ status: a.status, body: a.body }).toEqual({ status: b.status, body: b.body });
      told.push(`${a.status} ${a.body.code} ${a.body.message}`);
    }
    expect(told).toEqual([
      '401 auth.invalid_credentials 账号或密码不对。还可以再试 4 次，之后每次要等一会儿。',
      '401 auth.invalid_credentials 账号或密码不对。还可以再试 3 次，之后每次要等一会儿。',
      '401 auth.invalid_credentials 账号或密码不对。还可以再试 2 次，之后每次要等一会儿。',
      '401 auth.invalid_credentials 账号或密码不对。还可以再试 1 次，之后每次要等一会儿。',
      '401 auth.invalid_credentials_wait 账号或密码不对。请等 1 分钟再试；忘了密码请点“忘记密码？”。',
      '429 auth.login_throttled 登录失败次数太多，请 1 分钟后再试。',
    ]);
  });
});

describe('an invite for a phone that already has an account', () => {
  it('is refused and leaves the account and the invite as they were', async () => {
    const staff = await signedIn('staff');
    const leader = await api.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', 'leader')
      .executeTakeFirstOrThrow();
    const invite = await staff.post('/api/invites', { organizationId: leader.scope_id, displayName: '又一位队长' });
    const accepted = await browser().post(`${invite.body.path.replace('/invite', '/api/invites')}/accept`, {
      phone: leader.phone,
      password: 'take it over 2026',
    });
    expect(accepted).toMatchObject({ status: 409, body: { code: 'account.login_taken' } });
    expect(await passwordOf('leader')).toBe(leader.password_hash);
    expect((await browser().get(invite.body.path.replace('/invite', '/api/invites'))).status).toBe(200);
  });
});

describe('a person erased', () => {
  it('takes their account’s reset code with them, and no new one can be issued', async () => {
    const admin = await signedIn('admin');
    const member = await api.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', 'member')
      .executeTakeFirstOrThrow();
    expect(member.person_id).not.toBeNull();
    const issued = await admin.post('/api/password-resets', { login: 'member' });
    expect((await admin.post(`/api/people/${member.person_id}/erase`)).status).toBe(200);
    const path = issued.body.path.replace('/reset', '/api/password-resets');
    expect((await browser().post(`${path}/use`, { password: 'back again 2026' })).status).toBe(404);
    expect((await admin.post('/api/password-resets', { login: 'member' })).body.code).toBe('account.not_found');
  });
});

describe('a deactivated account', () => {
  it('gets no reset code, and one issued before it was deactivated changes nothing', async () => {
    const admin = await signedIn('admin');
    const leader = await api.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', 'leader')
      .executeTakeFirstOrThrow();
    const issued = await admin.post('/api/password-resets', { login: 'leader' });
    expect(issued.status).toBe(201);
    expect((await admin.post(`/api/accounts/${leader.id}/deactivate`)).status).toBe(200);
    const path = issued.body.path.replace('/reset', '/api/password-resets');
    const used = await browser().post(`${path}/use`, { password: 'back again 2026' });
    expect(used).toMatchObject({ status: 403, body: { code: 'account.deactivated' } });
    expect(await passwordOf('leader')).toBe(leader.password_hash);
    expect((await admin.post('/api/password-resets', { login: 'leader' })).body.code).toBe('account.deactivated');
    expect((await admin.post(`/api/accounts/${leader.id}/reactivate`)).status).toBe(200);
    expect((await admin.post('/api/password-resets', { login: 'leader' })).status).toBe(201);
  });
});
