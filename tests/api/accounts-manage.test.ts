import { randomUUID } from 'node:crypto';
import { deactivateAccount } from '@seedbed/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { rowCount } from '../support/rows';

let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let phoneNumber = 13_700_000_000;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
});
afterAll(() => api.close());

/** Invites someone and accepts the link as they would on their phone; the new account's client. */
async function inviteAndJoin(inviter: Client, body: object, login: { username?: string } = {}) {
  const invite = await inviter.post('/api/invites', { displayName: '新同事', ...body });
  expect(invite.status).toBe(201);
  phoneNumber += 1;
  const phone = String(phoneNumber);
  const joined = api.anonymous();
  const accepted = await joined.post(`/api/invites/${invite.body.code}/accept`, {
    ...(login.username ? { username: login.username } : { phone }),
    password: 'a-good-password',
  });
  expect(accepted.status).toBe(200);
  return { client: joined, user: accepted.body.user, phone, login: login.username ?? phone };
}

describe('inviting every role with its scope', () => {
  it('staff invite an official, a street office, an assistant, a funder and an expert of their street; each joins with that role and scope', async () => {
    const staff = await api.as('staff');
    const cases = [
      { role: 'community_official', scopeKind: 'community', scopeId: ids.homeCommunityId },
      { role: 'street_official', scopeKind: 'street', scopeId: ids.mainStreetId },
      { role: 'incubator_assistant', scopeKind: 'street', scopeId: ids.mainStreetId },
      { role: 'funder', scopeKind: 'street', scopeId: ids.mainStreetId },
      { role: 'expert_reviewer', scopeKind: 'street', scopeId: ids.mainStreetId },
    ] as const;
    for (const grant of cases) {
      const { user } = await inviteAndJoin(staff, grant);
      expect(user).toMatchObject({ role: grant.role, scopeKind: grant.scopeKind, scopeId: grant.scopeId });
    }
  });

  it('an admin invites staff and a deployment-wide funder; a desktop role may sign in with a username', async () => {
    const admin = await api.as('admin');
    const newStaff = await inviteAndJoin(
      admin,
      { role: 'incubator_staff', scopeKind: 'street', scopeId: ids.otherStreetId },
      { username: 'new.worker' },
    );
    expect(newStaff.user).toMatchObject({ role: 'incubator_staff', scopeId: ids.otherStreetId });
    expect(
      (await api.anonymous().post('/api/auth/login', { login: 'new.worker', password: 'a-good-password' })).status,
    ).toBe(200);
    const funder = await inviteAndJoin(admin, { role: 'funder', scopeKind: 'deployment' });
    expect(funder.user).toMatchObject({ role: 'funder', scopeKind: 'deployment', scopeId: null, homePath: '/' });
  });

  it('shows the invite as a link and a QR code, and says what it is for', async () => {
    const staff = await api.as('staff');
    const invite = await staff.post('/api/invites', {
      role: 'community_official',
      scopeKind: 'community',
      scopeId: ids.homeCommunityId,
      displayName: '刘主任',
    });
    expect(invite.body.url).toMatch(new RegExp(`^https?://[^/]+/invite/${invite.body.code}$`));
    expect(invite.body.qrSvg).toMatch(/^<svg/);
    const community = await api.db
      .selectFrom('communities')
      .select('name')
      .where('id', '=', ids.homeCommunityId)
      .executeTakeFirstOrThrow();
    const shown = await api.anonymous().get(`/api/invites/${invite.body.code}`);
    expect(shown.body).toMatchObject({
      role: 'community_official',
      scopeKind: 'community',
      scopeName: community.name,
      organizationName: null,
    });
  });

  it('a leader must sign in with a phone; anyone needs a phone or a username', async () => {
    const staff = await api.as('staff');
    const leader = await staff.post('/api/invites', { organizationId: ids.organizationId, displayName: '孙阿姨' });
    const byName = await api
      .anonymous()
      .post(`/api/invites/${leader.body.code}/accept`, { username: 'sun.ayi', password: 'a-good-password' });
    expect(byName).toMatchObject({ status: 400, body: { code: 'invite.phone_required' } });
    const expert = await staff.post('/api/invites', {
      role: 'expert_reviewer',
      scopeKind: 'street',
      scopeId: ids.mainStreetId,
      displayName: '钱老师',
    });
    const neither = await api
      .anonymous()
      .post(`/api/invites/${expert.body.code}/accept`, { password: 'a-good-password' });
    expect(neither).toMatchObject({ status: 400, body: { code: 'invite.login_required' } });
  });

  it('refuses a scope the role does not take', async () => {
    const admin = await api.as('admin');
    const wrong = await admin.post('/api/invites', {
      role: 'community_official',
      scopeKind: 'street',
      scopeId: ids.mainStreetId,
      displayName: '某人',
    });
    expect(wrong).toMatchObject({ status: 400, body: { code: 'account.scope_invalid' } });
    expect(wrong.body.message).toBeTruthy();
  });
});

describe('who may grant what', () => {
  it('staff of one street cannot grant an admin, another social worker, or any place of another street; nothing is written', async () => {
    const staff = await api.as('staff');
    const before = await rowCount(api.db, 'invites');
    const audits = await rowCount(api.db, 'audit_log');
    const refused = [
      { role: 'admin', scopeKind: 'deployment' },
      { role: 'incubator_staff', scopeKind: 'street', scopeId: ids.mainStreetId },
      { role: 'street_official', scopeKind: 'street', scopeId: ids.otherStreetId },
      { role: 'community_official', scopeKind: 'community', scopeId: ids.otherCommunityId },
      { role: 'funder', scopeKind: 'deployment' },
      { role: 'organization_leader', organizationId: ids.otherOrganizationId },
    ];
    for (const body of refused) {
      const answer = await staff.post('/api/invites', { ...body, displayName: '某人' });
      expect({ body, status: answer.status, code: answer.body.code }).toEqual({
        body,
        status: 403,
        code: 'account.grant_forbidden',
      });
    }
    const english = await staff.call(
      'POST',
      '/api/invites',
      { role: 'admin', scopeKind: 'deployment', displayName: '某人' },
      {
        'accept-language': 'en',
      },
    );
    expect(english.body.message).toMatch(/cannot grant/);
    expect(await rowCount(api.db, 'invites')).toBe(before);
    expect(await rowCount(api.db, 'audit_log')).toBe(audits);
  });
});

describe('deactivating and reactivating', () => {
  it('ends the account’s sessions at once, refuses its login with a clear code, and reactivation lets it back in', async () => {
    const staff = await api.as('staff');
    const joined = await inviteAndJoin(staff, { organizationId: ids.organizationId });
    expect((await joined.client.get('/api/auth/me')).status).toBe(200);

    const off = await staff.post(`/api/accounts/${joined.user.id}/deactivate`);
    expect(off).toMatchObject({ status: 200, body: { id: joined.user.id } });
    expect(off.body.deactivatedAt).toBeTruthy();
    expect((await joined.client.get('/api/auth/me')).status).toBe(401);
    expect(await api.db.selectFrom('sessions').select('id').where('user_id', '=', joined.user.id).execute()).toEqual(
      [],
    );

    const right = await api.anonymous().post('/api/auth/login', { login: joined.login, password: 'a-good-password' });
    expect(right).toMatchObject({ status: 403, body: { code: 'account.deactivated' } });
    // A wrong password is answered as for anyone: the login tells a stranger nothing new.
    const wrong = await api.anonymous().post('/api/auth/login', { login: joined.login, password: 'not-the-password' });
    expect(wrong).toMatchObject({ status: 401, body: { code: 'auth.invalid_credentials' } });

    const on = await staff.post(`/api/accounts/${joined.user.id}/reactivate`);
    expect(on).toMatchObject({ status: 200, body: { deactivatedAt: null } });
    const again = await api.anonymous().post('/api/auth/login', { login: joined.login, password: 'a-good-password' });
    expect(again.status).toBe(200);
    const trail = await api.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', joined.user.id)
      .where('action', 'in', ['user.deactivate', 'user.reactivate'])
      .orderBy('at')
      .execute();
    expect(trail.map((row) => row.action)).toEqual(['user.deactivate', 'user.reactivate']);
  });

  it('a session left behind for a deactivated account is refused too', async () => {
    const staff = await api.as('staff');
    const joined = await inviteAndJoin(staff, { organizationId: ids.organizationId });
    await api.db
      .updateTable('users')
      .set({ deactivated_at: api.clock.now() })
      .where('id', '=', joined.user.id)
      .execute();
    expect((await joined.client.get('/api/auth/me')).status).toBe(401);
  });

  it('staff manage only accounts they could have granted; nobody deactivates themselves; the last admin stays', async () => {
    const staff = await api.as('staff');
    const accountId = async (username: string) =>
      (await api.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
    const audits = await rowCount(api.db, 'audit_log');
    expect((await staff.post(`/api/accounts/${await accountId('admin')}/deactivate`)).status).toBe(403);
    expect((await staff.post(`/api/accounts/${await accountId('leader2')}/deactivate`)).status).toBe(403);
    const self = await staff.post(`/api/accounts/${await accountId('staff')}/deactivate`);
    expect(self).toMatchObject({ status: 400, body: { code: 'account.deactivate_self' } });
    const unknown = await staff.post('/api/accounts/00000000-0000-4000-8000-000000000000/deactivate');
    expect(unknown).toMatchObject({ status: 404, body: { code: 'account.unknown' } });
    expect(await rowCount(api.db, 'audit_log')).toBe(audits);

    // A second administrator may deactivate the first, but then not be deactivated by anyone.
    const admin = await api.as('admin');
    const second = await inviteAndJoin(admin, { role: 'admin', scopeKind: 'deployment' }, { username: 'second.admin' });
    expect((await second.client.post(`/api/accounts/${await accountId('admin')}/deactivate`)).status).toBe(200);
    const last = await accountId('second.admin');
    expect((await second.client.post(`/api/accounts/${last}/deactivate`)).body.code).toBe('account.deactivate_self');
    // Reached over HTTP only by two administrators deactivating each other at once; the store
    // refuses it however it is called (here as the deactivated first administrator).
    const refused = await deactivateAccount(
      {
        db: api.db,
        scope: { kind: 'deployment' },
        caller: { role: 'admin' },
        actor: { userId: await accountId('admin'), now: api.clock.now(), displayName: '系统管理员' },
        today: '2026-06-30',
        newId: randomUUID,
      },
      last,
    );
    expect(refused).toEqual({ ok: false, error: { code: 'account.last_admin' } });
    expect((await second.client.post(`/api/accounts/${await accountId('admin')}/reactivate`)).status).toBe(200);
  });
});

describe('the accounts page', () => {
  it('lists who has which role where, with the place’s name, inside the caller’s street only', async () => {
    const staff = await api.as('staff');
    const list = await staff.get('/api/accounts');
    expect(list.status).toBe(200);
    const usernames = list.body.accounts.map((a: { username: string | null }) => a.username);
    expect(usernames).toEqual(expect.arrayContaining(['staff', 'assistant', 'leader', 'member', 'official', 'street']));
    for (const outside of ['admin', 'funder', 'leader2', 'member2']) expect(usernames).not.toContain(outside);
    const leader = list.body.accounts.find((a: { username: string }) => a.username === 'leader');
    const organization = await api.db
      .selectFrom('organizations')
      .select('name')
      .where('id', '=', ids.organizationId)
      .executeTakeFirstOrThrow();
    expect(leader).toMatchObject({ role: 'organization_leader', scopeName: organization.name, phone: ids.leaderPhone });
    expect(leader.lastSignedInAt).toBeNull();
    const me = list.body.accounts.find((a: { username: string }) => a.username === 'staff');
    expect(me.lastSignedInAt).toBe(api.clock.now().toISOString());
    expect(me.lastSeenAt).toBe(api.clock.now().toISOString());
  });

  it('filters by role, and lists open invites (not used or expired ones)', async () => {
    const staff = await api.as('staff');
    await staff.post('/api/invites', {
      role: 'street_official',
      scopeKind: 'street',
      scopeId: ids.mainStreetId,
      displayName: '待加入的街道干部',
    });
    const officials = await staff.get('/api/accounts?role=street_official');
    expect(officials.body.accounts.every((a: { role: string }) => a.role === 'street_official')).toBe(true);
    expect(officials.body.invites.map((i: { displayName: string }) => i.displayName)).toContain('待加入的街道干部');
    const leaders = await staff.get('/api/accounts?role=organization_leader');
    expect(leaders.body.invites.map((i: { displayName: string }) => i.displayName)).not.toContain('待加入的街道干部');
    const admin = await api.as('admin');
    const everyone = await admin.get('/api/accounts');
    expect(everyone.body.accounts.map((a: { username: string }) => a.username)).toEqual(
      expect.arrayContaining(['admin', 'funder', 'leader2']),
    );
  });

  it('is staff work: a leader, an assistant or an official cannot list accounts', async () => {
    for (const login of ['leader', 'assistant', 'official', 'funder'] as const)
      expect((await (await api.as(login)).get('/api/accounts')).status).toBe(403);
  });
});
