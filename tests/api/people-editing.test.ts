import { shanghaiDate } from '@seedbed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

/**
 * What the person page's edit and consent forms and the paged list send: staff fill in the facts
 * section by section, clear what was wrong, pick an introducer from the same community, and page
 * through a community's residents.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
});
afterAll(() => api.close());

async function newPerson(body: Record<string, unknown>) {
  const staff = await api.as('staff');
  const created = await staff.post('/api/people', { communityId: ids.homeCommunityId, ...body });
  expect(created.status).toBe(201);
  return created.body as { id: string; name: string };
}

async function estateWithCourtyard(communityId: string) {
  const row = await api.db
    .selectFrom('estates')
    .innerJoin('courtyards', 'courtyards.estate_id', 'estates.id')
    .select(['estates.id as estateId', 'courtyards.id as courtyardId'])
    .where('estates.community_id', '=', communityId)
    .orderBy('courtyards.id')
    .executeTakeFirstOrThrow();
  return row;
}

describe('the paged people list', () => {
  it('pages through a community with limit and offset, each row with its trust stage and visit count', async () => {
    const staff = await api.as('staff');
    const all = await staff.get(`/api/people?communityId=${ids.homeCommunityId}&limit=500`);
    const first = await staff.get(`/api/people?communityId=${ids.homeCommunityId}&limit=20&offset=0`);
    const second = await staff.get(`/api/people?communityId=${ids.homeCommunityId}&limit=20&offset=20`);
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(all.body.total);
    expect(second.body.total).toBe(all.body.total);
    expect(first.body.items).toHaveLength(20);
    const ids40 = [...first.body.items, ...second.body.items].map((p: { id: string }) => p.id);
    expect(ids40).toEqual(all.body.items.slice(0, 40).map((p: { id: string }) => p.id));
    for (const person of first.body.items) {
      expect(['stranger', 'acquainted', 'initial_trust', 'trust']).toContain(person.trustStage);
      expect(Number.isInteger(person.visitCount)).toBe(true);
    }
    const beyond = await staff.get(`/api/people?communityId=${ids.homeCommunityId}&offset=${all.body.total}`);
    expect(beyond.body.items).toEqual([]);
    expect((await staff.get('/api/people?limit=0')).status).toBe(400);
    expect((await staff.get('/api/people?offset=-1')).status).toBe(400);
  });

  it('finds an introducer by part of a name within one community only', async () => {
    await newPerson({ name: '介绍人甲乙' });
    const staff = await api.as('staff');
    const found = await staff.get(`/api/people?communityId=${ids.homeCommunityId}&q=${encodeURIComponent('甲乙')}`);
    expect(found.body.items.map((p: { name: string }) => p.name)).toContain('介绍人甲乙');
    const neighbour = await api.db
      .selectFrom('communities')
      .select('id')
      .where('street_id', '=', ids.mainStreetId)
      .where('id', '!=', ids.homeCommunityId)
      .executeTakeFirstOrThrow();
    const elsewhere = await staff.get(`/api/people?communityId=${neighbour.id}&q=${encodeURIComponent('甲乙')}`);
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.items).toEqual([]);
  });
});

describe('editing a person section by section', () => {
  it('keeps estate and courtyard, traits, kind, how found, introducer, volunteer registration and wishes', async () => {
    const introducer = await newPerson({ name: '老介绍人' });
    const person = await newPerson({ name: '待补充' });
    const place = await estateWithCourtyard(ids.homeCommunityId);
    const staff = await api.as('staff');
    const edited = await staff.patch(`/api/people/${person.id}`, {
      name: '陶阿姨',
      birthYear: 1958,
      birthDate: '1958-03-09',
      estateId: place.estateId,
      courtyardId: place.courtyardId,
      addressNote: '3号楼2单元',
      isActivist: true,
      activistKind: 'social',
      foundVia: 'acquaintance',
      introducedById: introducer.id,
      traits: { appeal: { rating: 4, note: '楼门口一喊就来人' }, responsibility: { rating: 5 } },
      volunteerRegisteredOn: '2025-09-01',
      volunteerPlatform: '志愿北京',
      interests: '剪纸',
      wishes: '教孩子们剪纸',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      name: '陶阿姨',
      birthDate: '1958-03-09',
      estateId: place.estateId,
      courtyardId: place.courtyardId,
      addressNote: '3号楼2单元',
      activistKind: 'social',
      foundVia: 'acquaintance',
      introducedBy: { id: introducer.id, name: '老介绍人' },
      traits: { appeal: { rating: 4, note: '楼门口一喊就来人' }, responsibility: { rating: 5 } },
      isVolunteer: true,
      volunteerPlatform: '志愿北京',
      wishes: '教孩子们剪纸',
    });
  });

  it('clears a field sent as null and changes only what is sent', async () => {
    const person = await newPerson({
      name: '清空测试',
      activistKind: 'economic',
      interests: '下棋',
      traits: { time: { rating: 3 } },
    });
    const staff = await api.as('staff');
    const cleared = await staff.patch(`/api/people/${person.id}`, { activistKind: null, traits: {} });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ activistKind: null, traits: {}, interests: '下棋', name: '清空测试' });
  });

  it('a new estate drops the old courtyard', async () => {
    const place = await estateWithCourtyard(ids.homeCommunityId);
    const person = await newPerson({ name: '换小区', estateId: place.estateId, courtyardId: place.courtyardId });
    const staff = await api.as('staff');
    const moved = await staff.patch(`/api/people/${person.id}`, { estateId: null });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ estateId: null, courtyardId: null });
  });

  it('refuses a wrong estate, a rating of 0, a bad date, an introducer who is the person, an empty body: nothing changed', async () => {
    const person = await newPerson({ name: '不变', interests: '原样' });
    const staff = await api.as('staff');
    const otherPlace = await estateWithCourtyard(ids.otherCommunityId);
    const attempts = [
      { body: { estateId: otherPlace.estateId, interests: '改了' }, code: 'person.place_mismatch' },
      { body: { traits: { action: { rating: 0 } }, interests: '改了' }, code: 'request.invalid' },
      { body: { volunteerRegisteredOn: '2025-13-40', interests: '改了' }, code: 'request.invalid' },
      { body: { introducedById: person.id, interests: '改了' }, code: 'person.introducer_unknown' },
      { body: { birthDate: '2090-01-01', interests: '改了' }, code: 'person.future_birth' },
      { body: { birthYear: 1970, birthDate: '1971-05-05', interests: '改了' }, code: 'person.birth_mismatch' },
      { body: {}, code: 'request.invalid' },
    ];
    for (const attempt of attempts) {
      const result = await staff.patch(`/api/people/${person.id}`, attempt.body);
      expect(result.status, JSON.stringify(attempt.body)).toBe(400);
      expect(result.body.code).toBe(attempt.code);
    }
    const row = await api.db
      .selectFrom('people')
      .select(['interests', 'estate_id', 'introduced_by', 'birth_date'])
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ interests: '原样', estate_id: null, introduced_by: null, birth_date: null });
  });

  it('lets neither an assistant nor an official edit', async () => {
    const person = await newPerson({ name: '只读' });
    for (const login of ['assistant', 'official']) {
      const client = await api.as(login);
      expect((await client.patch(`/api/people/${person.id}`, { interests: '改' })).status).toBe(403);
    }
  });
});

describe('the consent form', () => {
  it('records an adult’s consent dated today and withdraws it today', async () => {
    const person = await newPerson({ name: '同意测试', birthYear: 1965 });
    const staff = await api.as('staff');
    const today = shanghaiDate(api.clock.now());
    const given = await staff.post(`/api/people/${person.id}/consents`, {
      purpose: '活动照片用于宣传',
      agreedOn: today,
    });
    expect(given.status).toBe(201);
    const consentId = given.body.consents[0].id;
    const withdrawn = await staff.post(`/api/people/${person.id}/consents/${consentId}/withdraw`, {
      withdrawnOn: today,
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.consents[0]).toMatchObject({ agreedOn: today, withdrawnOn: today });
  });

  it('refuses a consent without a purpose, dated in the future, or for a child without the guardian’s relation', async () => {
    const child = await newPerson({ name: '小同意', birthDate: '2017-04-01', birthYear: 2017 });
    const staff = await api.as('staff');
    const before = await api.db
      .selectFrom('person_consents')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const noPurpose = await staff.post(`/api/people/${child.id}/consents`, {
      purpose: ' ',
      agreedOn: '2026-06-01',
      guardianName: '林芳',
      guardianRelation: '母亲',
    });
    expect(noPurpose.body.code).toBe('request.invalid');
    const future = await staff.post(`/api/people/${child.id}/consents`, {
      purpose: '参加儿童议事会',
      agreedOn: '2099-01-01',
      guardianName: '林芳',
      guardianRelation: '母亲',
    });
    expect(future.body.code).toBe('person.future_date');
    const noRelation = await staff.post(`/api/people/${child.id}/consents`, {
      purpose: '参加儿童议事会',
      agreedOn: '2026-06-01',
      guardianName: '林芳',
    });
    expect(noRelation.body.code).toBe('person.guardian_required');
    const after = await api.db
      .selectFrom('person_consents')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
