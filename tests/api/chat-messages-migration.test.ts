import { randomUUID } from 'node:crypto';
import { hashedSourceKeys } from '@seedbed/core';
import { migrateTo, openDatabase, withDatabase } from '@seedbed/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createEmptyDatabase, dropDatabase } from '../support/template';

/**
 * Migration 0042 (issue 19, import speed): chat_messages loses its surrogate id, its foreign keys and its
 * index on the sender alone; a message is its group and source_ref. On a database holding messages from
 * before, up and down and up again lose none of them, and each way keeps its own rules.
 */
const maintenanceUrl = inject('maintenanceUrl');
let name: string;
let db: ReturnType<typeof openDatabase>;
const ids = { street: randomUUID(), group: randomUUID(), import: randomUUID(), sender: randomUUID() };
const q = (text: string) => sql.raw(text).execute(db);

beforeAll(async () => {
  name = await createEmptyDatabase(maintenanceUrl, 'messages');
  db = openDatabase(withDatabase(maintenanceUrl, name), { max: 2 });
  await migrateTo(db, '0041-chat-sender-names');
  await q(`
    insert into streets (id, name) values ('${ids.street}', '测试街道');
    insert into chat_groups (id, street_id, name, platform, creation_way, layer, staff_in)
      values ('${ids.group}', '${ids.street}', '测试群', 'wechat', 'by_organization', 'general', true);
    insert into chat_imports (id, street_id, group_id, file_name, file_bytes, status)
      values ('${ids.import}', '${ids.street}', '${ids.group}', 'x.csv', 1, 'done');
    insert into chat_senders (id, street_id, group_id, sender_ref, display_name, pseudonym_number)
      values ('${ids.sender}', '${ids.street}', '${ids.group}', 'wxid_a', '王阿姨', 1);
    insert into chat_messages (group_id, source_ref, sender_id, sent_at, kind, mention_sender_ids, import_id)
      values ('${ids.group}', 'wechat:1', '${ids.sender}', '2026-06-01T08:00:00Z', 'text', '{${ids.sender}}', '${ids.import}'),
             ('${ids.group}', 'wechat:2', '${ids.sender}', '2026-06-01T08:01:00Z', 'text', '{}', '${ids.import}');
  `);
});

afterAll(async () => {
  await db?.destroy();
  if (name) await dropDatabase(maintenanceUrl, name);
});

const messages = async () =>
  (await sql<{ source_ref: string }>`select source_ref from chat_messages order by source_ref`.execute(db)).rows.map(
    (row) => row.source_ref,
  );
const insertMessage = (sourceRef: string, senderId: string) =>
  q(`insert into chat_messages (group_id, source_ref, sender_id, sent_at, kind, import_id)
     values ('${ids.group}', '${sourceRef}', '${senderId}', now(), 'text', '${ids.import}')`);
const hasColumn = async (column: string) =>
  (
    await sql`select 1 from information_schema.columns where table_name = 'chat_messages' and column_name = ${column}`.execute(
      db,
    )
  ).rows.length === 1;

describe('migration 0042: chat messages for bulk loading', () => {
  it('keeps every message; the group and source_ref are the key, and no foreign key checks a row', async () => {
    await migrateTo(db, '0042-chat-message-bulk-load');
    expect(await messages()).toEqual(['wechat:1', 'wechat:2']);
    expect(await hasColumn('id')).toBe(false);
    await expect(insertMessage('wechat:1', ids.sender)).rejects.toThrow(/chat_messages_pkey/);
    // the import's own order (senders first) keeps references whole: tests/api/chat-references.test.ts
    await insertMessage('wechat:3', randomUUID());
    await q(`delete from chat_messages where source_ref = 'wechat:3'`);
  });

  it('goes back down with an id for each message and the foreign keys, and up again', async () => {
    await migrateTo(db, '0041-chat-sender-names');
    expect(await messages()).toEqual(['wechat:1', 'wechat:2']);
    expect(await hasColumn('id')).toBe(true);
    await expect(insertMessage('wechat:3', randomUUID())).rejects.toThrow(/foreign key/);
    await expect(insertMessage('wechat:2', ids.sender)).rejects.toThrow(/chat_messages_group_id_source_ref_key/);
    await migrateTo(db, '0042-chat-message-bulk-load');
    expect(await messages()).toEqual(['wechat:1', 'wechat:2']);
  });
});

describe('migration 0043: hashed keys lead with their second', () => {
  it('rewrites each stored hashed key into the key the import now makes of the same message', async () => {
    await migrateTo(db, '0042-chat-message-bulk-load');
    // keys stored by the import before 0043, of group key 'group-1' (core's source-key.test.ts)
    const stored = [
      {
        key: 'h:0a57b81ad3b4db1e9828896a1004',
        senderKey: 'name:王阿姨',
        sentAt: 1609459260000,
        kind: 'text',
        text: '大家早上好🌞',
      },
      {
        key: 'h:19c6a06653fcec194cd0876eeb23',
        senderKey: 'name:王阿姨',
        sentAt: 1609459260500,
        kind: 'text',
        text: '大家早上好🌞',
      },
      { key: 'h:13e1f204a7a279104f2ceb91fb13', senderKey: 'wxid_1', sentAt: 1609459261000, kind: 'image', text: null },
    ];
    for (const message of stored)
      await q(`insert into chat_messages (group_id, source_ref, sender_id, sent_at, kind, import_id)
        values ('${ids.group}', '${message.key}', '${ids.sender}', to_timestamp(${message.sentAt / 1000}), '${message.kind}', '${ids.import}')`);
    await migrateTo(db, '0043-chat-message-time-keys');
    const keyOf = hashedSourceKeys('group-1');
    expect(await messages()).toEqual([...stored.map(keyOf), 'wechat:1', 'wechat:2'].sort());
  });
});
