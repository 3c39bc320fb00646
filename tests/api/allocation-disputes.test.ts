import { defaultMeetingTypes } from '@seedbed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { rowCount } from '../support/rows';

/**
 * Disputes over a room and honours with published rules (issue 18; seed 000 "抢占空间、资源、名分";
 * seed 003 §6 "透明、公正、专业"): staff record who is in the dispute, the meetings held, the rule
 * applied and the outcome; honours say what earns them and who decides, and a resident honoured is
 * named only to those who may read residents.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let staff: Client;
let official: Client;
let leader: Client;
let community: string;

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  [staff, official, leader] = await Promise.all([api.as('staff'), api.as('official'), api.as('leader')]);
  community = `/api/communities/${ids.homeCommunityId}`;
});
afterAll(() => api.close());

describe('a dispute over the activity room', () => {
  let disputeId: string;

  it('is recorded with its parties: two teams and the residents’ committee', async () => {
    const rival = await api.db
      .selectFrom('organizations')
      .select(['id', 'name'])
      .where('home_community_id', '=', ids.homeCommunityId)
      .where('id', '<>', ids.organizationId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const committee = await api.db
      .selectFrom('stakeholders')
      .select('id')
      .where('community_id', '=', ids.homeCommunityId)
      .executeTakeFirstOrThrow();
    const space = await api.db
      .selectFrom('spaces')
      .select('id')
      .where('community_id', '=', ids.homeCommunityId)
      .executeTakeFirstOrThrow();
    const opened = await staff.post(`${community}/disputes`, {
      title: '周三下午的活动室',
      contested: 'space',
      spaceId: space.id,
      description: '两队都要周三下午排练。',
      organizationIds: [ids.organizationId, rival.id],
      stakeholderIds: [committee.id],
      openedOn: '2026-06-20',
    });
    expect(opened.status).toBe(201);
    disputeId = opened.body.id;
    expect(opened.body.status).toBe('open');
    expect(opened.body.parties.map((p: { kind: string }) => p.kind).sort()).toEqual([
      'organization',
      'organization',
      'stakeholder',
    ]);
    expect(opened.body.parties.map((p: { name: string }) => p.name)).toContain(rival.name);
  });

  it('keeps the meetings held, then the rule applied and the outcome; resolved, it is closed', async () => {
    const meeting = await official.post(`/api/disputes/${disputeId}/meetings`, {
      heldOn: '2026-06-24',
      title: '两队协商会',
      notes: '按先登记先得，每季度轮换。',
    });
    expect(meeting.status).toBe(201);
    expect(meeting.body.meetings).toEqual([expect.objectContaining({ heldOn: '2026-06-24', title: '两队协商会' })]);
    const resolved = await staff.post(`/api/disputes/${disputeId}/resolve`, {
      ruleApplied: '先登记先得；每队每周最多两个时段；冲突时轮换',
      outcome: '夕阳红用周三下午，另一队改到周五上午',
      resolvedOn: '2026-06-28',
    });
    expect([resolved.status, resolved.body.status, resolved.body.resolvedOn]).toEqual([200, 'resolved', '2026-06-28']);
    const meetings = await rowCount(api.db, 'dispute_meetings');
    const late = await staff.post(`/api/disputes/${disputeId}/meetings`, { heldOn: '2026-06-29', title: '又一次' });
    expect([late.status, late.body.code]).toEqual([409, 'allocation.dispute_resolved']);
    const again = await staff.post(`/api/disputes/${disputeId}/resolve`, {
      ruleApplied: '另一条',
      outcome: '另一个',
      resolvedOn: '2026-06-29',
    });
    expect(again.status).toBe(409);
    expect(await rowCount(api.db, 'dispute_meetings')).toBe(meetings);
    const list = await official.get(`${community}/disputes`);
    expect(list.body.disputes.map((d: { id: string }) => d.id)).toContain(disputeId);
  });

  it('refuses a party of another community, or no party at all, and writes nothing', async () => {
    const before = await rowCount(api.db, 'disputes');
    const foreign = await api.db
      .selectFrom('stakeholders')
      .select('id')
      .where('community_id', '<>', ids.homeCommunityId)
      .where('street_id', '=', ids.mainStreetId)
      .executeTakeFirstOrThrow();
    const elsewhere = await staff.post(`${community}/disputes`, {
      title: '别的社区的居委会',
      contested: 'other',
      stakeholderIds: [foreign.id],
      openedOn: '2026-06-20',
    });
    expect([elsewhere.status, elsewhere.body.code]).toEqual([400, 'allocation.party_elsewhere']);
    const nobody = await staff.post(`${community}/disputes`, {
      title: '没有当事方',
      contested: 'money',
      openedOn: '2026-06-20',
    });
    expect(nobody.status).toBe(400);
    expect(
      (
        await leader.post(`${community}/disputes`, {
          title: 'x',
          contested: 'money',
          organizationIds: [ids.organizationId],
          openedOn: '2026-06-20',
        })
      ).status,
    ).toBe(403);
    expect(await rowCount(api.db, 'disputes')).toBe(before);
  });
});

describe('a dispute talked through at deliberation meetings', () => {
  const forum = defaultMeetingTypes.find((t) => t.key === 'forum')!.id;
  let disputeId: string;
  let homeMeeting: { id: string; title: string; heldOn: string };
  let elsewhereMeetingId: string;

  beforeAll(async () => {
    const opened = await staff.post(`${community}/disputes`, {
      title: '创投资金怎么分',
      contested: 'money',
      organizationIds: [ids.organizationId],
      openedOn: '2026-07-01',
    });
    expect(opened.status).toBe(201);
    disputeId = opened.body.id;
    const made = await staff.post('/api/meetings', {
      typeId: forum,
      communityId: ids.homeCommunityId,
      title: '资金分配听证会',
      heldOn: '2026-07-05',
    });
    expect(made.status).toBe(201);
    homeMeeting = made.body;
    const neighbour = await api.db
      .selectFrom('communities')
      .select('id')
      .where('street_id', '=', ids.mainStreetId)
      .where('id', 'not in', [ids.homeCommunityId, ids.officialCommunityId])
      .executeTakeFirstOrThrow();
    const elsewhere = await staff.post('/api/meetings', {
      typeId: forum,
      communityId: neighbour.id,
      title: '隔壁社区的会',
      heldOn: '2026-07-05',
    });
    expect(elsewhere.status).toBe(201);
    elsewhereMeetingId = elsewhere.body.id;
  });

  it('links a meeting of the community: the dispute shows its day and title and where to open it', async () => {
    const linked = await official.post(`/api/disputes/${disputeId}/meeting-links`, {
      meetingId: homeMeeting.id,
      notes: '两队各说了自己的预算。',
    });
    expect(linked.status).toBe(201);
    expect(linked.body.meetings).toEqual([
      {
        id: expect.any(String),
        meetingId: homeMeeting.id,
        heldOn: '2026-07-05',
        title: '资金分配听证会',
        notes: '两队各说了自己的预算。',
      },
    ]);
    // A meeting recorded by date alone still reads, with no meeting to open.
    const dated = await staff.post(`/api/disputes/${disputeId}/meetings`, { heldOn: '2026-07-02', title: '电话沟通' });
    expect(dated.body.meetings.map((m: { meetingId: string | null }) => m.meetingId)).toEqual([null, homeMeeting.id]);
  });

  it('refuses a meeting linked twice, one of another community, one the caller cannot read, or none; writes nothing', async () => {
    const before = await rowCount(api.db, 'dispute_meetings');
    const link = (client: Client, meetingId: string) =>
      client.post(`/api/disputes/${disputeId}/meeting-links`, { meetingId });
    const twice = await link(staff, homeMeeting.id);
    expect([twice.status, twice.body.code]).toEqual([409, 'allocation.meeting_already_linked']);
    const elsewhere = await link(staff, elsewhereMeetingId);
    expect([elsewhere.status, elsewhere.body.code]).toEqual([400, 'allocation.meeting_elsewhere']);
    expect((await link(official, elsewhereMeetingId)).status).toBe(403);
    expect((await link(staff, '00000000-0000-4000-8000-000000000404')).status).toBe(404);
    expect((await link(leader, homeMeeting.id)).status).toBe(403);
    expect(await rowCount(api.db, 'dispute_meetings')).toBe(before);
  });

  it('takes its rule before the outcome, and a resolved one’s words can be corrected', async () => {
    const rule = await official.patch(`/api/disputes/${disputeId}`, { ruleApplied: '按活动人次比例分配' });
    expect([rule.status, rule.body.ruleApplied, rule.body.status]).toEqual([200, '按活动人次比例分配', 'open']);
    const resolved = await staff.post(`/api/disputes/${disputeId}/resolve`, {
      ruleApplied: '按活动人次比例分配',
      outcome: '六比四',
      resolvedOn: '2026-07-06',
    });
    expect(resolved.status).toBe(200);
    const corrected = await staff.patch(`/api/disputes/${disputeId}`, { outcome: '六比四，下半年再议' });
    expect([corrected.status, corrected.body.outcome, corrected.body.status]).toEqual([
      200,
      '六比四，下半年再议',
      'resolved',
    ]);
    const audit = await api.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', disputeId)
      .where('action', '=', 'allocation.dispute.update')
      .execute();
    expect(audit).toHaveLength(2);
    const before = await api.db
      .selectFrom('disputes')
      .selectAll()
      .where('id', '=', disputeId)
      .executeTakeFirstOrThrow();
    expect((await leader.patch(`/api/disputes/${disputeId}`, { outcome: '全给我们' })).status).toBe(403);
    expect((await staff.patch(`/api/disputes/${disputeId}`, {})).status).toBe(400);
    expect((await staff.patch(`/api/disputes/${disputeId}`, { outcome: '' })).status).toBe(400);
    const after = await api.db.selectFrom('disputes').selectAll().where('id', '=', disputeId).executeTakeFirstOrThrow();
    expect(after).toEqual(before);
  });
});

describe('honours with published rules', () => {
  let honourId: string;
  let residentId: string;
  let residentName: string;

  it('say what earns them and who decides; a name is not published twice', async () => {
    const made = await staff.post(`${community}/honour-types`, {
      name: '热心参与奖',
      recognises: 'participation',
      earnedBy: '一年参加社区公共活动十次以上',
      decidedBy: '居民议事会投票',
    });
    expect(made.status).toBe(201);
    const type = made.body.honourTypes.find((t: { name: string }) => t.name === '热心参与奖');
    expect(type).toMatchObject({ earnedBy: '一年参加社区公共活动十次以上', decidedBy: '居民议事会投票', awards: [] });
    honourId = type.id;
    const twice = await official.post(`${community}/honour-types`, {
      name: '热心参与奖',
      recognises: 'other',
      earnedBy: '另一条',
      decidedBy: '另一个',
    });
    expect([twice.status, twice.body.code]).toEqual([409, 'allocation.honour_duplicate_name']);
  });

  it('have their rule changed in the open; a name taken by another honour is refused', async () => {
    const changed = await official.patch(`/api/honour-types/${honourId}`, { earnedBy: '一年参加社区公共活动八次以上' });
    expect(changed.status).toBe(200);
    expect(changed.body.honourTypes.find((t: { id: string }) => t.id === honourId)).toMatchObject({
      name: '热心参与奖',
      earnedBy: '一年参加社区公共活动八次以上',
    });
    const other = await staff.post(`${community}/honour-types`, {
      name: '好邻居',
      recognises: 'neighbour_help',
      earnedBy: '邻居推荐',
      decidedBy: '楼组长',
    });
    expect(other.status).toBe(201);
    const before = await api.db.selectFrom('honour_types').selectAll().orderBy('id').execute();
    const taken = await staff.patch(`/api/honour-types/${honourId}`, { name: '好邻居' });
    expect([taken.status, taken.body.code]).toEqual([409, 'allocation.honour_duplicate_name']);
    expect((await leader.patch(`/api/honour-types/${honourId}`, { name: '我们的奖' })).status).toBe(403);
    expect(await api.db.selectFrom('honour_types').selectAll().orderBy('id').execute()).toEqual(before);
  });

  it('are awarded to a team or a resident; the resident is named only to those who may read residents', async () => {
    const resident = await api.db
      .selectFrom('people')
      .select(['id', 'name'])
      .where('community_id', '=', ids.homeCommunityId)
      .where('erased_at', 'is', null)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    residentId = resident.id;
    residentName = resident.name;
    expect(
      (
        await staff.post(`/api/honour-types/${honourId}/awards`, {
          organizationId: ids.organizationId,
          awardedOn: '2026-06-28',
          reason: '一年组织了 12 次公开活动',
        })
      ).status,
    ).toBe(201);
    const toResident = await official.post(`/api/honour-types/${honourId}/awards`, {
      personId: resident.id,
      awardedOn: '2026-06-28',
      reason: '每周帮楼里的老人取药',
    });
    expect(toResident.status).toBe(201);
    const awardsAs = async (client: Client) =>
      (await client.get(`${community}/honours`)).body.honourTypes.find((t: { id: string }) => t.id === honourId).awards;
    expect((await awardsAs(staff)).map((a: { personName: string | null }) => a.personName)).toContain(resident.name);
    const seenByLeader = await awardsAs(leader);
    expect(seenByLeader).toHaveLength(2);
    expect(JSON.stringify(seenByLeader)).not.toContain(resident.name);
    expect(seenByLeader.some((a: { organizationName: string | null }) => a.organizationName)).toBe(true);
  });

  it('refuses an award to both a team and a person, and writes nothing', async () => {
    const before = await rowCount(api.db, 'honour_awards');
    const both = await staff.post(`/api/honour-types/${honourId}/awards`, {
      organizationId: ids.organizationId,
      personId: residentId,
      awardedOn: '2026-06-28',
      reason: '两个都给',
    });
    expect(both.status).toBe(400);
    expect(await rowCount(api.db, 'honour_awards')).toBe(before);
  });

  it('reach the resident’s export, and their erasure clears the reason but keeps the award', async () => {
    const exported = await staff.get(`/api/people/${residentId}/export`);
    expect(exported.body.records.honourAwards).toEqual([
      expect.objectContaining({ honour: '热心参与奖', awardedOn: '2026-06-28', reason: '每周帮楼里的老人取药' }),
    ]);
    expect((await staff.post(`/api/people/${residentId}/erase`)).status).toBe(200);
    const award = await api.db
      .selectFrom('honour_awards')
      .select('reason')
      .where('person_id', '=', residentId)
      .executeTakeFirstOrThrow();
    expect(award.reason).toBeNull();
    const audit = await api.db
      .selectFrom('audit_log')
      .select('after')
      .where('table_name', '=', 'honour_awards')
      .execute();
    expect(JSON.stringify(audit)).not.toContain('每周帮楼里的老人取药');
    const awards = (await staff.get(`${community}/honours`)).body.honourTypes.find(
      (t: { id: string }) => t.id === honourId,
    ).awards;
    expect(JSON.stringify(awards)).not.toContain(residentName);
  });
});
