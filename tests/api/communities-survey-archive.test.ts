import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

/**
 * Staff take a wrong survey entry out (a stakeholder, a need, a space, a resource): it leaves the
 * survey and the resource map, stays in the database for the audit trail, and cannot be edited
 * afterwards. Staff also correct entries in place (the edit forms' PATCH calls) and link a need to
 * the organizations that answer it.
 */

let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
});
afterAll(() => api.close());

const survey = () => `/api/communities/${ids.homeCommunityId}/survey`;
const auditCount = async (action: string) =>
  Number(
    (
      await api.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('action', '=', action)
        .executeTakeFirstOrThrow()
    ).n,
  );
const hasId = (list: { id: string }[], id: string) => list.some((item) => item.id === id);

describe('archiving a survey record entered by mistake', () => {
  it('hides a need from the register, keeps the row, audits it, and refuses to edit or archive it again', async () => {
    const staff = await api.as('staff');
    const added = await staff.post(`/api/communities/${ids.homeCommunityId}/needs`, {
      description: '误录的需求',
      source: 'visit',
      recordedOn: '2026-05-01',
    });
    expect(added.status).toBe(201);
    const archived = await staff.post(`/api/needs/${added.body.id}/archive`);
    expect(archived.status).toBe(200);
    expect(hasId(archived.body.survey.needs, added.body.id)).toBe(false);
    expect(hasId((await staff.get(survey())).body.needs, added.body.id)).toBe(false);
    const row = await api.db.selectFrom('needs').selectAll().where('id', '=', added.body.id).executeTakeFirstOrThrow();
    expect(row.archived_at).not.toBeNull();
    expect(row.description).toBe('误录的需求');
    expect(await auditCount('need.archive')).toBe(1);

    const edit = await staff.patch(`/api/needs/${added.body.id}`, { status: 'met' });
    expect(edit.status).toBe(404);
    expect(edit.body.code).toBe('need.unknown');
    const again = await staff.post(`/api/needs/${added.body.id}/archive`);
    expect(again.status).toBe(404);
    expect(await auditCount('need.archive')).toBe(1);
  });

  it('takes an archived resource off the map and its counts; an archived space can no longer be linked', async () => {
    const staff = await api.as('staff');
    const space = await staff.post(`/api/communities/${ids.homeCommunityId}/spaces`, {
      name: '误录的活动室',
      owner: 'all_owners',
    });
    const resource = await staff.post(`/api/communities/${ids.homeCommunityId}/resources`, {
      name: '误录的场地',
      category: 'landscape',
      foundOn: '2026-05-01',
      persistence: 'sustained',
      spaceId: space.body.id,
      pinX: 0.3,
      pinY: 0.4,
    });
    expect(resource.status).toBe(201);
    const map = `/api/communities/${ids.homeCommunityId}/resource-map?asOf=2026-06-01`;
    const landscapeBefore = (await staff.get(map)).body.rows.find(
      (r: { category: string }) => r.category === 'landscape',
    ).total;

    const archived = await staff.post(`/api/resources/${resource.body.id}/archive`);
    expect(archived.status).toBe(200);
    expect(hasId(archived.body.survey.resources, resource.body.id)).toBe(false);
    const after = (await staff.get(map)).body;
    expect(after.rows.find((r: { category: string }) => r.category === 'landscape').total).toBe(landscapeBefore - 1);
    expect(after.pins.some((p: { resourceId: string }) => p.resourceId === resource.body.id)).toBe(false);
    const use = await staff.post(`/api/resources/${resource.body.id}/uses`, { usedOn: '2026-05-02' });
    expect(use.status).toBe(404);

    const spaceArchived = await staff.post(`/api/spaces/${space.body.id}/archive`);
    expect(spaceArchived.status).toBe(200);
    expect(hasId(spaceArchived.body.survey.spaces, space.body.id)).toBe(false);
    const linked = await staff.post(`/api/communities/${ids.homeCommunityId}/resources`, {
      name: '放在已归档空间的资源',
      category: 'place',
      foundOn: '2026-05-01',
      persistence: 'one_off',
      spaceId: space.body.id,
    });
    expect(linked.status).toBe(404);
    expect(linked.body.code).toBe('space.unknown');
    expect(await auditCount('space.archive')).toBe(1);
    expect(await auditCount('resource.archive')).toBe(1);
  });

  it('archives a wrong residents’ committee entry and the community’s attitude falls back to the real one', async () => {
    const staff = await api.as('staff');
    const before = (await staff.get(`/api/communities/${ids.homeCommunityId}`)).body.committeeAttitude;
    const wrong = await staff.post(`/api/communities/${ids.homeCommunityId}/stakeholders`, {
      kind: 'residents_committee',
      name: '重复录入的居委会',
      attitude: before === 'refusing' ? 'cooperative' : 'refusing',
      attitudeOn: '2026-06-01',
    });
    expect(wrong.status).toBe(201);
    expect((await staff.get(`/api/communities/${ids.homeCommunityId}`)).body.committeeAttitude).not.toBe(before);

    const archived = await staff.post(`/api/stakeholders/${wrong.body.id}/archive`);
    expect(archived.status).toBe(200);
    expect(hasId(archived.body.survey.stakeholders, wrong.body.id)).toBe(false);
    expect((await staff.get(`/api/communities/${ids.homeCommunityId}`)).body.committeeAttitude).toBe(before);
    const engagement = await staff.post(`/api/stakeholders/${wrong.body.id}/engagements`, {
      happenedOn: '2026-06-02',
      kind: 'formal_visit',
      participationLevel: 'informed',
      summary: '不该记上',
    });
    expect(engagement.status).toBe(404);
    expect(await auditCount('stakeholder.archive')).toBe(1);
  });

  it('refuses an assistant, staff of another street and an unknown id; nothing is archived', async () => {
    const staff = await api.as('staff');
    const need = await staff.post(`/api/communities/${ids.homeCommunityId}/needs`, {
      category: 'safety',
      source: 'visit',
      recordedOn: '2026-05-01',
    });
    const assistant = await api.as('assistant');
    expect((await assistant.post(`/api/needs/${need.body.id}/archive`)).status).toBe(403);
    const leader2 = await api.as('leader2');
    expect((await leader2.post(`/api/needs/${need.body.id}/archive`)).status).toBe(403);
    const unknown = await staff.post('/api/needs/00000000-0000-4000-8000-000000000000/archive');
    expect(unknown.status).toBe(404);
    const bad = await staff.post('/api/needs/not-an-id/archive');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('request.invalid');
    const row = await api.db
      .selectFrom('needs')
      .select('archived_at')
      .where('id', '=', need.body.id)
      .executeTakeFirst();
    expect(row?.archived_at).toBeNull();
  });
});

describe('correcting survey entries in place', () => {
  it('edits an estate’s owners’ committee status and links a need to the organizations answering it', async () => {
    const staff = await api.as('staff');
    const estate = await staff.post(`/api/communities/${ids.homeCommunityId}/estates`, {
      name: '和平里',
      estateType: 'old_neighbourhood',
      buildYear: 1988,
    });
    const edited = await staff.patch(`/api/estates/${estate.body.id}`, {
      ownersCommittee: '和平里业委会',
      ownersCommitteeStatus: 'stalled',
      households: 320,
    });
    expect(edited.status).toBe(200);
    expect(edited.body.survey.estates.find((e: { id: string }) => e.id === estate.body.id)).toMatchObject({
      ownersCommitteeStatus: 'stalled',
      households: 320,
    });
    // The community page's 小区 cards read the same estates.
    const page = await staff.get(`/api/communities/${ids.homeCommunityId}`);
    expect(hasId(page.body.estates, estate.body.id)).toBe(true);

    const need = await staff.post(`/api/communities/${ids.homeCommunityId}/needs`, {
      category: 'elderly_care',
      source: 'visit',
      recordedOn: '2026-05-01',
    });
    const linked = await staff.patch(`/api/needs/${need.body.id}`, {
      status: 'in_progress',
      reality: 'confirmed',
      provider: 'community_groups',
      organizationIds: [ids.organizationId],
    });
    expect(linked.status).toBe(200);
    const shown = linked.body.survey.needs.find((n: { id: string }) => n.id === need.body.id);
    expect(shown).toMatchObject({ status: 'in_progress', reality: 'confirmed', provider: 'community_groups' });
    expect(shown.organizations.map((o: { id: string }) => o.id)).toEqual([ids.organizationId]);
    const unlinked = await staff.patch(`/api/needs/${need.body.id}`, { organizationIds: [] });
    expect(unlinked.body.survey.needs.find((n: { id: string }) => n.id === need.body.id).organizations).toEqual([]);
  });

  it('links a resource to a person of the street, and refuses a person of another street', async () => {
    const staff = await api.as('staff');
    const person = await api.db
      .selectFrom('people')
      .select(['id', 'name'])
      .where('street_id', '=', ids.mainStreetId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const stranger = await api.db
      .selectFrom('people')
      .select('id')
      .where('street_id', '=', ids.otherStreetId)
      .executeTakeFirstOrThrow();
    const resource = await staff.post(`/api/communities/${ids.homeCommunityId}/resources`, {
      name: '剪纸手艺',
      category: 'skills',
      foundOn: '2026-05-01',
      persistence: 'sustained',
    });
    const linked = await staff.patch(`/api/resources/${resource.body.id}`, { personId: person.id });
    expect(linked.status).toBe(200);
    expect(linked.body.survey.resources.find((r: { id: string }) => r.id === resource.body.id).person).toEqual({
      id: person.id,
      name: person.name,
    });
    const wrong = await staff.patch(`/api/resources/${resource.body.id}`, { personId: stranger.id });
    expect(wrong.status).toBe(404);
    const row = await api.db
      .selectFrom('resources')
      .select('person_id')
      .where('id', '=', resource.body.id)
      .executeTakeFirstOrThrow();
    expect(row.person_id).toBe(person.id);
  });
});
