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

const countRows = async (table: 'organization_members' | 'stage_assessments' | 'organization_changes' | 'people') =>
  Number(
    (
      await api.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** A resident of the organization's home community who is not one of its members, with a phone or without. */
async function nonMemberOfHome(withPhone = true) {
  const row = await api.db
    .selectFrom('people')
    .select(['id', 'name', 'phone'])
    .where('community_id', '=', ids.homeCommunityId)
    .where('phone', withPhone ? 'is not' : 'is', null)
    .where((eb) =>
      eb(
        'id',
        'not in',
        eb.selectFrom('organization_members').select('person_id').where('organization_id', '=', ids.organizationId),
      ),
    )
    .orderBy('id')
    .executeTakeFirstOrThrow();
  return row;
}

describe('a leader managing members from a phone', () => {
  it('adds a new member by name, and refuses the same member twice without writing anything', async () => {
    const leader = await api.as('leader');
    const added = await leader.post(`/api/organizations/${ids.organizationId}/members`, { name: '王秀兰' });
    expect(added.status).toBe(201);
    expect(added.body.members.map((m: { name: string }) => m.name)).toContain('王秀兰');
    const [members, people] = [await countRows('organization_members'), await countRows('people')];
    const again = await leader.post(`/api/organizations/${ids.organizationId}/members`, { name: '王秀兰' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('organization.member_exists');
    expect([await countRows('organization_members'), await countRows('people')]).toEqual([members, people]);
  });

  it('adds a resident of the community, changes the role, then marks them as left', async () => {
    const leader = await api.as('leader');
    const person = await nonMemberOfHome();
    const url = `/api/organizations/${ids.organizationId}/members`;
    const joined = { personId: person.id, phone: person.phone ?? undefined, joinedOn: '2026-06-01' };
    expect((await leader.post(url, joined)).status).toBe(201);
    const twice = await leader.post(url, { personId: person.id });
    expect(twice.body.code).toBe('organization.member_exists');
    const promoted = await leader.patch(`${url}/${person.id}`, { role: 'treasurer' });
    expect(promoted.status).toBe(200);
    expect(promoted.body.members.find((m: { personId: string }) => m.personId === person.id).role).toBe('treasurer');
    const left = await leader.patch(`${url}/${person.id}`, { leftOn: '2026-06-20' });
    expect(left.body.members.some((m: { personId: string }) => m.personId === person.id)).toBe(false);
    const registry = await leader.get(`/api/organizations/${ids.organizationId}/registry`);
    expect(registry.body.memberHistory).toContainEqual(
      expect.objectContaining({ personId: person.id, role: 'treasurer', joinedOn: '2026-06-01', leftOn: '2026-06-20' }),
    );
  });

  it('adds a resident on record only with the phone they gave the leader, so adding never reveals a number', async () => {
    const leader = await api.as('leader');
    const url = `/api/organizations/${ids.organizationId}/members`;
    const person = await nonMemberOfHome();
    const phone = person.phone ?? '';
    const members = await countRows('organization_members');
    for (const guess of [{}, { phone: phone === '13900000000' ? '13900000001' : '13900000000' }]) {
      const refused = await leader.post(url, { personId: person.id, ...guess });
      expect([refused.status, refused.body.code]).toEqual([403, 'organization.member_phone_unknown']);
      expect(JSON.stringify(refused.body)).not.toContain(phone);
    }
    expect(await countRows('organization_members')).toBe(members);
    const added = await leader.post(url, { personId: person.id, phone });
    expect(added.status).toBe(201);
    expect(added.body.members.find((m: { personId: string }) => m.personId === person.id).phone).toBe(phone);

    // No number on record: there is nothing to reveal. Staff, who read the street's residents, need none.
    const withoutPhone = await nonMemberOfHome(false);
    expect((await leader.post(url, { personId: withoutPhone.id })).status).toBe(201);
    const other = await nonMemberOfHome();
    expect((await (await api.as('staff')).post(url, { personId: other.id })).status).toBe(201);
  });

  it('refuses a resident of another street, a future join date, and a leader of another team', async () => {
    const leader = await api.as('leader');
    const outsider = await api.db
      .selectFrom('people')
      .select('id')
      .where('community_id', '=', ids.otherCommunityId)
      .executeTakeFirstOrThrow();
    const url = `/api/organizations/${ids.organizationId}/members`;
    expect((await leader.post(url, { personId: outsider.id })).body.code).toBe('organization.person_elsewhere');
    expect((await leader.post(url, { name: '明天的人', joinedOn: '2026-07-01' })).body.code).toBe(
      'organization.future_date',
    );
    const invalid = await leader.post(url, { name: '有号码', phone: '12345' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.fields.map((f: { path: string }) => f.path)).toContain('phone');
    const leader2 = await api.as('leader2');
    expect((await leader2.post(url, { name: '闯入者' })).status).toBe(403);
  });
});

describe('growth stage assessments', () => {
  it('assesses seed then sapling with evidence, shows the timeline, and goes down as well as up', async () => {
    const staff = await api.as('staff');
    const created = await staff.post('/api/organizations', {
      name: '槐荫助老服务队',
      organizationType: 'neighbour_help',
      homeCommunityId: ids.homeCommunityId,
      leaderPersonId: (await nonMemberOfHome()).id,
      foundedOn: '2025-03-01',
    });
    expect(created.status).toBe(201);
    expect(created.body.members.map((m: { role: string }) => m.role)).toEqual(['leader']);
    const id = created.body.id;
    const seed = await staff.post(`/api/organizations/${id}/assessments`, {
      assessedOn: '2026-01-10',
      stage: 'seed',
      criteria: [{ criterionId: 'core_team', met: true, evidence: '核心团队分工表（追踪日志 1 月）' }],
      advice: '先稳定每周活动',
    });
    expect(seed.status).toBe(201);
    const sapling = await staff.post(`/api/organizations/${id}/assessments`, {
      assessedOn: '2026-05-10',
      stage: 'sapling',
      evidence: ['https://example.org/team-rules.jpg'],
    });
    expect(sapling.status).toBe(201);
    const overview = await staff.get(`/api/organizations/${id}/stages`);
    expect(overview.body.currentStage).toBe('sapling');
    expect(overview.body.nextStage).toBe('small_tree');
    expect(overview.body.assessments.map((a: { stage: string }) => a.stage)).toEqual(['sapling', 'seed']);
    expect(overview.body.assessments[0].previousStage).toBe('seed');
    const publicActivities = overview.body.stages
      .flatMap((s: { criteria: { id: string; status: string }[] }) => s.criteria)
      .find((c: { id: string }) => c.id === 'public_activities');
    // Measured from the records: a new team has no public activity yet.
    expect(publicActivities.status).toBe('not_met');
    expect(overview.body.facts.publicActivitiesLast6Months).toBe(0);
    const openActivity = (openness: string, beneficiaryGroups: string[]) =>
      staff.call(
        'POST',
        '/api/activities',
        {
          organizationIds: [id],
          title: `${openness} 活动`,
          startsAt: '2026-06-20T09:00:00+08:00',
          endsAt: '2026-06-20T10:00:00+08:00',
          openness,
          beneficiaryGroups,
          organizerCount: 3,
          servedCount: 10,
        },
        { 'idempotency-key': `stage-${openness}-${beneficiaryGroups.join()}` },
      );
    expect((await openActivity('members_only', ['members_only'])).status).toBe(201);
    expect((await openActivity('invited', ['members_only'])).status).toBe(201);
    const stillNone = await staff.get(`/api/organizations/${id}/stages`);
    expect(stillNone.body.facts.publicActivitiesLast6Months).toBe(0);
    expect((await openActivity('invited', ['elderly'])).status).toBe(201);
    expect((await openActivity('open_to_all', ['all_residents'])).status).toBe(201);
    const measured = await staff.get(`/api/organizations/${id}/stages`);
    expect(measured.body.facts.publicActivitiesLast6Months).toBe(2);

    const down = await staff.post(`/api/organizations/${id}/assessments`, {
      assessedOn: '2026-06-20',
      stage: 'seed',
      evidence: ['半年没有活动，核心成员搬走'],
    });
    expect(down.status).toBe(201);
    const row = await api.db.selectFrom('organizations').select('stage').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.stage).toBe('seed');
  });

  it('refuses an assessment without evidence where the model requires it, and writes nothing', async () => {
    const staff = await api.as('staff');
    const before = await countRows('stage_assessments');
    const result = await staff.post(`/api/organizations/${ids.organizationId}/assessments`, {
      assessedOn: '2026-06-01',
      stage: 'small_tree',
      criteria: [{ criterionId: 'own_account', met: true }],
    });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('organization.assessment_needs_evidence');
    expect(await countRows('stage_assessments')).toBe(before);
    const wrongModel = await staff.post(`/api/organizations/${ids.organizationId}/assessments`, {
      assessedOn: '2026-06-01',
      stage: 'v2',
      evidence: ['x'],
    });
    expect(wrongModel.body.code).toBe('organization.stage_not_in_model');
  });

  it('is for staff: a leader may read the timeline but not assess', async () => {
    const leader = await api.as('leader');
    expect((await leader.get(`/api/organizations/${ids.organizationId}/stages`)).body.canAssess).toBe(false);
    const result = await leader.post(`/api/organizations/${ids.organizationId}/assessments`, {
      assessedOn: '2026-06-01',
      stage: 'big_tree',
      evidence: ['自评'],
    });
    expect(result.status).toBe(403);
  });
});

describe('the registry of an organization', () => {
  it('keeps dated status history; dissolving needs a reason; a new value becomes current', async () => {
    const staff = await api.as('staff');
    const url = `/api/organizations/${ids.organizationId}/changes`;
    const before = await countRows('organization_changes');
    const noReason = await staff.post(url, { field: 'status', value: 'dissolved', changedOn: '2026-06-01' });
    expect(noReason.body.code).toBe('organization.dissolve_needs_reason');
    const badValue = await staff.post(url, { field: 'orientation', value: 'selfish', changedOn: '2026-06-01' });
    expect(badValue.status).toBe(400);
    expect(await countRows('organization_changes')).toBe(before);
    const filed = await staff.post(url, {
      field: 'filing_status',
      value: 'registered',
      changedOn: '2026-06-15',
      documentRef: '民政局登记证 2026-031',
    });
    expect(filed.status).toBe(201);
    const registry = await staff.get(`/api/organizations/${ids.organizationId}/registry`);
    expect(registry.body.changes[0]).toMatchObject({ field: 'filing_status', value: 'registered' });
    const detail = await staff.get(`/api/organizations/${ids.organizationId}`);
    expect(detail.body.filingStatus).toBe('registered');
  });

  it('refuses to serve a community that does not exist, and adds sub-teams, chat groups and interviews', async () => {
    const staff = await api.as('staff');
    const base = `/api/organizations/${ids.organizationId}`;
    const unknown = await staff.post(`${base}/served-communities`, {
      communityId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('community.unknown');
    const leader = await api.as('leader');
    const team = await leader.post(`${base}/sub-teams`, { name: '周末分队' });
    expect(team.status).toBe(201);
    const group = await leader.post(`${base}/chat-groups`, { name: '夕阳红通知群', layer: 'notice', memberCount: 20 });
    expect(group.status).toBe(201);
    expect(
      (await leader.post(`${base}/chat-groups/${group.body.id}/counts`, { countedOn: '2026-06-29', memberCount: 24 }))
        .status,
    ).toBe(201);
    const interview = await staff.post(`${base}/interviews`, {
      interviewedOn: '2026-06-02',
      interviewer: '李社工',
      origin: '2015 年几位老姐妹在广场自发跳舞',
      difficulties: '冬天没有室内场地',
    });
    expect(interview.status).toBe(201);
    const registry = await leader.get(`${base}/registry`);
    expect(registry.body.subTeams.map((t: { name: string }) => t.name)).toContain('周末分队');
    const saved = registry.body.chatGroups.find((g: { id: string }) => g.id === group.body.id);
    expect(saved.counts.map((c: { memberCount: number }) => c.memberCount)).toEqual([24, 20]);
    expect(registry.body.interviews[0].interviewer).toBe('李社工');
    const funder = await api.as('funder');
    const seenByFunder = await funder.get(`${base}/registry`);
    expect(seenByFunder.body.memberHistory).toBeNull();
    expect(seenByFunder.body.interviews).toEqual([]);
  });

  it('refuses a future founding date', async () => {
    const staff = await api.as('staff');
    const result = await staff.post('/api/organizations', {
      name: '未来队',
      organizationType: 'safety',
      homeCommunityId: ids.homeCommunityId,
      foundedOn: '2027-01-01',
    });
    expect(result.body.code).toBe('organization.future_founding');
  });
});

describe('the case outcome table', () => {
  it('records an entry and exports it as CSV that Excel opens in Chinese', async () => {
    const staff = await api.as('staff');
    const created = await staff.post('/api/case-outcomes', {
      organizationId: ids.organizationId,
      recordedOn: '2026-06-10',
      difficulty: '队长一言堂，成员流失',
      staffAction: '组织共识会，分工副队长、财务',
      change: '成员回流，每周例会',
    });
    expect(created.status).toBe(201);
    const list = await staff.get(`/api/case-outcomes?organizationId=${ids.organizationId}`);
    expect(list.body.items[0].difficulty).toBe('队长一言堂，成员流失');
    const csv = await staff.get('/api/case-outcomes/export');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.body).toContain('队长一言堂，成员流失');
    // The byte-order mark (which text() would swallow) is what makes Excel read UTF-8.
    const raw = await api.request('/api/case-outcomes/export', { headers: { cookie: staff.cookie } });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const missing = await staff.post('/api/case-outcomes', {
      recordedOn: '2026-06-10',
      difficulty: 'a',
      staffAction: 'b',
      change: 'c',
    });
    expect(missing.status).toBe(400);
  });
});

describe('the demo street', () => {
  it('populates the leader’s organization: a stage timeline ending at its stage, chat groups, history', async () => {
    const leader = await api.as('leader');
    const stages = await leader.get(`/api/organizations/${ids.organizationId}/stages`);
    expect(stages.body.assessments.length).toBeGreaterThanOrEqual(3);
    expect(stages.body.assessments[0].stage).toBe(stages.body.currentStage);
    const registry = await leader.get(`/api/organizations/${ids.organizationId}/registry`);
    expect(registry.body.chatGroups.length).toBeGreaterThanOrEqual(2);
    expect(registry.body.changes.length).toBeGreaterThan(0);
  });
});
