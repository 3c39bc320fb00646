import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SampleChatFormat, writeSampleChatExport } from '@seedbed/server';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { chatGroupWithAgreement, groupMessages, importChatExport, uploadChatExport } from '../support/chat-import';
import { demoIds } from '../support/demo-ids';
import { failWritesTo } from '../support/failing-writes';
import { rowCount } from '../support/rows';

/**
 * Issue 19, "Import": staff upload a group's chat export; a job reads it and writes all of its messages
 * or none; the same file again, or a newer export that overlaps, adds nothing twice; bad files are
 * refused with their code and line and leave nothing behind.
 */
let api: TestApi;
let staff: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
const dir = mkdtempSync(join(tmpdir(), 'seedbed-chat-import-test-'));
const place = () => ({ streetId: ids.mainStreetId, organizationId: ids.organizationId });

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  staff = await api.as('staff');
});
afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

async function sample(format: SampleChatFormat, count: number): Promise<Uint8Array> {
  const path = join(dir, `${format}-${count}`);
  await writeSampleChatExport(path, format, count);
  return readFileSync(path);
}

const choicesOf: Partial<Record<SampleChatFormat, Record<string, string>>> = {
  'whatsapp-txt': { dateOrder: 'dmy' },
  csv: { format: 'csv', csvTime: 'time', csvSender: 'sender', csvText: 'text', csvId: 'id', csvReplyTo: 'reply' },
};

describe('each format, end to end through the route', () => {
  for (const format of ['wechat-csv', 'wechat-txt', 'wecom-json', 'telegram-json', 'whatsapp-txt', 'csv'] as const) {
    it(`imports a ${format} export: every message once, senders as 成员 A, B…, progress at 100%`, async () => {
      const group = await chatGroupWithAgreement(api.db, place());
      const done = await importChatExport(api, staff, group, await sample(format, 300), choicesOf[format]);
      expect([done.status, done.format, done.errorCode]).toEqual(['done', format, null]);
      expect([done.messagesRead, done.messagesAdded, done.percent, done.problemCount]).toEqual([300, 300, 100, 0]);
      const senders = await api.db
        .selectFrom('chat_senders')
        .select(['pseudonym_number', 'display_name'])
        .where('group_id', '=', group)
        .orderBy('pseudonym_number')
        .execute();
      expect(senders.map((s) => s.pseudonym_number)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
      const messages = await groupMessages(api.db, group);
      expect(messages).toHaveLength(300);
      // No text is kept under an analysis-only agreement.
      expect(messages.every((m) => m.text === null && m.sender_id !== null)).toBe(true);
      // Every 7th message @mentions the next member by name: resolved to that member's sender where the
      // export names senders by their names (WeCom names them by userid; Telegram marks mentions as entities).
      const mentioned = messages.filter((m) => m.mention_sender_ids.length > 0).length;
      expect(mentioned).toBe(format === 'wecom-json' || format === 'telegram-json' ? 0 : 43);
    });
  }
});

describe('idempotent', () => {
  it('adds nothing when the same file comes again, and only the new part of an overlapping newer export', async () => {
    for (const format of ['wechat-txt', 'telegram-json'] as const) {
      const group = await chatGroupWithAgreement(api.db, place());
      const first = await importChatExport(api, staff, group, await sample(format, 200));
      expect(first.messagesAdded).toBe(200);
      const again = await importChatExport(api, staff, group, await sample(format, 200));
      expect([again.status, again.messagesAdded, again.messagesAlready]).toEqual(['done', 0, 200]);
      const newer = await importChatExport(api, staff, group, await sample(format, 260));
      expect([newer.messagesAdded, newer.messagesAlready]).toEqual([60, 200]);
      expect(await groupMessages(api.db, group)).toHaveLength(260);
      const list = await staff.get(`/api/chat-groups/${group}/imports`);
      expect(list.body.map((i: { messagesAdded: number }) => i.messagesAdded)).toEqual([60, 0, 200]);
    }
  });
});

describe('a member named by a system line is the member who talks', () => {
  it('folds the join line’s 小草 into the 小草 with a wxid, keeps the join time and a nickname under a note, and gives the group’s own lines no sender', async () => {
    const group = await chatGroupWithAgreement(api.db, place());
    const csv = [
      'localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender',
      '1,31,10000,0,0,1778453400,4,"""叶红梅""邀请""小草""加入了群聊",2026-05-11 06:50:00,,,',
      '2,31,1,0,0,1778485068,2,楼道清洁日需要几位志愿者,2026-05-11 15:37:48,,小草,wxid_grass',
      '3,31,1,0,0,1778485168,2,好的,2026-05-11 15:39:28,,叶红梅,wxid_ye',
      '4,31,10000,0,0,1778485200,4,"""叶红梅"" 撤回了一条消息",2026-05-11 15:40:00,,,',
      '5,31,10000,0,0,1778485300,4,"""叶红梅""修改群名为""送餐队""",2026-05-11 15:41:40,,,',
      '6,31,1,0,0,1778485400,2,收到,2026-05-11 15:43:20,赵阿姨,赵慧敏,wxid_zhao',
    ].join('\n');
    const first = await importChatExport(api, staff, group, csv);
    expect([first.status, first.messagesAdded]).toEqual(['done', 6]);
    const senders = async () =>
      api.db
        .selectFrom('chat_senders')
        .select(['id', 'sender_ref', 'display_name', 'other_names', 'joined_at'])
        .where('group_id', '=', group)
        .orderBy('pseudonym_number')
        .execute();
    const after = await senders();
    // The exporter's note 赵阿姨 is the name shown; the member's own nickname is kept for matching.
    expect(after.map((s) => [s.sender_ref, s.display_name, s.other_names])).toEqual([
      ['wxid_grass', '小草', []],
      ['wxid_ye', '叶红梅', []],
      ['wxid_zhao', '赵阿姨', ['赵慧敏']],
    ]);
    expect(after[0]!.joined_at?.toISOString()).toBe('2026-05-10T22:50:00.000Z');
    const messages = await groupMessages(api.db, group);
    const senderOf = Object.fromEntries(messages.map((m) => [m.kind, m.sender_id]));
    expect([senderOf.join, senderOf.recall, senderOf.system]).toEqual([after[0]!.id, after[1]!.id, null]);
    // The same file again adds no message and no sender: the name line now finds 小草 at once.
    const again = await importChatExport(api, staff, group, csv);
    expect([again.status, again.messagesAdded]).toEqual(['done', 0]);
    expect((await senders()).map((s) => s.sender_ref)).toEqual(['wxid_grass', 'wxid_ye', 'wxid_zhao']);
  });
});

describe('text kept only as agreed', () => {
  it('keeps the text with its expiry under analysis_and_text, and none whose days are already over', async () => {
    const group = await chatGroupWithAgreement(api.db, place(), 'analysis_and_text');
    // the tests' today is 2026-06-30: the first message's 30 days are over, the second's are not
    const text = '2026-05-01 09:00:00 王阿姨\n五月的话\n\n2026-06-20 09:00:00 李叔\n明天的活动大家都来\n';
    await importChatExport(api, staff, group, text);
    const messages = await groupMessages(api.db, group);
    expect(messages.map((m) => m.text)).toEqual([null, '明天的活动大家都来']);
    expect(messages[0]!.text_expires_at).toBeNull();
    const days = (new Date(messages[1]!.text_expires_at!).getTime() - new Date(messages[1]!.sent_at).getTime()) / 864e5;
    expect(days).toBe(30);
  });

  it('derives topic words and class from the text even when the text is not kept', async () => {
    const group = await chatGroupWithAgreement(api.db, place());
    const text = '2021-03-01 09:00:00 王阿姨\n明天上午志愿者助老服务，大家来帮忙\n\n2021-03-01 09:01:00 李叔\n早上好\n';
    await importChatExport(api, staff, group, text);
    const [first, second] = await groupMessages(api.db, group);
    expect([first!.text, first!.topic_class, second!.text]).toEqual([null, 'public', null]);
    expect(first!.topic_words.length).toBeGreaterThan(0);
    expect(second!.topic_class).not.toBeNull();
  });
});

describe('bad input: a clear code with its line, nothing imported', () => {
  const nothingOf = async (group: string) => {
    expect(await groupMessages(api.db, group)).toHaveLength(0);
    expect(await api.db.selectFrom('chat_senders').select('id').where('group_id', '=', group).execute()).toHaveLength(
      0,
    );
  };

  it('refuses a group without an agreement in force before reading the file (409), writing no import', async () => {
    const group = await chatGroupWithAgreement(api.db, place(), 'none');
    const before = await rowCount(api.db, 'chat_imports');
    const answer = await uploadChatExport(api, staff, group, await sample('wechat-txt', 5));
    expect([answer.status, answer.body.code]).toEqual([409, 'chat.no_agreement']);
    expect(await rowCount(api.db, 'chat_imports')).toBe(before);
  });

  it('refuses a file declared over 2 GB with 413 chat.file_too_large, before reading it', async () => {
    const group = await chatGroupWithAgreement(api.db, place());
    const before = await rowCount(api.db, 'chat_imports');
    const response = await api.request(`/api/chat-groups/${group}/imports`, {
      method: 'POST',
      headers: {
        cookie: staff.cookie,
        'x-csrf-token': staff.csrfToken,
        'content-length': String(2 * 1024 ** 3 + 1),
      },
      body: 'x',
    });
    expect(response.status).toBe(413);
    expect((await response.json()).code).toBe('chat.file_too_large');
    expect(await rowCount(api.db, 'chat_imports')).toBe(before);
  });

  it('refuses a file of no known format at once with chat.unknown_format at line 1, writing no import', async () => {
    const group = await chatGroupWithAgreement(api.db, place());
    const before = await rowCount(api.db, 'chat_imports');
    const answer = await uploadChatExport(api, staff, group, 'hello\nthis is no chat export\n');
    expect([answer.status, answer.body.code]).toEqual([400, 'chat.unknown_format']);
    expect(answer.body.message).toContain('第 1 行');
    expect(await rowCount(api.db, 'chat_imports')).toBe(before);
    await nothingOf(group);
  });

  it('fails a truncated Telegram export with chat.truncated and imports none of its whole messages', async () => {
    const group = await chatGroupWithAgreement(api.db, place());
    const whole = Buffer.from(await sample('telegram-json', 3000)).toString('utf8');
    const failed = await importChatExport(api, staff, group, whole.slice(0, Math.floor(whole.length * 0.7)));
    expect([failed.status, failed.errorCode]).toEqual(['failed', 'chat.truncated']);
    expect(failed.errorLine).toBeGreaterThan(1000);
    await nothingOf(group);
  });

  it('reads a GBK export by itself, and fails it when told a wrong encoding', async () => {
    // dated within the agreement's 30 days of the tests' today, so the text is kept
    const text = '2026-06-20 09:00:00 王阿姨\n早上好，明天社区议事会大家都来\n\n2026-06-20 09:01:00 李叔\n好的\n';
    const gbk = iconv.encode(text, 'gbk');
    const group = await chatGroupWithAgreement(api.db, place(), 'analysis_and_text');
    const done = await importChatExport(api, staff, group, gbk);
    expect([done.status, done.encoding, done.messagesAdded]).toEqual(['done', 'gb18030', 2]);
    expect((await groupMessages(api.db, group)).map((m) => m.text)).toEqual(['早上好，明天社区议事会大家都来', '好的']);
    const other = await chatGroupWithAgreement(api.db, place());
    const wrong = await uploadChatExport(api, staff, other, gbk, { encoding: 'utf16le' });
    expect([wrong.status, wrong.body.code]).toEqual([400, 'chat.unknown_format']);
    await nothingOf(other);
  });

  it('leaves out a message dated in the future, naming its line, and imports the rest', async () => {
    const group = await chatGroupWithAgreement(api.db, place());
    const text =
      '2021-03-01 09:00:00 王阿姨\n早上好\n\n2099-03-01 09:01:00 李叔\n未来的消息\n\n2021-03-01 09:02:00 李叔\n好的\n';
    const done = await importChatExport(api, staff, group, text);
    expect([done.status, done.messagesAdded, done.problemCount]).toEqual(['done', 2, 1]);
    expect(done.problems[0]).toMatchObject({ line: 4, code: 'chat.future_date' });
    expect(done.problems[0].message).toContain('第 4 行');
  });

  it('refuses an export of another group than the one imported into this group before', async () => {
    const group = await chatGroupWithAgreement(api.db, place());
    const first = await importChatExport(api, staff, group, await sample('telegram-json', 10));
    expect(first.status).toBe('done');
    const otherChat = Buffer.from(await sample('telegram-json', 20))
      .toString('utf8')
      .replace('"id": 1001', '"id": 2002');
    const refused = await uploadChatExport(api, staff, group, otherChat);
    expect([refused.status, refused.body.code]).toEqual([409, 'chat.other_group_export']);
    expect(await groupMessages(api.db, group)).toHaveLength(10);
  });

  it('needs a generic CSV’s columns before reading it', async () => {
    const group = await chatGroupWithAgreement(api.db, place());
    const answer = await uploadChatExport(api, staff, group, await sample('csv', 5), { format: 'csv' });
    expect([answer.status, answer.body.code]).toEqual([400, 'chat.csv_mapping_needed']);
  });
});

describe('problems keep their line and code, not the line’s words', () => {
  it('stores no excerpt of a broken line on the import (it could hold text and names not agreed)', async () => {
    const group = await chatGroupWithAgreement(api.db, place());
    const text = '2021-03-01 09:00:00 王阿姨\n早上好\n\n2099-03-01 09:01:00 李叔\n未来的消息 王秀英\n';
    const done = await importChatExport(api, staff, group, text);
    const stored = await api.db
      .selectFrom('chat_imports')
      .select('problems')
      .where('id', '=', done.id)
      .executeTakeFirstOrThrow();
    expect(stored.problems).toEqual([{ line: 4, code: 'chat.future_date' }]);
  });
});

describe('an erased person’s sender', () => {
  it('stays nameless when the same export comes again: its key (here the name) is kept only as a hash', async () => {
    const person = await api.db
      .selectFrom('users')
      .innerJoin('people', 'people.id', 'users.person_id')
      .select(['people.id', 'people.name'])
      .where('users.username', '=', 'member')
      .executeTakeFirstOrThrow();
    const group = await chatGroupWithAgreement(api.db, place());
    const text = `2021-03-01 09:00:00 ${person.name}\n早上好\n\n2021-03-01 09:02:00 李叔\n好的\n`;
    await importChatExport(api, staff, group, text);
    const sender = await api.db
      .selectFrom('chat_senders')
      .select('id')
      .where('group_id', '=', group)
      .where('display_name', '=', person.name)
      .executeTakeFirstOrThrow();
    expect((await staff.patch(`/api/chat-senders/${sender.id}`, { personId: person.id })).status).toBe(200);
    expect((await staff.post(`/api/people/${person.id}/erase`)).status).toBe(200);

    const again = await importChatExport(api, staff, group, text);
    expect([again.status, again.messagesAdded]).toEqual(['done', 0]);
    const senders = await api.db
      .selectFrom('chat_senders')
      .select(['id', 'sender_ref', 'display_name', 'person_id'])
      .where('group_id', '=', group)
      .orderBy('pseudonym_number')
      .execute();
    expect(senders).toHaveLength(2);
    expect(senders[0]).toMatchObject({ id: sender.id, display_name: null, person_id: null });
    expect(senders[0]?.sender_ref).toMatch(/^forgotten:[0-9a-f]{64}$/);
    expect(JSON.stringify(senders)).not.toContain(person.name);
  });
});

describe('who may import', () => {
  it('refuses a team leader (403) and writes nothing', async () => {
    const group = await chatGroupWithAgreement(api.db, place());
    const leader = await api.as('leader');
    const before = await rowCount(api.db, 'chat_imports');
    const answer = await uploadChatExport(api, leader, group, await sample('wechat-txt', 5));
    expect(answer.status).toBe(403);
    expect(await rowCount(api.db, 'chat_imports')).toBe(before);
  });
});

describe('a multi-step import that fails at its last step leaves nothing', () => {
  it('creates no sender when the messages cannot be written, and fails the import as a server fault', async () => {
    const group = await chatGroupWithAgreement(api.db, place());
    const restore = await failWritesTo(api.db, 'chat_messages', 'insert');
    let failed: Awaited<ReturnType<typeof importChatExport>>;
    try {
      failed = await importChatExport(api, staff, group, await sample('wechat-txt', 50));
    } finally {
      await restore();
    }
    expect([failed.status, failed.errorCode, failed.messagesAdded]).toEqual(['failed', 'chat.import_failed', 0]);
    expect(await api.db.selectFrom('chat_senders').select('id').where('group_id', '=', group).execute()).toHaveLength(
      0,
    );
    const again = await importChatExport(api, staff, group, await sample('wechat-txt', 50));
    expect([again.status, again.messagesAdded]).toEqual(['done', 50]);
  });
});
