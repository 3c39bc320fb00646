import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
});
afterAll(() => api.close());

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const base = (organizationId = ids.organizationId) => `/api/organizations/${organizationId}`;
const changeOf = async (client: Client, changeId: string, organizationId = ids.organizationId) =>
  (await client.get(`${base(organizationId)}/registry`)).body.changes.find((c: { id: string }) => c.id === changeId);

describe('备案 with the residents’ committee', () => {
  it('staff record a filing; the committee of its home community confirms it, once; staff see who and when', async () => {
    const staff = await api.as('staff');
    const recorded = await staff.post(`${base()}/changes`, {
      field: 'filing_status',
      value: 'filed',
      changedOn: '2026-05-20',
      documentRef: '槐荫社区备字〔2026〕3号',
    });
    expect(recorded.status).toBe(201);
    expect(await changeOf(staff, recorded.body.id)).toMatchObject({ confirmedAt: null, confirmedBy: null });
    expect((await staff.post(`${base()}/changes/${recorded.body.id}/confirm`)).status).toBe(403);

    const official = await api.as('official');
    const confirmed = await official.post(`${base()}/changes/${recorded.body.id}/confirm`);
    expect(confirmed).toMatchObject({ status: 200, body: { id: recorded.body.id } });
    const seen = await changeOf(staff, recorded.body.id);
    expect(seen.confirmedAt).toBe(api.clock.now().toISOString());
    expect(seen.confirmedBy).toMatch(/居委会/);
    const trail = await api.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', recorded.body.id)
      .where('action', '=', 'organization.filing.confirm')
      .execute();
    expect(trail).toHaveLength(1);

    const again = await official.post(`${base()}/changes/${recorded.body.id}/confirm`);
    expect(again).toMatchObject({ status: 409, body: { code: 'organization.filing_confirmed' } });
  });

  it('confirms only a record of filing', async () => {
    const staff = await api.as('staff');
    const orientation = await staff.post(`${base()}/changes`, {
      field: 'orientation',
      value: 'mutual_benefit',
      changedOn: '2026-05-21',
    });
    expect(orientation.status).toBe(201);
    const official = await api.as('official');
    const refused = await official.post(`${base()}/changes/${orientation.body.id}/confirm`);
    expect(refused).toMatchObject({ status: 400, body: { code: 'organization.filing_not_filing' } });
    expect((await changeOf(staff, orientation.body.id)).confirmedAt).toBeNull();
  });

  it('lets the committee record the filing itself, confirmed at once, with the scan', async () => {
    const official = await api.as('official');
    const filed = await official.post(`${base()}/filing`, {
      changedOn: '2026-06-01',
      documentRef: '槐荫居备〔2026〕7号',
    });
    expect(filed.status).toBe(201);
    const change = await changeOf(official, filed.body.id);
    expect(change).toMatchObject({ field: 'filing_status', value: 'filed', documentRef: '槐荫居备〔2026〕7号' });
    expect(change.confirmedAt).not.toBeNull();
    const organization = await official.get(base());
    expect(organization.body.filingStatus).toBe('filed');

    const scan = await api.request(`${base()}/changes/${filed.body.id}/document`, {
      method: 'PUT',
      headers: { cookie: official.cookie, 'x-csrf-token': official.csrfToken, 'content-type': 'application/pdf' },
      body: pdf,
    });
    expect(scan.status).toBe(200);
    expect((await changeOf(official, filed.body.id)).documentFileType).toBe('pdf');
  });

  it('keeps the committee to its own community’s organizations: 403 elsewhere, nothing written', async () => {
    const official = await api.as('official');
    const before = await api.db.selectFrom('organization_changes').select('id').execute();
    const other = await official.post(`${base(ids.otherOrganizationId)}/filing`, { changedOn: '2026-06-01' });
    expect(other.status).toBe(403);

    // An organization at home elsewhere that serves the official's community: the official sees it,
    // but its 备案 is its home committee's.
    const serving = await api.db
      .selectFrom('organization_service_areas as sa')
      .innerJoin('organizations as o', 'o.id', 'sa.organization_id')
      .select('o.id')
      .where('sa.community_id', '=', ids.officialCommunityId)
      .where('sa.until', 'is', null)
      .where('o.home_community_id', '!=', ids.officialCommunityId)
      .executeTakeFirst();
    if (serving) {
      expect((await official.get(base(serving.id))).status).toBe(200);
      const elsewhere = await official.post(`${base(serving.id)}/filing`, { changedOn: '2026-06-01' });
      expect(elsewhere).toMatchObject({ status: 403, body: { code: 'organization.filing_other_community' } });
    }
    expect(await api.db.selectFrom('organization_changes').select('id').execute()).toHaveLength(before.length);

    const staff = await api.as('admin');
    const foreign = await staff.post(`${base(ids.otherOrganizationId)}/changes`, {
      field: 'filing_status',
      value: 'filed',
      changedOn: '2026-05-20',
    });
    const confirmElsewhere = await official.post(`${base(ids.otherOrganizationId)}/changes/${foreign.body.id}/confirm`);
    expect(confirmElsewhere.status).toBe(403);
    expect((await changeOf(staff, foreign.body.id, ids.otherOrganizationId)).confirmedAt).toBeNull();
  });

  it('lets staff record a filing from the same route, waiting for the committee', async () => {
    const staff = await api.as('staff');
    const filed = await staff.post(`${base()}/filing`, { changedOn: '2026-06-02' });
    expect(filed.status).toBe(201);
    expect((await changeOf(staff, filed.body.id)).confirmedAt).toBeNull();
    const member = await api.as('member');
    expect((await member.post(`${base()}/filing`, { changedOn: '2026-06-02' })).status).toBe(403);
  });
});

describe('居委会态度 stays with the incubator', () => {
  it('is absent from the community, its survey and the street overview for officials, present for staff', async () => {
    const official = await api.as('official');
    const community = await official.get(`/api/communities/${ids.homeCommunityId}`);
    expect(community.status).toBe(200);
    expect(community.body).not.toHaveProperty('committeeAttitude');
    const survey = await official.get(`/api/communities/${ids.homeCommunityId}/survey`);
    expect(survey.body.profile).not.toHaveProperty('committeeAttitude');
    const committee = survey.body.stakeholders.filter((s: { kind: string }) => s.kind === 'residents_committee');
    for (const row of committee) expect(row).not.toHaveProperty('attitude');
    const street = await api.as('street');
    const overview = await street.get(`/api/streets/${ids.mainStreetId}/overview`);
    for (const row of overview.body.communities) expect(row).not.toHaveProperty('committeeAttitude');

    const staff = await api.as('staff');
    expect((await staff.get(`/api/communities/${ids.homeCommunityId}`)).body).toHaveProperty('committeeAttitude');
  });
});
