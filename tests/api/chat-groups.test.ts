import { forgetExpiredChatText } from '@seedbed/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { insertChatGroup, insertChatImport, insertChatMessages, insertChatSenders } from '../support/chat';
import { demoIds } from '../support/demo-ids';
import { failWritesTo } from '../support/failing-writes';
import { testToday } from '../support/template';

/**
 * Issue 19 part A: staff record 夕阳红舞蹈队's group chats and the team's agreement to analyse them;
 * withdrawing deletes what the agreement no longer covers; senders are matched to people by staff
 * and named only to roles that may read residents' names; the street keeps its topic dictionary.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let staff: Client;
let leader: Client;
let leaderPersonId: string;
let memberPersonId: string;
let memberName: string;

const personOf = async (username: string) =>
  (await api.db.selectFrom('users').select('person_id').where('username', '=', username).executeTakeFirstOrThrow())
    .person_id as string;

const newGroup = (overrides: Record<string, unknown> = {}) => ({
  organizationId: ids.organizationId,
  name: '夕阳红舞蹈队总群',
  platform: 'wechat',
  creationWay: 'by_organization',
  layer: 'general',
  staffIn: true,
  ...overrides,
});

const analysisOnly = { agreedByRole: 'leader', agreedOn: '2026-06-01', scope: 'analysis' };

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  [staff, leader] = await Promise.all([api.as('staff'), api.as('leader')]);
  leaderPersonId = await personOf('leader');
  memberPersonId = await personOf('member');
  memberName = (
    await api.db.selectFrom('people').select('name').where('id', '=', memberPersonId).executeTakeFirstOrThrow()
  ).name;
});
afterAll(() => api.close());

describe('staff record a group chat', () => {
  it('creates a group, lists it for the team with counts, and the leader sees it', async () => {
    const made = await staff.post('/api/chat-groups', newGroup({ adoptionStep: 4 }));
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      name: '夕阳红舞蹈队总群',
      layer: 'general',
      adoptionStep: 4,
      agreement: null,
      messageCount: 0,
      senderCount: 0,
      lastMessageOn: null,
    });
    expect(made.body.adoptionStepConfirmedAt).not.toBeNull();
    const listed = await leader.get(`/api/chat-groups?organizationId=${ids.organizationId}`);
    expect(listed.status).toBe(200);
    expect(listed.body.groups.map((g: { id: string }) => g.id)).toContain(made.body.id);
    const audit = await api.db.selectFrom('audit_log').select('action').where('record_id', '=', made.body.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['chat.group.create']);
  });

  it('warns that a group staff built may under-represent real interaction', async () => {
    const made = await staff.post(
      '/api/chat-groups',
      newGroup({ name: '工作人员建的群', creationWay: 'by_staff_on_trust' }),
    );
    expect(made.body.warnings).toEqual(['staff_built']);
  });

  it('refuses a 分队群 without its sub-team and a sub-team of another team, writing nothing', async () => {
    const before = await api.db.selectFrom('chat_groups').select('id').execute();
    const noTeam = await staff.post('/api/chat-groups', newGroup({ layer: 'squad' }));
    expect(noTeam.status).toBe(400);
    const other = await api.db
      .selectFrom('organization_sub_teams')
      .select('id')
      .where('organization_id', '<>', ids.organizationId)
      .executeTakeFirst();
    if (other) {
      const foreign = await staff.post('/api/chat-groups', newGroup({ layer: 'squad', subTeamId: other.id }));
      expect([foreign.status, foreign.body.code]).toEqual([400, 'chat.unknown_sub_team']);
    }
    expect(await api.db.selectFrom('chat_groups').select('id').execute()).toHaveLength(before.length);
  });

  it('edits a group: the adoption step records who confirmed it', async () => {
    const made = await staff.post('/api/chat-groups', newGroup({ name: '改名前' }));
    const changed = await staff.patch(`/api/chat-groups/${made.body.id}`, { name: '改名后', adoptionStep: 5 });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: '改名后', adoptionStep: 5 });
    expect(changed.body.adoptionStepConfirmedByName).toBeTruthy();
    expect((await leader.patch(`/api/chat-groups/${made.body.id}`, { name: '队长改' })).status).toBe(403);
  });

  it('keeps another street’s team’s groups from a leader', async () => {
    const other = await insertChatGroup(api.db, {
      streetId: ids.otherStreetId,
      organizationId: ids.otherOrganizationId,
    });
    expect((await leader.get(`/api/chat-groups/${other.groupId}`)).status).toBe(403);
  });
});

describe('the organization’s agreement', () => {
  it('records one agreement in force; a second is refused until the first is withdrawn', async () => {
    const group = await staff.post('/api/chat-groups', newGroup({ name: '同意测试群' }));
    const agreed = await staff.post(`/api/chat-groups/${group.body.id}/agreements`, {
      ...analysisOnly,
      agreedByPersonId: leaderPersonId,
    });
    expect(agreed.status).toBe(201);
    expect(agreed.body).toMatchObject({ scope: 'analysis', agreedByPersonId: leaderPersonId, withdrawnOn: null });
    const again = await staff.post(`/api/chat-groups/${group.body.id}/agreements`, {
      ...analysisOnly,
      scope: 'analysis_and_text',
      textRetentionDays: 30,
    });
    expect([again.status, again.body.code]).toEqual([409, 'chat.agreement_in_force']);
    const shown = await leader.get(`/api/chat-groups/${group.body.id}`);
    expect(shown.body.agreement.id).toBe(agreed.body.id);
    // who agreed is a resident's name: not for a leader without person.read, in one group or the list
    expect(shown.body.agreement).toMatchObject({ agreedByPersonId: null, agreedByName: null });
    const listed = await leader.get(`/api/chat-groups?organizationId=${ids.organizationId}`);
    const inList = listed.body.groups.find((g: { id: string }) => g.id === group.body.id);
    expect(inList.agreement).toMatchObject({ agreedByPersonId: null, agreedByName: null });
    expect((await staff.get(`/api/chat-groups/${group.body.id}`)).body.agreement.agreedByPersonId).toBe(leaderPersonId);
  });

  it('refuses an agreement dated tomorrow and a person from outside the team', async () => {
    const group = await staff.post('/api/chat-groups', newGroup({ name: '日期测试群' }));
    const future = await staff.post(`/api/chat-groups/${group.body.id}/agreements`, {
      ...analysisOnly,
      agreedOn: '2026-07-01',
    });
    expect([future.status, future.body.code]).toEqual([400, 'chat.future_day']);
    const stranger = await api.db
      .selectFrom('people')
      .select('id')
      .where('street_id', '=', ids.otherStreetId)
      .executeTakeFirstOrThrow();
    const outsider = await staff.post(`/api/chat-groups/${group.body.id}/agreements`, {
      ...analysisOnly,
      agreedByPersonId: stranger.id,
    });
    expect([outsider.status, outsider.body.code]).toEqual([400, 'chat.agreed_by_not_member']);
    expect(
      await api.db.selectFrom('chat_agreements').select('id').where('group_id', '=', group.body.id).execute(),
    ).toHaveLength(0);
  });
});

async function groupWithTrail(agreed: 'analysis' | 'analysis_and_text') {
  const group = await insertChatGroup(
    api.db,
    { streetId: ids.mainStreetId, organizationId: ids.organizationId },
    { agreed, agreedByPersonId: leaderPersonId },
  );
  const [a, b] = await insertChatSenders(api.db, group, [
    { displayName: `🌸${memberName}🌸`, personId: memberPersonId },
    { displayName: '小区快递员' },
  ]);
  await insertChatMessages(api.db, group, [
    { senderId: a!, sentAt: '2026-06-01T01:00:00Z', text: agreed === 'analysis' ? null : '明天上午九点排练' },
    { senderId: b!, sentAt: '2026-06-02T01:00:00Z', text: agreed === 'analysis' ? null : '收到' },
  ]);
  const importId = await insertChatImport(api.db, group, `${memberName}：第七行没读懂`);
  return { ...group, agreementId: group.agreementId!, senders: [a!, b!], importId };
}

const messagesOf = (groupId: string) =>
  api.db.selectFrom('chat_messages').select(['source_ref', 'text']).where('group_id', '=', groupId).execute();

describe('withdrawing the agreement', () => {
  it('stops analysis and deletes exactly what the agreement no longer covered', async () => {
    const trail = await groupWithTrail('analysis_and_text');
    const otherTrail = await groupWithTrail('analysis_and_text');
    const withdrawn = await staff.post(`/api/chat-agreements/${trail.agreementId}/withdraw`, {
      withdrawnOn: testToday,
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ messagesDeleted: 2, sendersDeleted: 2, importsCleared: 1 });
    expect(withdrawn.body.agreement.withdrawnOn).toBe(testToday);
    expect(await messagesOf(trail.groupId)).toHaveLength(0);
    const senders = await api.db
      .selectFrom('chat_senders')
      .select(['display_name', 'person_id', 'pseudonym_number'])
      .where('group_id', '=', trail.groupId)
      .orderBy('pseudonym_number')
      .execute();
    expect(senders).toEqual([]);
    const imported = await api.db
      .selectFrom('chat_imports')
      .select(['problems', 'problem_count'])
      .where('id', '=', trail.importId)
      .executeTakeFirstOrThrow();
    expect(imported).toEqual({ problems: [], problem_count: 1 });
    // analysis stops: the one check every import and analysis makes
    const shown = await staff.get(`/api/chat-groups/${trail.groupId}`);
    expect(shown.body.agreement).toBeNull();
    // the other group keeps everything
    expect(await messagesOf(otherTrail.groupId)).toHaveLength(2);
    // the audit says what was deleted, without a name
    const audit = await api.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('record_id', 'in', [trail.groupId, trail.agreementId])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['chat.agreement.withdraw', 'chat.group.data_deleted']);
    expect(JSON.stringify(audit)).not.toContain(memberName);
    // once withdrawn, it cannot be withdrawn again, and a new agreement may be recorded
    const twice = await staff.post(`/api/chat-agreements/${trail.agreementId}/withdraw`, { withdrawnOn: testToday });
    expect([twice.status, twice.body.code]).toEqual([409, 'chat.agreement_withdrawn']);
    expect((await staff.post(`/api/chat-groups/${trail.groupId}/agreements`, analysisOnly)).status).toBe(201);
  });

  it('tells beforehand what a withdrawal deletes, and keeps the agreement in the group’s history', async () => {
    const trail = await groupWithTrail('analysis_and_text');
    const before = await staff.get(`/api/chat-groups/${trail.groupId}`);
    expect(before.body).toMatchObject({ messageCount: 2, senderCount: 2, keptTextCount: 2, pastAgreements: [] });
    await staff.post(`/api/chat-agreements/${trail.agreementId}/withdraw`, { withdrawnOn: testToday });
    const after = await staff.get(`/api/chat-groups/${trail.groupId}`);
    expect(after.body).toMatchObject({ agreement: null, messageCount: 0, senderCount: 0, keptTextCount: 0 });
    expect(after.body.pastAgreements).toEqual([
      expect.objectContaining({ id: trail.agreementId, withdrawnOn: testToday, agreedByPersonId: leaderPersonId }),
    ]);
    // the team's leader sees the history too, without who agreed
    const seen = await leader.get(`/api/chat-groups/${trail.groupId}`);
    expect(seen.body.pastAgreements).toEqual([
      expect.objectContaining({ id: trail.agreementId, agreedByPersonId: null, agreedByName: null }),
    ]);
  });

  it('refuses a withdrawal dated before the agreement, changing nothing', async () => {
    const trail = await groupWithTrail('analysis');
    const early = await staff.post(`/api/chat-agreements/${trail.agreementId}/withdraw`, {
      withdrawnOn: '2025-12-31',
    });
    expect([early.status, early.body.code]).toEqual([400, 'chat.withdrawn_before_agreed']);
    expect(await messagesOf(trail.groupId)).toHaveLength(2);
  });

  it('leaves everything as it was when its last step fails', async () => {
    const trail = await groupWithTrail('analysis_and_text');
    const snapshot = async () => ({
      messages: await messagesOf(trail.groupId),
      senders: await api.db
        .selectFrom('chat_senders')
        .select(['display_name', 'person_id'])
        .where('group_id', '=', trail.groupId)
        .orderBy('pseudonym_number')
        .execute(),
      agreement: await api.db
        .selectFrom('chat_agreements')
        .select('withdrawn_at')
        .where('id', '=', trail.agreementId)
        .executeTakeFirstOrThrow(),
      imports: await api.db.selectFrom('chat_imports').select('problems').where('id', '=', trail.importId).execute(),
    });
    const before = await snapshot();
    const restore = await failWritesTo(api.db, 'chat_imports', 'update');
    try {
      const answer = await staff.post(`/api/chat-agreements/${trail.agreementId}/withdraw`, { withdrawnOn: testToday });
      expect([answer.status, answer.body.code]).toEqual([500, 'server.error']);
    } finally {
      await restore();
    }
    expect(await snapshot()).toEqual(before);
    expect(before.senders[0]?.person_id).toBe(memberPersonId);
  });

  it('a narrower agreement (analysis only) replaces the old at once and drops every message’s text', async () => {
    const trail = await groupWithTrail('analysis_and_text');
    const narrower = await staff.post(`/api/chat-groups/${trail.groupId}/agreements`, analysisOnly);
    expect(narrower.status).toBe(201);
    const messages = await messagesOf(trail.groupId);
    expect(messages.map((m) => m.text)).toEqual([null, null]);
    const old = await api.db
      .selectFrom('chat_agreements')
      .select('withdrawn_on')
      .where('id', '=', trail.agreementId)
      .executeTakeFirstOrThrow();
    expect(old.withdrawn_on).toBe('2026-06-01');
  });
});

describe('text past its day is forgotten', () => {
  it('the sweep clears expired text only, and counts it', async () => {
    const group = await insertChatGroup(
      api.db,
      { streetId: ids.mainStreetId, organizationId: ids.organizationId },
      { agreed: 'analysis_and_text' },
    );
    const [sender] = await insertChatSenders(api.db, group, [{ displayName: '路人甲' }]);
    await insertChatMessages(api.db, group, [
      { senderId: sender!, sentAt: '2026-05-01T01:00:00Z', text: '旧消息', textExpiresAt: '2026-06-29T00:00:00Z' },
      { senderId: sender!, sentAt: '2026-06-29T01:00:00Z', text: '新消息', textExpiresAt: '2026-07-29T00:00:00Z' },
    ]);
    const swept = await forgetExpiredChatText(api.db, new Date('2026-06-30T00:00:00Z'));
    expect(swept.messages).toBeGreaterThanOrEqual(1);
    const texts = (await messagesOf(group.groupId)).map((m) => m.text).sort();
    expect(texts).toEqual(['新消息', null].sort());
    expect((await forgetExpiredChatText(api.db, new Date('2026-06-30T00:00:00Z'))).messages).toBe(0);
  });
});

describe('senders', () => {
  it('names senders and their matches only to roles that may read residents’ names', async () => {
    const trail = await groupWithTrail('analysis');
    const forStaff = await staff.get(`/api/chat-groups/${trail.groupId}/senders`);
    expect(forStaff.status).toBe(200);
    expect(forStaff.body.namesShown).toBe(true);
    expect(forStaff.body.senders[0]).toMatchObject({
      pseudonym: 'A',
      messageCount: 1,
      displayName: `🌸${memberName}🌸`,
      person: { id: memberPersonId, name: memberName },
      isMatched: true,
    });
    const forLeader = await leader.get(`/api/chat-groups/${trail.groupId}/senders`);
    expect(forLeader.status).toBe(200);
    expect(forLeader.body.namesShown).toBe(false);
    expect(forLeader.body.senders.map((s: { pseudonym: string }) => s.pseudonym)).toEqual(['A', 'B']);
    expect(JSON.stringify(forLeader.body)).not.toContain(memberName);
    expect(JSON.stringify(forLeader.body)).not.toContain('快递员');
    expect((await (await api.as('official')).get(`/api/chat-groups/${trail.groupId}/senders`)).status).toBe(403);
  });

  it('suggests people by name, members first, and staff confirm, undo and flag', async () => {
    const group = await insertChatGroup(
      api.db,
      { streetId: ids.mainStreetId, organizationId: ids.organizationId },
      { agreed: 'analysis' },
    );
    const [decorated, staffer] = await insertChatSenders(api.db, group, [
      { displayName: `${memberName}-舞蹈队` },
      { displayName: '社工小李' },
    ]);
    const suggested = await staff.get(`/api/chat-groups/${group.groupId}/sender-suggestions`);
    expect(suggested.status).toBe(200);
    const mine = suggested.body.suggestions.find((s: { senderId: string }) => s.senderId === decorated);
    expect(mine.candidates[0]).toMatchObject({ personId: memberPersonId, isMember: true, closeness: 'contains' });
    expect((await leader.get(`/api/chat-groups/${group.groupId}/sender-suggestions`)).status).toBe(403);

    const matched = await staff.patch(`/api/chat-senders/${decorated}`, { personId: memberPersonId });
    expect(matched.status).toBe(200);
    expect(matched.body.senders[0].person).toEqual({ id: memberPersonId, name: memberName });
    const row = await api.db
      .selectFrom('chat_senders')
      .select(['matched_by', 'matched_at'])
      .where('id', '=', decorated!)
      .executeTakeFirstOrThrow();
    expect(row.matched_by).not.toBeNull();
    const audit = await api.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('record_id', '=', decorated!)
      .execute();
    expect(JSON.stringify(audit)).not.toContain(memberName);

    const undone = await staff.patch(`/api/chat-senders/${decorated}`, { personId: null });
    expect(undone.body.senders[0]).toMatchObject({ person: null, isMatched: false });
    const flagged = await staff.patch(`/api/chat-senders/${staffer}`, { isStaff: true });
    expect(flagged.body.senders[1].isStaff).toBe(true);
    const outsider = await api.db
      .selectFrom('people')
      .select('id')
      .where('street_id', '=', ids.otherStreetId)
      .executeTakeFirstOrThrow();
    const foreign = await staff.patch(`/api/chat-senders/${decorated}`, { personId: outsider.id });
    expect([foreign.status, foreign.body.code]).toEqual([400, 'chat.match_out_of_street']);
  });
});

describe('the street’s topic dictionary', () => {
  it('says the defaults apply until the street adds words; adds and deletes them', async () => {
    const path = `/api/streets/${ids.mainStreetId}/chat-topic-words`;
    const empty = await staff.get(path);
    expect(empty.body).toEqual({ words: [], usesDefaults: true });
    const added = await staff.post(path, { word: '助老', category: 'public' });
    expect(added.status).toBe(201);
    expect(added.body.usesDefaults).toBe(false);
    const twice = await staff.post(path, { word: '助老', category: 'public' });
    expect([twice.status, twice.body.code]).toEqual([409, 'chat.topic_word_exists']);
    const spaced = await staff.post(path, { word: '早安 问好', category: 'greeting' });
    expect(spaced.status).toBe(400);
    const removed = await staff.call('DELETE', `/api/chat-topic-words/${added.body.words[0].id}`);
    expect(removed.body).toEqual({ words: [], usesDefaults: true });
    expect((await leader.post(path, { word: '环境', category: 'public' })).status).toBe(403);
  });
});
