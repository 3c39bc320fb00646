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

const countRows = async (table: 'people' | 'person_visits' | 'person_consents' | 'person_trust_changes') =>
  Number(
    (
      await api.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function newPerson(body: Record<string, unknown>) {
  const staff = await api.as('staff');
  const created = await staff.post('/api/people', { communityId: ids.homeCommunityId, ...body });
  expect(created.status).toBe(201);
  return created.body as { id: string; name: string };
}

describe('the people list', () => {
  it('shows staff the residents of a community, with the two-visit nudge, activists first', async () => {
    const staff = await api.as('staff');
    const result = await staff.get(`/api/people?communityId=${ids.homeCommunityId}&limit=500`);
    expect(result.status).toBe(200);
    expect(result.body.total).toBeGreaterThan(50);
    for (const person of result.body.items) {
      expect(person.communityId).toBe(ids.homeCommunityId);
      expect(person.needsVisits).toBe(person.visitCount < 2);
    }
    expect(result.body.items.some((p: { needsVisits: boolean }) => p.needsVisits)).toBe(true);
    expect(result.body.items.some((p: { needsVisits: boolean }) => !p.needsVisits)).toBe(true);
    const activists = await staff.get(`/api/people?communityId=${ids.homeCommunityId}&activists=true&limit=500`);
    expect(activists.body.items.length).toBeGreaterThan(0);
    expect(activists.body.items.every((p: { isActivist: boolean }) => p.isActivist)).toBe(true);
  });

  it('filters by trust stage and by part of a name', async () => {
    const staff = await api.as('staff');
    const trusted = await staff.get('/api/people?trustStage=trust');
    expect(trusted.body.items.length).toBeGreaterThan(0);
    expect(trusted.body.items.every((p: { trustStage: string }) => p.trustStage === 'trust')).toBe(true);
    const someone = trusted.body.items[0];
    const byName = await staff.get(`/api/people?q=${encodeURIComponent(someone.name)}`);
    expect(byName.body.items.map((p: { id: string }) => p.id)).toContain(someone.id);
  });

  it('masks phones for an assistant and a street official, shows them to staff, and hides names from funders', async () => {
    const staff = await api.as('staff');
    const seenByStaff = await staff.get(`/api/people?communityId=${ids.homeCommunityId}&activists=true`);
    expect(seenByStaff.body.items.some((p: { phone: string | null }) => /^1\d{10}$/.test(p.phone ?? ''))).toBe(true);
    for (const login of ['assistant', 'street']) {
      const client = await api.as(login);
      const seen = await client.get(`/api/people?communityId=${ids.homeCommunityId}&activists=true`);
      expect(seen.status).toBe(200);
      for (const p of seen.body.items) if (p.phone) expect(p.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
    expect((await (await api.as('funder')).get('/api/people')).status).toBe(403);
  });

  it('keeps an official to their own community', async () => {
    const official = await api.as('official');
    const result = await official.get('/api/people?limit=500');
    expect(result.status).toBe(200);
    expect(result.body.items.every((p: { communityId: string }) => p.communityId === ids.officialCommunityId)).toBe(
      true,
    );
  });
});

describe('recording a resident', () => {
  it('needs only a name and a community', async () => {
    const person = await newPerson({ name: '钱阿姨' });
    const staff = await api.as('staff');
    const shown = await staff.get(`/api/people/${person.id}`);
    expect(shown.body).toMatchObject({ name: '钱阿姨', trustStage: 'stranger', visitCount: 0, needsVisits: true });
  });

  it('keeps traits, kind of activist, volunteer registration, how found and who introduced whom', async () => {
    const introducer = await newPerson({ name: '孙大姐', phone: '13900001111', isActivist: true });
    const person = await newPerson({
      name: '周师傅',
      isActivist: true,
      activistKind: 'home_grown',
      volunteerRegisteredOn: '2025-05-01',
      volunteerPlatform: '志愿北京',
      traits: { appeal: { rating: 5, note: '一招呼就来十几个人' }, action: { rating: 4 } },
      foundVia: 'acquaintance',
      introducedById: introducer.id,
      interests: '书法',
      wishes: '想办个书法班',
    });
    const staff = await api.as('staff');
    const shown = await staff.get(`/api/people/${person.id}`);
    expect(shown.body).toMatchObject({
      activistKind: 'home_grown',
      isVolunteer: true,
      traits: { appeal: { rating: 5, note: '一招呼就来十几个人' }, action: { rating: 4 } },
      introducedBy: { id: introducer.id, name: '孙大姐' },
    });
    const introducerShown = await staff.get(`/api/people/${introducer.id}`);
    expect(introducerShown.body.introduced).toEqual([{ id: person.id, name: '周师傅' }]);
  });

  it('refuses bad input with a clear 4xx and writes nothing', async () => {
    const staff = await api.as('staff');
    const before = await countRows('people');
    const badPhone = await staff.post('/api/people', {
      name: '错号码',
      communityId: ids.homeCommunityId,
      phone: '12345',
    });
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.code).toBe('request.invalid');
    expect(badPhone.body.fields.map((f: { path: string }) => f.path)).toContain('phone');
    const childPhone = await staff.post('/api/people', {
      name: '小明',
      communityId: ids.homeCommunityId,
      birthYear: 2018,
      phone: '13912345678',
    });
    expect(childPhone.status).toBe(400);
    expect(childPhone.body.code).toBe('person.child_phone');
    const badTrait = await staff.post('/api/people', {
      name: '打分错',
      communityId: ids.homeCommunityId,
      traits: { appeal: { rating: 6 } },
    });
    expect(badTrait.status).toBe(400);
    const otherEstate = await api.db
      .selectFrom('estates')
      .select('id')
      .where('community_id', '=', ids.otherCommunityId)
      .executeTakeFirstOrThrow();
    const wrongPlace = await staff.post('/api/people', {
      name: '串门',
      communityId: ids.homeCommunityId,
      estateId: otherEstate.id,
    });
    expect(wrongPlace.body.code).toBe('person.place_mismatch');
    const otherStreet = await staff.post('/api/people', { name: '越界', communityId: ids.otherCommunityId });
    expect(otherStreet.status).toBe(403);
    const assistant = await api.as('assistant');
    expect((await assistant.post('/api/people', { name: '助理', communityId: ids.homeCommunityId })).status).toBe(403);
    expect(await countRows('people')).toBe(before);
  });

  it('never lets a child keep a phone, whichever field changes', async () => {
    const adult = await newPerson({ name: '改年龄', phone: '13700002222', birthYear: 1980 });
    const staff = await api.as('staff');
    const result = await staff.patch(`/api/people/${adult.id}`, { birthYear: 2019 });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('person.child_phone');
    const child = await newPerson({ name: '小红', birthYear: 2017 });
    const addPhone = await staff.patch(`/api/people/${child.id}`, { phone: '13700003333' });
    expect(addPhone.body.code).toBe('person.child_phone');
    const row = await api.db
      .selectFrom('people')
      .select(['phone', 'birth_year'])
      .where('id', '=', adult.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ phone: '13700002222', birth_year: 1980 });
  });
});

describe('visits and trust', () => {
  it('two visits and two moves take an activist from 陌生 to 初步信任, with dated history', async () => {
    const person = await newPerson({ name: '吴老师', isActivist: true });
    const staff = await api.as('staff');
    const assistant = await api.as('assistant');
    const first = await assistant.post(`/api/people/${person.id}/visits`, {
      visitedOn: '2026-06-01',
      place: '槐荫小区 3 号楼下',
      learned: '退休教师，想给孩子们讲故事',
    });
    expect(first.status).toBe(201);
    expect(first.body.needsVisits).toBe(true);
    const up1 = await staff.post(`/api/people/${person.id}/trust`, { toStage: 'acquainted', reason: '聊得很投机' });
    expect(up1.status).toBe(201);
    const second = await staff.post(`/api/people/${person.id}/visits`, {
      visitedOn: '2026-06-20',
      learned: '愿意组织读书会',
    });
    expect(second.body.visitCount).toBe(2);
    expect(second.body.needsVisits).toBe(false);
    const up2 = await staff.post(`/api/people/${person.id}/trust`, {
      toStage: 'initial_trust',
      reason: '主动约下次见面',
    });
    expect(up2.body.trustStage).toBe('initial_trust');
    expect(up2.body.trustHistory.map((t: { toStage: string }) => t.toStage)).toEqual(['initial_trust', 'acquainted']);
    expect(up2.body.visits.map((v: { visitedOn: string }) => v.visitedOn)).toEqual(['2026-06-20', '2026-06-01']);
    expect(up2.body.visits[1].visitorName).toBeTruthy();

    const down = await staff.post(`/api/people/${person.id}/trust`, {
      toStage: 'acquainted',
      reason: '活动安排有误会',
    });
    expect(down.body.trustStage).toBe('acquainted');
  });

  it('refuses a move without a reason, to the same stage, or by an assistant, and a visit in the future', async () => {
    const person = await newPerson({ name: '郑大爷' });
    const staff = await api.as('staff');
    const before = await countRows('person_trust_changes');
    expect((await staff.post(`/api/people/${person.id}/trust`, { toStage: 'acquainted', reason: '' })).status).toBe(
      400,
    );
    const same = await staff.post(`/api/people/${person.id}/trust`, { toStage: 'stranger', reason: '没变' });
    expect(same.body.code).toBe('person.trust_unchanged');
    const assistant = await api.as('assistant');
    expect(
      (await assistant.post(`/api/people/${person.id}/trust`, { toStage: 'trust', reason: '我觉得' })).status,
    ).toBe(403);
    expect(await countRows('person_trust_changes')).toBe(before);
    const future = await staff.post(`/api/people/${person.id}/visits`, { visitedOn: '2026-07-15' });
    expect(future.body.code).toBe('person.future_date');
  });

  it('hides visit notes from officials, who still see the person', async () => {
    const official = await api.as('official');
    const list = await official.get('/api/people?limit=1');
    const shown = await official.get(`/api/people/${list.body.items[0].id}`);
    expect(shown.status).toBe(200);
    expect(shown.body.visits).toBeNull();
    expect(shown.body.canVisit).toBe(false);
  });
});

describe('consent, export and erasure', () => {
  it('a child’s consent is a guardian’s', async () => {
    const child = await newPerson({ name: '小雨', birthYear: 2016 });
    const staff = await api.as('staff');
    const without = await staff.post(`/api/people/${child.id}/consents`, {
      purpose: '儿童议事会活动照片',
      agreedOn: '2026-06-01',
    });
    expect(without.body.code).toBe('person.guardian_required');
    const withGuardian = await staff.post(`/api/people/${child.id}/consents`, {
      purpose: '儿童议事会活动照片',
      agreedOn: '2026-06-01',
      guardianName: '林芳',
      guardianRelation: '母亲',
    });
    expect(withGuardian.status).toBe(201);
    expect(withGuardian.body.consents[0]).toMatchObject({
      guardianName: '林芳',
      guardianRelation: '母亲',
      withdrawnOn: null,
    });
    expect(withGuardian.body.isChild).toBe(true);
    expect(withGuardian.body.phone).toBeNull();
  });

  it('records a withdrawal once, not before the consent', async () => {
    const person = await newPerson({ name: '冯阿姨', birthYear: 1960 });
    const staff = await api.as('staff');
    const given = await staff.post(`/api/people/${person.id}/consents`, {
      purpose: '保存联系方式',
      agreedOn: '2026-05-01',
    });
    const consentId = given.body.consents[0].id;
    const early = await staff.post(`/api/people/${person.id}/consents/${consentId}/withdraw`, {
      withdrawnOn: '2026-04-01',
    });
    expect(early.body.code).toBe('person.withdraw_before_agree');
    const ok = await staff.post(`/api/people/${person.id}/consents/${consentId}/withdraw`, {
      withdrawnOn: '2026-06-10',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.consents[0].withdrawnOn).toBe('2026-06-10');
    const again = await staff.post(`/api/people/${person.id}/consents/${consentId}/withdraw`, {
      withdrawnOn: '2026-06-11',
    });
    expect(again.status).toBe(409);
  });

  it('exports everything held about a person as JSON, and audits it', async () => {
    const person = await newPerson({ name: '褚先生', phone: '13600004444' });
    const staff = await api.as('staff');
    await staff.post(`/api/people/${person.id}/visits`, { visitedOn: '2026-06-02', learned: '喜欢下棋' });
    const exported = await staff.get(`/api/people/${person.id}/export`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain('attachment');
    expect(exported.body.person).toMatchObject({ name: '褚先生', phone: '13600004444' });
    expect(exported.body.person.visits[0].learned).toBe('喜欢下棋');
    const audit = await api.db.selectFrom('audit_log').select('action').where('record_id', '=', person.id).execute();
    expect(audit.map((a) => a.action)).toContain('person.export');
  });

  it('erasure removes identity, keeps the counted row, redacts the audit trail and cannot be undone by an edit', async () => {
    const person = await newPerson({
      name: '卫女士',
      phone: '13600005555',
      birthYear: 1962,
      notes: '住 5 号楼',
      isActivist: true,
    });
    const staff = await api.as('staff');
    await staff.post(`/api/people/${person.id}/visits`, {
      visitedOn: '2026-06-02',
      place: '她家',
      learned: '儿子在外地',
    });
    await staff.post(`/api/people/${person.id}/trust`, { toStage: 'acquainted', reason: '聊到家里事' });
    const erased = await staff.post(`/api/people/${person.id}/erase`);
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({
      name: '已删除居民',
      phone: null,
      notes: null,
      isErased: true,
      isActivist: true,
    });
    expect(erased.body.visits[0]).toMatchObject({ visitedOn: '2026-06-02', place: null, learned: null });
    expect(erased.body.trustHistory[0].reason).toBeNull();
    const row = await api.db.selectFrom('people').selectAll().where('id', '=', person.id).executeTakeFirstOrThrow();
    expect(row.community_id).toBe(ids.homeCommunityId);
    const trail = await api.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('record_id', '=', person.id)
      .execute();
    expect(JSON.stringify(trail)).not.toContain('卫女士');
    expect(JSON.stringify(trail)).not.toContain('13600005555');
    expect(trail.map((t) => t.action)).toContain('person.erase');
    const edit = await staff.patch(`/api/people/${person.id}`, { name: '卫女士' });
    expect(edit.status).toBe(409);
    expect((await staff.post(`/api/people/${person.id}/erase`)).status).toBe(409);
    const list = await staff.get(`/api/people?q=${encodeURIComponent('已删除')}`);
    expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(person.id);
  });
});

describe('duplicates and merge', () => {
  it('finds the same phone and a similar name, and a merge keeps all history', async () => {
    const keep = await newPerson({ name: '蒋秀英', phone: '13500006666', isActivist: true });
    const duplicate = await newPerson({ name: '蒋秀兰', birthYear: 1955, interests: '合唱' });
    const samePhone = await newPerson({ name: '老蒋', phone: '13500006666' });
    const staff = await api.as('staff');
    await staff.post(`/api/people/${duplicate.id}/visits`, { visitedOn: '2026-06-03', learned: '合唱团团员' });
    await staff.post(`/api/people/${duplicate.id}/consents`, { purpose: '拍照', agreedOn: '2026-06-03' });
    const pairs = await staff.get(`/api/people/duplicates?communityId=${ids.homeCommunityId}`);
    expect(pairs.status).toBe(200);
    const pairOf = (a: string, b: string) =>
      pairs.body.items.find((p: { people: { id: string }[] }) => {
        const found = p.people.map((x) => x.id);
        return found.includes(a) && found.includes(b);
      });
    expect(pairOf(keep.id, duplicate.id)?.reason).toBe('similar_name');
    expect(pairOf(keep.id, samePhone.id)?.reason).toBe('same_phone');

    const self = await staff.post(`/api/people/${keep.id}/merge`, { mergeId: keep.id });
    expect(self.status).toBe(400);
    expect(self.body.code).toBe('person.merge_self');

    const merged = await staff.post(`/api/people/${keep.id}/merge`, { mergeId: duplicate.id });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ name: '蒋秀英', birthYear: 1955, interests: '合唱', visitCount: 1 });
    expect(merged.body.consents).toHaveLength(1);
    const tombstone = await staff.get(`/api/people/${duplicate.id}`);
    expect(tombstone.body.mergedIntoId).toBe(keep.id);
    expect(tombstone.body.canEdit).toBe(false);
    const again = await staff.post(`/api/people/${keep.id}/merge`, { mergeId: duplicate.id });
    expect(again.status).toBe(409);
    const after = await staff.get(`/api/people/duplicates?communityId=${ids.homeCommunityId}`);
    expect(JSON.stringify(after.body)).not.toContain(duplicate.id);
  });

  it('keeps one current membership when both records belonged to the same organization', async () => {
    const keep = await newPerson({ name: '沈建国' });
    const duplicate = await newPerson({ name: '沈建国' });
    for (const [i, personId] of [keep.id, duplicate.id].entries())
      await api.db
        .insertInto('organization_members')
        .values({
          id: `00000000-0000-4000-8000-00000000000${i}`,
          street_id: ids.mainStreetId,
          organization_id: ids.organizationId,
          person_id: personId,
          role: 'member',
          joined_on: '2025-01-01',
          left_on: null,
        })
        .execute();
    const staff = await api.as('staff');
    expect((await staff.post(`/api/people/${keep.id}/merge`, { mergeId: duplicate.id })).status).toBe(200);
    const rows = await api.db
      .selectFrom('organization_members')
      .select(['person_id', 'left_on'])
      .where('organization_id', '=', ids.organizationId)
      .where('person_id', 'in', [keep.id, duplicate.id])
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.person_id === keep.id)).toBe(true);
    expect(rows.filter((r) => r.left_on === null)).toHaveLength(1);
  });

  it('refuses a merge across streets and out of scope', async () => {
    const keep = await newPerson({ name: '韩梅' });
    const other = await api.db
      .selectFrom('people')
      .select('id')
      .where('street_id', '=', ids.otherStreetId)
      .executeTakeFirstOrThrow();
    const staff = await api.as('staff');
    expect((await staff.post(`/api/people/${keep.id}/merge`, { mergeId: other.id })).status).toBe(403);
    const admin = await api.as('admin');
    const cross = await admin.post(`/api/people/${keep.id}/merge`, { mergeId: other.id });
    expect(cross.body.code).toBe('person.merge_other_street');
  });
});
