import type { ChatImportRecord } from '@seedbed/core';
import { type Db, writeChatImport } from '@seedbed/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { chatGroupWithAgreement, groupMessages, importChatExport, queuedChatImport } from '../support/chat-import';
import { demoIds } from '../support/demo-ids';
import { testToday } from '../support/template';

/**
 * Migration 0042 took the foreign keys off chat_messages so an export goes in by COPY: these check that
 * every path writing a message, or deleting what one names, keeps its references whole — the import
 * (senders before their messages, names resolved late, a name-keyed sender folded), the match and the
 * erasure, the withdrawal — and that the chunked COPY adds each message once wherever a chunk meets
 * messages already in the group.
 */
let api: TestApi;
let staff: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
const place = () => ({ streetId: ids.mainStreetId, organizationId: ids.organizationId });

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  staff = await api.as('staff');
});
afterAll(async () => {
  await api.close();
});

/** Messages of the whole database naming a group, import or sender that is not there. */
async function brokenReferences(db: Db) {
  const { rows } = await sql<{ kind: string; n: number }>`
    select 'group' as kind, count(*)::int as n from chat_messages m
      where not exists (select 1 from chat_groups g where g.id = m.group_id)
    union all select 'import', count(*)::int from chat_messages m
      where m.import_id is not null and not exists (select 1 from chat_imports i where i.id = m.import_id)
    union all select 'sender', count(*)::int from chat_messages m
      where m.sender_id is not null and not exists (select 1 from chat_senders s where s.id = m.sender_id)
    union all select 'quoted', count(*)::int from chat_messages m
      where m.quoted_sender_id is not null and not exists (select 1 from chat_senders s where s.id = m.quoted_sender_id)
    union all select 'mention', count(*)::int from chat_messages m, unnest(m.mention_sender_ids) as mentioned
      where not exists (select 1 from chat_senders s where s.id = mentioned)`.execute(db);
  return Object.fromEntries(rows.map((row) => [row.kind, row.n]));
}
const whole = { group: 0, import: 0, sender: 0, quoted: 0, mention: 0 };

describe('references stay whole without foreign keys', () => {
  it('through an import with late names and a folded sender, a match, an erasure and a withdrawal', async () => {
    const group = await chatGroupWithAgreement(api.db, place(), 'analysis_and_text');
    const quote = (author: string) =>
      `"<msg><appmsg><title>好的</title><type>57</type><refermsg><svrid>9001</svrid><displayname>${author}</displayname></refermsg></appmsg></msg>"`;
    const csv = [
      'localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender',
      // 小草 joins by name (folded into her wxid sender at the end), then @mentions 叶红梅 and quotes 赵慧敏
      // before either has spoken: both names are resolved once every sender of the file is in.
      '1,31,10000,0,0,1782000000,4,"""叶红梅""邀请""小草""加入了群聊",2026-06-21 08:00:00,,,',
      '2,31,1,0,0,1782000060,2,@叶红梅\u2005明天来吗,2026-06-21 08:01:00,,小草,wxid_grass',
      `3,31,49,57,0,1782000120,2,${quote('赵慧敏')},2026-06-21 08:02:00,,小草,wxid_grass`,
      '4,31,1,0,0,1782000180,2,来的,2026-06-21 08:03:00,,叶红梅,wxid_ye',
      '5,31,1,0,0,1782000240,2,收到,2026-06-21 08:04:00,,赵慧敏,wxid_zhao',
    ].join('\n');
    expect((await importChatExport(api, staff, group, csv)).messagesAdded).toBe(5);
    const senders = await api.db
      .selectFrom('chat_senders')
      .select(['id', 'sender_ref'])
      .where('group_id', '=', group)
      .execute();
    const idOf = Object.fromEntries(senders.map((s) => [s.sender_ref, s.id]));
    expect(Object.keys(idOf).sort()).toEqual(['wxid_grass', 'wxid_ye', 'wxid_zhao']);
    const messages = await groupMessages(api.db, group);
    expect(messages.find((m) => m.kind === 'text' && m.sender_id === idOf.wxid_grass)?.mention_sender_ids).toEqual([
      idOf.wxid_ye,
    ]);
    expect(messages.find((m) => m.quoted_sender_id !== null)?.quoted_sender_id).toBe(idOf.wxid_zhao);
    expect(messages.find((m) => m.kind === 'join')?.sender_id).toBe(idOf.wxid_grass);
    expect(await brokenReferences(api.db)).toEqual(whole);

    // a match, then the person's erasure: the sender stays (nameless), its messages keep it
    const person = await api.db
      .selectFrom('users')
      .innerJoin('people', 'people.id', 'users.person_id')
      .select(['people.id'])
      .where('users.username', '=', 'member')
      .executeTakeFirstOrThrow();
    expect((await staff.patch(`/api/chat-senders/${idOf.wxid_ye}`, { personId: person.id })).status).toBe(200);
    expect((await staff.post(`/api/people/${person.id}/erase`)).status).toBe(200);
    expect(await brokenReferences(api.db)).toEqual(whole);

    // the withdrawal deletes the messages with the senders
    const agreement = await api.db
      .selectFrom('chat_agreements')
      .select('id')
      .where('group_id', '=', group)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirstOrThrow();
    const withdrawn = await staff.post(`/api/chat-agreements/${agreement.id}/withdraw`, { withdrawnOn: testToday });
    expect(withdrawn.status).toBe(200);
    expect(await groupMessages(api.db, group)).toHaveLength(0);
    expect(await brokenReferences(api.db)).toEqual(whole);
  });
});

describe('the chunked COPY', () => {
  const start = Date.UTC(2026, 5, 1);
  const record = (i: number, sourceKey = `wecom:m${i}`): ChatImportRecord => ({
    sourceKey,
    line: i + 1,
    sentAt: start + i * 60_000,
    senderKey: `user${i % 5}`,
    senderName: `成员${i % 5}`,
    senderOtherName: null,
    kind: 'text',
    text: `第${i}条`,
    replyToSourceKey: null,
    replyToAuthor: null,
    mentions: i % 4 === 0 ? [`成员${(i + 1) % 5}`] : [],
  });
  async function write(group: string, records: ChatImportRecord[], rowsPerChunk = 30) {
    const importId = await queuedChatImport(api.db, ids.mainStreetId, group);
    async function* batches() {
      for (let from = 0; from < records.length; from += 10)
        yield { records: records.slice(from, from + 10), problems: [] };
    }
    const outcome = await writeChatImport(api.db, {
      importId,
      groupId: group,
      exportRef: null,
      now: api.clock.now(),
      batches: batches(),
      progress: async () => {},
      rowsPerChunk,
    });
    if (!outcome.ok) throw new Error(outcome.error.code);
    return outcome.value;
  }
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => record(from + i));

  it('adds each message once when a middle chunk overlaps the group, and when the file repeats a key', async () => {
    const group = await chatGroupWithAgreement(api.db, place());
    expect((await write(group, range(40, 60))).messagesAdded).toBe(20);
    // 0–99 in chunks of 30: the second chunk (30–59) meets 40–59 already there, the others go straight in
    const overlapping = await write(group, range(0, 100));
    expect([overlapping.messagesAdded, overlapping.messagesAlready]).toEqual([80, 20]);
    // a key the file gives twice, in one chunk and across chunks
    const repeated = await write(group, [...range(100, 110), record(105), ...range(110, 140), record(100)]);
    expect([repeated.messagesRead, repeated.messagesAdded]).toEqual([42, 40]);
    const messages = await groupMessages(api.db, group);
    expect(messages).toHaveLength(140);
    expect(new Set(messages.map((m) => m.source_ref)).size).toBe(140);
    expect(messages.map((m) => m.sent_at.getTime())).toEqual(range(0, 140).map((r) => r.sentAt));
    // every 4th mentions the next member, written before or after that member first spoke
    expect(messages.filter((m) => m.mention_sender_ids.length === 1)).toHaveLength(35);
    expect(await brokenReferences(api.db)).toEqual(whole);
  });

  it('writes what binary COPY must carry: astral text, old and precise times, quotes and arrays', async () => {
    const group = await chatGroupWithAgreement(api.db, place(), 'analysis_and_text');
    const old = {
      ...record(0, 'wecom:old'),
      sentAt: Date.UTC(1999, 11, 31, 23, 59, 59, 999),
      text: null,
      mentions: [],
    };
    const rich = {
      ...record(1, 'wecom:rich'),
      sentAt: api.clock.now().getTime() - 1234,
      text: '🌱 早安 "引号" \\ 反斜杠\t制表\n换行',
      replyToSourceKey: 'wecom:old',
      mentions: ['成员0', '成员0', '无此人'],
    };
    expect((await write(group, [old, rich])).messagesAdded).toBe(2);
    const [first, second] = await groupMessages(api.db, group);
    expect(first!.sent_at.toISOString()).toBe('1999-12-31T23:59:59.999Z');
    expect([first!.text, first!.text_expires_at, first!.mention_sender_ids, first!.topic_words]).toEqual([
      null,
      null,
      [],
      [],
    ]);
    expect(second!.sent_at.getTime()).toBe(rich.sentAt);
    expect(second!.text).toBe(rich.text);
    expect(second!.text_expires_at!.getTime()).toBe(rich.sentAt + 30 * 86_400_000);
    expect(second!.reply_to_source_ref).toBe('wecom:old');
    const sender0 = await api.db
      .selectFrom('chat_senders')
      .select('id')
      .where('group_id', '=', group)
      .where('sender_ref', '=', 'user0')
      .executeTakeFirstOrThrow();
    // a name given twice is one mention; a name no sender has is none
    expect(second!.mention_sender_ids).toEqual([sender0.id]);
  });

  it('resolves late names, and leaves a message whose names still match no one as it was written', async () => {
    const group = await chatGroupWithAgreement(api.db, place());
    const by = (i: number, sender: number, more: Partial<ChatImportRecord>) => ({
      ...record(i),
      senderKey: `user${sender}`,
      senderName: `成员${sender}`,
      mentions: [],
      ...more,
    });
    await write(group, [
      // 成员3 speaks last; 无此人 and 无名 never do
      by(0, 0, { mentions: ['成员3', '无此人'], replyToAuthor: '无名' }),
      by(1, 1, { mentions: ['成员0', '无此人'] }),
      by(2, 2, { replyToAuthor: '成员3' }),
      by(3, 3, {}),
    ]);
    const idOf = await senderIds(group);
    const [first, second, third] = await groupMessages(api.db, group);
    expect([first!.mention_sender_ids, first!.quoted_sender_id]).toEqual([[idOf.user3], null]);
    expect([second!.mention_sender_ids, second!.quoted_sender_id]).toEqual([[idOf.user0], null]);
    expect(third!.quoted_sender_id).toBe(idOf.user3);
  });

  it('still resolves late names when the file names more strangers than the import keeps track of', async () => {
    const group = await chatGroupWithAgreement(api.db, place());
    const strangers = Array.from({ length: 5_001 }, (_, i) => ({ ...record(i + 1), mentions: [`路人${i}`] }));
    // 成员9 speaks only at the end
    const late = { ...record(0), mentions: ['成员9'] };
    const last = { ...record(5_002), senderKey: 'user9', senderName: '成员9', mentions: [] };
    expect((await write(group, [late, ...strangers, last], 2_000)).messagesAdded).toBe(5_003);
    const idOf = await senderIds(group);
    const messages = await groupMessages(api.db, group);
    expect(messages[0]!.mention_sender_ids).toEqual([idOf.user9]);
    expect(messages.filter((m) => m.mention_sender_ids.length > 0)).toHaveLength(1);
  });
});

async function senderIds(group: string): Promise<Record<string, string>> {
  const senders = await api.db
    .selectFrom('chat_senders')
    .select(['id', 'sender_ref'])
    .where('group_id', '=', group)
    .execute();
  return Object.fromEntries(senders.map((s) => [s.sender_ref, s.id]));
}
