import { surnameOf } from '@seedbed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { insertChatGroup, insertChatSenders } from '../support/chat';
import { customerGroupRoster, internalGroupRoster } from '../support/chat-roster';
import { demoIds } from '../support/demo-ids';
import { failWritesTo } from '../support/failing-writes';

/**
 * Issue 19: a group's WeCom member list — "for join times" — makes its members senders: one who already
 * spoke gets the list's join time and names, one who never spoke a new pseudonym (the periphery).
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let staff: Client;
let leader: Client;

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  [staff, leader] = await Promise.all([api.as('staff'), api.as('leader')]);
});
afterAll(() => api.close());

const team = () => ({ streetId: ids.mainStreetId, organizationId: ids.organizationId });

const sendersOf = (groupId: string) =>
  api.db
    .selectFrom('chat_senders')
    .select(['sender_ref', 'display_name', 'other_names', 'pseudonym_number', 'joined_at'])
    .where('group_id', '=', groupId)
    .orderBy('pseudonym_number')
    .execute();

const snapshot = async (groupId: string) => ({
  senders: await sendersOf(groupId),
  group: await api.db.selectFrom('chat_groups').select('export_ref').where('id', '=', groupId).executeTakeFirst(),
  audit: await api.db.selectFrom('audit_log').select('id').where('record_id', '=', groupId).execute(),
});

describe('a WeCom member list', () => {
  it('adds members who never spoke with the next pseudonyms and gives a known sender its join time and names', async () => {
    const group = await insertChatGroup(api.db, team(), { agreed: 'analysis' });
    const [spoke] = await insertChatSenders(api.db, group, [{ displayName: '王阿姨' }]);
    await api.db.updateTable('chat_senders').set({ sender_ref: 'wmAbCdEf001' }).where('id', '=', spoke!).execute();

    const answer = await staff.post(`/api/chat-groups/${group.groupId}/roster`, customerGroupRoster());
    expect([answer.status, answer.body]).toEqual([200, { membersRead: 4, sendersAdded: 3, sendersUpdated: 1 }]);
    const senders = await sendersOf(group.groupId);
    expect(senders.map((s) => [s.sender_ref, s.display_name, s.other_names, s.pseudonym_number])).toEqual([
      ['wmAbCdEf001', '王阿姨', ['王秀英', '王阿姨（领舞）'], 1],
      ['ZhangWei', '张社工', ['张伟', '张社工'], 2],
      ['wmAbCdEf002', '老李', ['老李'], 3],
      ['wmAbCdEf003', '陈桂兰', ['陈桂兰'], 4],
    ]);
    // the sender inserted on 2026-01-01 keeps the earlier of its join time and the list's (2026-01-02)
    expect(new Date(senders[0]!.joined_at!).toISOString()).toBe('2026-01-01T02:00:00.000Z');
    expect(new Date(senders[3]!.joined_at!).toISOString()).toBe('2026-03-03T01:00:00.000Z');
    const group2 = await api.db
      .selectFrom('chat_groups')
      .select('export_ref')
      .where('id', '=', group.groupId)
      .execute();
    expect(group2[0]?.export_ref).toBe('wecom:wrOgQhDgAAcwMTB7YmDkbeBsgT_AAAAA');
    const audit = await api.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('record_id', '=', group.groupId)
      .execute();
    expect(audit).toEqual([
      { action: 'chat.roster.upload', after: { membersRead: 4, sendersAdded: 3, sendersUpdated: 1 } },
    ]);

    // The same list again adds no one; the internal group's answer (ids only) adds its one new member.
    const again = await staff.post(`/api/chat-groups/${group.groupId}/roster`, customerGroupRoster());
    expect(again.body).toEqual({ membersRead: 4, sendersAdded: 0, sendersUpdated: 4 });
    const internal = await staff.post(`/api/chat-groups/${group.groupId}/roster`, internalGroupRoster());
    expect(internal.body).toEqual({ membersRead: 2, sendersAdded: 1, sendersUpdated: 1 });
    expect((await sendersOf(group.groupId)).map((s) => [s.sender_ref, s.pseudonym_number]).at(-1)).toEqual([
      'LiuFang',
      5,
    ]);
  });

  it('refuses another group’s list with the import’s code, and writes nothing', async () => {
    const group = await insertChatGroup(api.db, team(), { agreed: 'analysis' });
    await api.db
      .updateTable('chat_groups')
      .set({ export_ref: 'wecom:wrTheRightRoom' })
      .where('id', '=', group.groupId)
      .execute();
    const before = await snapshot(group.groupId);
    const answer = await staff.post(`/api/chat-groups/${group.groupId}/roster`, customerGroupRoster('wrAnotherRoom'));
    expect([answer.status, answer.body.code]).toEqual([409, 'chat.other_group_export']);
    expect(await snapshot(group.groupId)).toEqual(before);
  });

  it('refuses what is no member list, a group without agreement, and a leader', async () => {
    const group = await insertChatGroup(api.db, team(), { agreed: 'analysis' });
    const before = await snapshot(group.groupId);
    for (const body of [
      { messages: [] },
      [1, 2],
      { group_chat: { member_list: [{ name: '无编号' }] } },
      { members: 'x' },
    ]) {
      const answer = await staff.post(`/api/chat-groups/${group.groupId}/roster`, body);
      expect([answer.status, answer.body.code]).toEqual([400, 'request.invalid']);
    }
    const led = await leader.post(`/api/chat-groups/${group.groupId}/roster`, customerGroupRoster());
    expect(led.status).toBe(403);
    expect(await snapshot(group.groupId)).toEqual(before);

    const unagreed = await insertChatGroup(api.db, team());
    const refused = await staff.post(`/api/chat-groups/${unagreed.groupId}/roster`, customerGroupRoster());
    expect([refused.status, refused.body.code]).toEqual([409, 'chat.no_agreement']);
    expect(await sendersOf(unagreed.groupId)).toEqual([]);
  });

  it('gives an erased person’s sender (kept under a hash) its join time, never its name back', async () => {
    const group = await insertChatGroup(api.db, team(), { agreed: 'analysis' });
    const [erased] = await insertChatSenders(api.db, group, [{ displayName: null }]);
    const { sql } = await import('kysely');
    await api.db
      .updateTable('chat_senders')
      .set({
        sender_ref: sql`'forgotten:' || encode(sha256(convert_to(group_id::text || chr(31) || 'wmAbCdEf002', 'UTF8')), 'hex')`,
        joined_at: null,
      })
      .where('id', '=', erased!)
      .execute();
    const answer = await staff.post(`/api/chat-groups/${group.groupId}/roster`, customerGroupRoster());
    expect(answer.body).toEqual({ membersRead: 4, sendersAdded: 3, sendersUpdated: 1 });
    const row = await api.db.selectFrom('chat_senders').selectAll().where('id', '=', erased!).executeTakeFirstOrThrow();
    expect([row.display_name, row.other_names, new Date(row.joined_at!).toISOString()]).toEqual([
      null,
      [],
      '2026-01-03T01:00:00.000Z',
    ]);
  });

  it('a failure in its last write (the audit row) leaves no sender behind', async () => {
    const group = await insertChatGroup(api.db, team(), { agreed: 'analysis' });
    const before = await snapshot(group.groupId);
    const restore = await failWritesTo(api.db, 'audit_log', 'insert');
    try {
      const answer = await staff.post(`/api/chat-groups/${group.groupId}/roster`, customerGroupRoster());
      expect([answer.status, answer.body.code]).toEqual([500, 'server.error']);
    } finally {
      await restore();
    }
    expect(await snapshot(group.groupId)).toEqual(before);
  });
});

describe('suggestions by every name a member list gave', () => {
  it('matches the full name among a sender’s names, and a surname form to the team’s members only', async () => {
    const member = await api.db
      .selectFrom('users')
      .innerJoin('people', 'people.id', 'users.person_id')
      .select(['people.id', 'people.name'])
      .where('users.username', '=', 'member')
      .executeTakeFirstOrThrow();
    const surname = surnameOf(member.name)!;
    const group = await insertChatGroup(api.db, team(), { agreed: 'analysis' });
    const roster = {
      group_chat: {
        chat_id: `wrSuggest${group.groupId.slice(0, 8)}`,
        member_list: [
          { userid: 'wmFull', type: 2, join_time: 1767315600, group_nickname: '舞蹈队领舞', name: member.name },
          { userid: 'wmForm', type: 2, join_time: 1767315600, group_nickname: `🌸老${surname}🌸` },
        ],
      },
    };
    expect((await staff.post(`/api/chat-groups/${group.groupId}/roster`, roster)).status).toBe(200);
    const answer = await staff.get(`/api/chat-groups/${group.groupId}/sender-suggestions`);
    expect(answer.status).toBe(200);
    const [full, form] = answer.body.suggestions as {
      displayName: string;
      candidates: { personId: string; isMember: boolean; closeness: string; matchedName: string }[];
    }[];
    expect([full?.displayName, full?.candidates[0]]).toEqual([
      '舞蹈队领舞',
      { personId: member.id, name: member.name, isMember: true, closeness: 'same', matchedName: member.name },
    ]);
    expect(form?.candidates.map((c) => c.personId)).toContain(member.id);
    for (const candidate of form?.candidates ?? [])
      expect([candidate.closeness, candidate.isMember]).toEqual(['surname_form', true]);
  });
});
