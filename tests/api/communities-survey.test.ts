import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

/** Staff survey a community: profile, estates, stakeholders, needs, spaces, resources, the map. */

let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
});
afterAll(() => api.close());

const survey = (communityId: string) => `/api/communities/${communityId}/survey`;
const count = async (table: 'estates' | 'stakeholders' | 'needs' | 'resources' | 'spaces' | 'audit_log') =>
  Number(
    (
      await api.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** A 1×1 PNG: the signature is what the server checks. */
const png = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
  0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49,
  0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0, 0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d,
  0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);

describe('a community profile', () => {
  it('lets staff fill in the population and its structure, and keeps it', async () => {
    const staff = await api.as('staff');
    const result = await staff.patch(`/api/communities/${ids.homeCommunityId}/profile`, {
      households: 2100,
      residentPopulation: 6000,
      localPopulation: 4200,
      migrantPopulation: 1800,
      childrenPopulation: 700,
      workingAgePopulation: 3400,
      elderlyPopulation: 1900,
      profileNotes: '老工业区宿舍为主，老人多。',
    });
    expect(result.status).toBe(200);
    expect(result.body.survey.profile).toMatchObject({
      residentPopulation: 6000,
      localPopulation: 4200,
      elderlyPopulation: 1900,
    });
    const again = await staff.get(survey(ids.homeCommunityId));
    expect(again.body.profile.households).toBe(2100);
  });

  it('refuses parts adding up to more than the population, and changes nothing', async () => {
    const staff = await api.as('staff');
    const result = await staff.patch(`/api/communities/${ids.homeCommunityId}/profile`, { migrantPopulation: 5000 });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('community.population_parts');
    expect((await staff.get(survey(ids.homeCommunityId))).body.profile.migrantPopulation).toBe(1800);
  });

  it('records dated history with its source, and refuses a future date', async () => {
    const staff = await api.as('staff');
    const ok = await staff.post(`/api/communities/${ids.homeCommunityId}/events`, {
      happenedOn: '2008-05-01',
      title: '机床厂改制，宿舍移交社区',
      source: 'documents',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.survey.events.some((e: { id: string }) => e.id === ok.body.id)).toBe(true);
    const future = await staff.post(`/api/communities/${ids.homeCommunityId}/events`, {
      happenedOn: '2030-01-01',
      title: '未来',
      source: 'visit',
    });
    expect(future.status).toBe(400);
    expect(future.body.code).toBe('survey.future_date');
    const wrongSource = await staff.post(`/api/communities/${ids.homeCommunityId}/events`, {
      happenedOn: '2020-01-01',
      title: '传说',
      source: 'rumour',
    });
    expect(wrongSource.status).toBe(400);
    expect(wrongSource.body.code).toBe('request.invalid');
  });
});

describe('estates and courtyards', () => {
  it('adds two estates and a courtyard; an old neighbourhood must be built by 2000', async () => {
    const staff = await api.as('staff');
    const before = await count('estates');
    const first = await staff.post(`/api/communities/${ids.homeCommunityId}/estates`, {
      name: '新华里',
      estateType: 'old_neighbourhood',
      buildYear: 1986,
      ownersCommittee: '新华里业委会',
      ownersCommitteeStatus: 'stalled',
    });
    expect(first.status).toBe(201);
    const second = await staff.post(`/api/communities/${ids.homeCommunityId}/estates`, {
      name: '和园',
      estateType: 'commodity_housing',
      buildYear: 2008,
      propertyCompany: '和园物业',
    });
    expect(second.status).toBe(201);
    const courtyard = await staff.post(`/api/estates/${first.body.id}/courtyards`, { name: '3号院' });
    expect(courtyard.status).toBe(201);
    const estate = courtyard.body.survey.estates.find((e: { id: string }) => e.id === first.body.id);
    expect(estate).toMatchObject({ ownersCommitteeStatus: 'stalled', isOldNeighbourhood: true });
    expect(estate.courtyards.map((c: { name: string }) => c.name)).toEqual(['3号院']);

    const late = await staff.post(`/api/communities/${ids.homeCommunityId}/estates`, {
      name: '新楼',
      estateType: 'old_neighbourhood',
      buildYear: 2005,
    });
    expect(late.status).toBe(400);
    expect(late.body.code).toBe('estate.not_old');
    const badType = await staff.post(`/api/communities/${ids.homeCommunityId}/estates`, {
      name: 'X',
      estateType: 'villa',
    });
    expect(badType.status).toBe(400);
    const longName = await staff.post(`/api/communities/${ids.homeCommunityId}/estates`, {
      name: '长'.repeat(61),
      estateType: 'other',
    });
    expect(longName.status).toBe(400);
    expect(longName.body.fields[0].path).toBe('name');
    expect(await count('estates')).toBe(before + 2);

    const renamed = await staff.patch(`/api/estates/${second.body.id}`, { households: 640 });
    expect(renamed.status).toBe(200);
    expect(renamed.body.survey.estates.find((e: { id: string }) => e.id === second.body.id).households).toBe(640);
  });

  it('refuses staff of one street adding estates in another, and an unknown community', async () => {
    const staff = await api.as('staff');
    const other = await staff.post(`/api/communities/${ids.otherCommunityId}/estates`, {
      name: 'X',
      estateType: 'other',
    });
    expect(other.status).toBe(403);
    const unknown = await staff.post('/api/communities/00000000-0000-4000-8000-000000000000/estates', {
      name: 'X',
      estateType: 'other',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('community.unknown');
  });
});

describe('stakeholders, their attitude over time and the engagement log', () => {
  it('records the residents’ committee’s attitude by date and shows the latest on the community', async () => {
    const staff = await api.as('staff');
    const created = await staff.post(`/api/communities/${ids.homeCommunityId}/stakeholders`, {
      kind: 'residents_committee',
      name: '槐荫社区居委会',
      contactName: '王主任',
      contactPhone: '13911112222',
      attitude: 'wait_and_see',
      attitudeOn: '2025-03-01',
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const warmer = await staff.post(`/api/stakeholders/${id}/attitudes`, {
      attitude: 'cooperative',
      observedOn: '2025-09-01',
    });
    expect(warmer.status).toBe(201);
    // An older observation entered late does not overwrite the newer one.
    await staff.post(`/api/stakeholders/${id}/attitudes`, { attitude: 'refusing', observedOn: '2024-12-01' });
    const now = await staff.get(survey(ids.homeCommunityId));
    const committee = now.body.stakeholders.find((s: { id: string }) => s.id === id);
    expect(committee.attitude).toBe('cooperative');
    expect(committee.attitudes.map((a: { observedOn: string }) => a.observedOn)).toEqual([
      '2025-09-01',
      '2025-03-01',
      '2024-12-01',
    ]);
    expect(now.body.profile.committeeAttitude).toBe('cooperative');
    const community = await staff.get(`/api/communities/${ids.homeCommunityId}`);
    expect(community.body.committeeAttitude).toBe('cooperative');
  });

  it('logs contacts with a property company as participation grows from lending tables to hosting', async () => {
    const assistant = await api.as('assistant');
    const staff = await api.as('staff');
    const company = await staff.post(`/api/communities/${ids.homeCommunityId}/stakeholders`, {
      kind: 'property_company',
      name: '和园物业',
      contactPhone: '010-62345678',
      relationshipNotes: '经理愿意借桌椅',
    });
    const id = company.body.id;
    const lend = await assistant.post(`/api/stakeholders/${id}/engagements`, {
      happenedOn: '2025-04-10',
      kind: 'formal_visit',
      participationLevel: 'lends_things',
      summary: '拜访物业经理，借到桌椅',
    });
    expect(lend.status).toBe(201);
    const host = await assistant.post(`/api/stakeholders/${id}/engagements`, {
      happenedOn: '2025-10-01',
      kind: 'joint_activity',
      participationLevel: 'hosts_parts',
      summary: '国庆游园会由物业承办一个摊位',
      madeBy: '李社工、张社工',
    });
    expect(host.status).toBe(201);
    const seen = host.body.survey.stakeholders.find((s: { id: string }) => s.id === id);
    expect(seen.participationLevel).toBe('hosts_parts');
    expect(seen.engagements.map((e: { madeBy: string }) => e.madeBy)).toEqual(['李社工、张社工', expect.any(String)]);
    // Assistants see no contact details.
    expect(seen.contactPhone).toMatch(/\*{4}/);
    const seenByStaff = (await staff.get(survey(ids.homeCommunityId))).body.stakeholders.find(
      (s: { id: string }) => s.id === id,
    );
    expect(seenByStaff.contactPhone).toBe('010-62345678');
  });

  it('refuses a bad phone, an unknown estate and an unknown stakeholder, writing nothing', async () => {
    const staff = await api.as('staff');
    const before = await count('stakeholders');
    const badPhone = await staff.post(`/api/communities/${ids.homeCommunityId}/stakeholders`, {
      kind: 'school',
      name: '春和小学',
      contactPhone: '12345',
    });
    expect(badPhone.status).toBe(400);
    const unknownEstate = await staff.post(`/api/communities/${ids.homeCommunityId}/stakeholders`, {
      kind: 'owners_committee',
      name: '业委会',
      estateId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownEstate.status).toBe(404);
    expect(unknownEstate.body.code).toBe('estate.unknown');
    expect(await count('stakeholders')).toBe(before);
    const unknown = await staff.post('/api/stakeholders/00000000-0000-4000-8000-000000000000/attitudes', {
      attitude: 'cooperative',
      observedOn: '2025-01-01',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('stakeholder.unknown');
  });
});

describe('the needs register and the baseline questionnaire', () => {
  it('records a need answered by an organization, and feeds the register from questionnaire answers', async () => {
    const staff = await api.as('staff');
    const need = await staff.post(`/api/communities/${ids.homeCommunityId}/needs`, {
      description: '独居老人白天没人照看',
      raisedBy: '居委会王主任',
      source: 'committee_data',
      reality: 'confirmed',
      provider: 'community_groups',
      recordedOn: '2025-05-01',
      organizationIds: [ids.organizationId],
    });
    expect(need.status).toBe(201);
    const saved = need.body.survey.needs.find((n: { id: string }) => n.id === need.body.id);
    expect(saved.organizations.map((o: { id: string }) => o.id)).toEqual([ids.organizationId]);

    const answer = (wave: number, neighbourTies: number) =>
      staff.post(`/api/communities/${ids.homeCommunityId}/survey-responses`, {
        wave,
        answeredOn: '2025-06-01',
        answers: { neighbourTies, joinedActivity: wave > 0, topNeed: 'childcare' },
      });
    const first = await answer(0, 2);
    const second = await answer(0, 3);
    expect(first.status).toBe(201);
    // Both answers fed one open questionnaire need of that category: one entry, one more mention.
    const fedBy = async (responseId: string) =>
      (
        await api.db
          .selectFrom('survey_responses')
          .innerJoin('needs', 'needs.id', 'survey_responses.need_id')
          .select(['needs.id', 'needs.mentions'])
          .where('survey_responses.id', '=', responseId)
          .executeTakeFirstOrThrow()
      ).id;
    const needId = await fedBy(first.body.id);
    expect(await fedBy(second.body.id)).toBe(needId);
    const fed = second.body.survey.needs.find((n: { id: string }) => n.id === needId);
    expect(fed).toMatchObject({ category: 'childcare', source: 'questionnaire', status: 'open' });
    expect(fed.mentions).toBeGreaterThanOrEqual(2);
    const baselineBefore = first.body.survey.questionnaire.find((w: { wave: number }) => w.wave === 0).responses;
    const repeat = await answer(1, 4);
    const waves = repeat.body.survey.questionnaire;
    expect(waves[0]).toMatchObject({ wave: 0, responses: baselineBefore + 1 });
    expect(waves.find((w: { wave: number }) => w.wave === 1).responses).toBeGreaterThanOrEqual(1);

    const confirmed = await staff.patch(`/api/needs/${needId}`, { reality: 'confirmed', status: 'in_progress' });
    expect(confirmed.status).toBe(200);
  });

  it('refuses an empty need, a wrong enum, an unknown organization; a funder sees no residents’ names', async () => {
    const staff = await api.as('staff');
    const before = await count('needs');
    const empty = await staff.post(`/api/communities/${ids.homeCommunityId}/needs`, {
      source: 'visit',
      recordedOn: '2025-05-01',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('survey.need_empty');
    const wrong = await staff.post(`/api/communities/${ids.homeCommunityId}/needs`, {
      description: 'x',
      source: 'gossip',
      recordedOn: '2025-05-01',
    });
    expect(wrong.status).toBe(400);
    const unknownOrganization = await staff.post(`/api/communities/${ids.homeCommunityId}/needs`, {
      description: 'x',
      source: 'visit',
      recordedOn: '2025-05-01',
      organizationIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknownOrganization.status).toBe(404);
    expect(unknownOrganization.body.code).toBe('organization.unknown');
    // An organization of the other street that serves nothing here: staff may not see it, so it
    // may not be named on this survey (its name would come back in the answer).
    const foreignOrganization = await staff.post(`/api/communities/${ids.homeCommunityId}/needs`, {
      description: 'x',
      source: 'visit',
      recordedOn: '2025-05-01',
      organizationIds: [ids.otherOrganizationId],
    });
    expect(foreignOrganization).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });
    const badAnswer = await staff.post(`/api/communities/${ids.homeCommunityId}/survey-responses`, {
      answeredOn: '2025-06-01',
      answers: { neighbourTies: 9 },
    });
    expect(badAnswer.status).toBe(400);
    expect(await count('needs')).toBe(before);
    const funder = await api.as('funder');
    const seen = await funder.get(survey(ids.homeCommunityId));
    expect(seen.status).toBe(200);
    expect(seen.body.needs.every((n: { raisedBy: string | null }) => n.raisedBy === null)).toBe(true);
    expect(seen.body.canRecord).toBe(false);
  });
});

describe('spaces, resources and the resource map', () => {
  it('adds a space and a resource in it, records its uses, and maps growth and utilisation', async () => {
    const staff = await api.as('staff');
    const space = await staff.post(`/api/communities/${ids.homeCommunityId}/spaces`, {
      name: '居委会活动室',
      owner: 'residents_committee',
      capacity: 40,
      openingRules: '工作日 9–17 点，提前一天登记',
      usageFrequency: 'weekly',
    });
    expect(space.status).toBe(201);
    const resource = await staff.post(`/api/communities/${ids.homeCommunityId}/resources`, {
      name: '活动室的投影仪',
      category: 'material',
      foundOn: '2026-01-05',
      foundHow: '走访居委会',
      persistence: 'sustained',
      spaceId: space.body.id,
      pinX: 0.25,
      pinY: 0.75,
    });
    expect(resource.status).toBe(201);
    const use = await staff.post(`/api/resources/${resource.body.id}/uses`, { usedOn: '2026-03-01', note: '放电影' });
    expect(use.status).toBe(201);
    const tooEarly = await staff.post(`/api/resources/${resource.body.id}/uses`, { usedOn: '2025-12-01' });
    expect(tooEarly.status).toBe(400);
    expect(tooEarly.body.code).toBe('resource.use_before_found');

    const map = await staff.get(
      `/api/communities/${ids.homeCommunityId}/resource-map?baseline=2026-01-31&asOf=2026-06-30`,
    );
    expect(map.status).toBe(200);
    const material = map.body.rows.find((r: { category: string }) => r.category === 'material');
    expect(material.initial).toBeGreaterThanOrEqual(1);
    expect(material.used).toBeGreaterThanOrEqual(1);
    expect(map.body.pins).toContainEqual(
      expect.objectContaining({ resourceId: resource.body.id, x: 0.25, y: 0.75, isUsed: true }),
    );
    const before = await api.db.selectFrom('resources').select('id').where('id', '=', resource.body.id).execute();
    expect(before).toHaveLength(1);
    const earlier = await staff.get(
      `/api/communities/${ids.homeCommunityId}/resource-map?baseline=2025-12-31&asOf=2026-02-01`,
    );
    const materialEarlier = earlier.body.rows.find((r: { category: string }) => r.category === 'material');
    expect(materialEarlier.total).toBe(material.total);
    expect(materialEarlier.used).toBe(material.used - 1);

    const moved = await staff.patch(`/api/resources/${resource.body.id}`, { pinX: 0.5, pinY: 0.5 });
    expect(moved.status).toBe(200);
  });

  it('refuses pins outside the picture, half a pin, a future find and an unknown space; nothing is written', async () => {
    const staff = await api.as('staff');
    const before = await count('resources');
    const base = { name: '小花园', category: 'landscape', foundOn: '2026-01-05', persistence: 'sustained' };
    const outside = await staff.post(`/api/communities/${ids.homeCommunityId}/resources`, {
      ...base,
      pinX: 1.5,
      pinY: 0.5,
    });
    expect(outside.status).toBe(400);
    expect(outside.body.fields[0].path).toBe('pinX');
    const half = await staff.post(`/api/communities/${ids.homeCommunityId}/resources`, { ...base, pinX: 0.5 });
    expect(half.status).toBe(400);
    expect(half.body.code).toBe('resource.pin_incomplete');
    const future = await staff.post(`/api/communities/${ids.homeCommunityId}/resources`, {
      ...base,
      foundOn: '2027-01-01',
    });
    expect(future.status).toBe(400);
    const unknownSpace = await staff.post(`/api/communities/${ids.homeCommunityId}/resources`, {
      ...base,
      spaceId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownSpace.status).toBe(404);
    expect(unknownSpace.body.code).toBe('space.unknown');
    const longText = await staff.post(`/api/communities/${ids.homeCommunityId}/resources`, {
      ...base,
      description: 'x'.repeat(5001),
    });
    expect(longText.status).toBe(400);
    expect(await count('resources')).toBe(before);
  });
});

describe('the site plan', () => {
  const upload = (client: Awaited<ReturnType<TestApi['as']>>, body: Uint8Array<ArrayBuffer>, type = 'image/png') =>
    api.request(`/api/communities/${ids.homeCommunityId}/site-plan`, {
      method: 'PUT',
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': type },
      body,
    });

  it('stores a real picture and serves it back to those who may read the survey', async () => {
    const staff = await api.as('staff');
    const none = await staff.get(`/api/communities/${ids.homeCommunityId}/site-plan`);
    expect(none.status).toBe(404);
    const stored = await upload(staff, png);
    expect(stored.status).toBe(200);
    const body = await stored.json();
    expect(body.survey.sitePlan.type).toBe('png');
    const official = await api.as('official');
    const back = await api.request(`/api/communities/${ids.homeCommunityId}/site-plan`, {
      headers: { cookie: official.cookie },
    });
    expect(back.status).toBe(200);
    expect(back.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await back.arrayBuffer())).toEqual(png);
    expect(back.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");

    // A real scan is megabytes, far above the JSON limit: still accepted.
    const scan = new Uint8Array(3 * 1024 * 1024);
    scan.set(png);
    expect((await upload(staff, scan)).status).toBe(200);
  });

  it('refuses a file that is not a picture whatever its header says, and an oversized one', async () => {
    const staff = await api.as('staff');
    const before = await api.db
      .selectFrom('communities')
      .select('site_plan_key')
      .where('id', '=', ids.homeCommunityId)
      .executeTakeFirstOrThrow();
    const fake = await upload(staff, new TextEncoder().encode('<svg onload="alert(1)"></svg>'));
    expect(fake.status).toBe(415);
    expect((await fake.json()).code).toBe('site_plan.not_image');
    const huge = new Uint8Array(11 * 1024 * 1024);
    huge.set(png);
    const oversized = await upload(staff, huge);
    expect(oversized.status).toBe(413);
    // Just over the site plan's own limit (but under the ceiling): its own precise message.
    const justOver = new Uint8Array(10 * 1024 * 1024 + 10);
    justOver.set(png);
    const refused = await upload(staff, justOver);
    expect(refused.status).toBe(413);
    expect((await refused.json()).code).toBe('site_plan.too_large');
    const after = await api.db
      .selectFrom('communities')
      .select('site_plan_key')
      .where('id', '=', ids.homeCommunityId)
      .executeTakeFirstOrThrow();
    expect(after.site_plan_key).toBe(before.site_plan_key);
  });

  it('refuses an assistant uploading, and a member of another street reading', async () => {
    const assistant = await api.as('assistant');
    expect((await upload(assistant, png)).status).toBe(403);
    const member2 = await api.as('leader2');
    expect((await member2.get(`/api/communities/${ids.homeCommunityId}/site-plan`)).status).toBe(403);
  });
});
