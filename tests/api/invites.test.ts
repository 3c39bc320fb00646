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

describe('inviting a leader', () => {
  it('staff make a one-time link; the leader opens it, sets a password and lands on their organization', async () => {
    const staff = await api.as('staff');
    const invite = await staff.post('/api/invites', { organizationId: ids.organizationId, displayName: '王阿姨' });
    expect(invite.status).toBe(201);
    expect(invite.body.path).toBe(`/invite/${invite.body.code}`);

    const phone = api.anonymous();
    const shown = await phone.get(`/api/invites/${invite.body.code.toLowerCase()}`);
    expect(shown).toMatchObject({ status: 200, body: { displayName: '王阿姨', role: 'organization_leader' } });

    const accepted = await phone.post(`/api/invites/${invite.body.code}/accept`, {
      phone: '13911112222',
      password: 'wang-ayi-2026',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user.homePath).toBe(`/organizations/${ids.organizationId}`);
    expect((await phone.get(`/api/organizations/${ids.organizationId}`)).status).toBe(200);

    const again = await api
      .anonymous()
      .post(`/api/invites/${invite.body.code}/accept`, { phone: '13911113333', password: 'another-one' });
    expect(again).toMatchObject({ status: 409, body: { code: 'invite.used' } });

    const later = await api.anonymous().post('/api/auth/login', { login: '13911112222', password: 'wang-ayi-2026' });
    expect(later.status).toBe(200);
  });

  it('refuses an invalid phone or a short password with field messages, and keeps the invite usable', async () => {
    const staff = await api.as('staff');
    const invite = await staff.post('/api/invites', { organizationId: ids.organizationId, displayName: '李叔' });
    const badPhone = await api
      .anonymous()
      .post(`/api/invites/${invite.body.code}/accept`, { phone: '12345', password: 'long-enough-1' });
    expect(badPhone).toMatchObject({ status: 400, body: { code: 'request.invalid' } });
    expect(badPhone.body.fields.map((f: { path: string }) => f.path)).toContain('phone');
    const shortPassword = await api
      .anonymous()
      .post(`/api/invites/${invite.body.code}/accept`, { phone: '13911114444', password: '123' });
    expect(shortPassword.status).toBe(400);
    expect((await api.anonymous().get(`/api/invites/${invite.body.code}`)).status).toBe(200);
  });

  it('an expired or made-up code is a clear 404', async () => {
    const staff = await api.as('staff');
    const invite = await staff.post('/api/invites', { organizationId: ids.organizationId, displayName: '赵姐' });
    expect((await api.anonymous().get('/api/invites/NOSUCHCODE')).body.code).toBe('invite.invalid');
    api.clock.advanceMinutes(8 * 24 * 60);
    const expired = await api
      .anonymous()
      .post(`/api/invites/${invite.body.code}/accept`, { phone: '13911115555', password: 'long-enough-1' });
    expect(expired).toMatchObject({ status: 404, body: { code: 'invite.invalid' } });
  });

  it('a leader cannot invite, and staff cannot invite into another street', async () => {
    const leader = await api.as('leader');
    expect(
      (await leader.post('/api/invites', { organizationId: ids.organizationId, displayName: '某人' })).status,
    ).toBe(403);
    const staff = await api.as('staff');
    expect(
      (await staff.post('/api/invites', { organizationId: ids.otherOrganizationId, displayName: '某人' })).status,
    ).toBe(403);
  });

  it('an invite for a person names one the inviter may see: unknown is 404, another street’s 403, nothing written', async () => {
    const staff = await api.as('staff');
    const elsewhere = await api.db
      .selectFrom('people')
      .select('id')
      .where('street_id', '=', ids.otherStreetId)
      .executeTakeFirstOrThrow();
    const before = await api.db.selectFrom('invites').select('id').execute();
    const body = { organizationId: ids.organizationId, displayName: '某人' };
    const unknown = await staff.post('/api/invites', { ...body, personId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown).toMatchObject({ status: 404, body: { code: 'person.unknown' } });
    const foreign = await staff.post('/api/invites', { ...body, personId: elsewhere.id });
    expect(foreign).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });
    expect(await api.db.selectFrom('invites').select('id').execute()).toHaveLength(before.length);
  });

  it('erasing a person closes their account and every invite made for them', async () => {
    const staff = await api.as('staff');
    const person = await api.db
      .selectFrom('people')
      .select(['id', 'name'])
      .where('street_id', '=', ids.mainStreetId)
      .where('erased_at', 'is', null)
      .where('birth_year', '<', 1990)
      .where('id', 'not in', api.db.selectFrom('users').select('person_id').where('person_id', 'is not', null))
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const invite = (displayName: string) =>
      staff.post('/api/invites', { organizationId: ids.organizationId, displayName, personId: person.id });
    const accepted = await invite(person.name);
    const phone = api.anonymous();
    expect(
      (
        await phone.post(`/api/invites/${accepted.body.code}/accept`, {
          phone: '13911116666',
          password: 'erase-me-2026',
        })
      ).status,
    ).toBe(200);
    const pending = await invite(person.name);
    expect(pending.status).toBe(201);

    const erased = await staff.post(`/api/people/${person.id}/erase`);
    expect(erased.status).toBe(200);

    expect((await phone.get('/api/auth/me')).status).toBe(401);
    const again = await api.anonymous().post('/api/auth/login', { login: '13911116666', password: 'erase-me-2026' });
    expect(again.status).toBe(401);
    expect(await api.anonymous().get(`/api/invites/${pending.body.code}`)).toMatchObject({
      status: 404,
      body: { code: 'invite.invalid' },
    });
    const names = [
      ...(await api.db
        .selectFrom('invites')
        .select('display_name as name')
        .where('person_id', '=', person.id)
        .execute()),
      ...(await api.db.selectFrom('users').select('display_name as name').where('person_id', '=', person.id).execute()),
    ];
    expect(names.length).toBe(3);
    expect(names.filter((row) => row.name === person.name)).toEqual([]);
  });
});
