import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { topicOf } from '@seedbed/core';
import { type Db, holdChatImport, markInterruptedChatImports, openDatabase, writeChatImport } from '@seedbed/db';
import { concurrentChatImports, openChatExport, startChatImport, writeSampleChatExport } from '@seedbed/server';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { chatGroupWithAgreement, importChatExport, queuedChatImport } from '../support/chat-import';
import { demoIds } from '../support/demo-ids';

/**
 * The import's jobs beside each other (issue 19, "Import"; the review of the import): more imports than
 * the pool has connections all finish; the start-up sweep leaves alone what a live process holds; an
 * erasure waits for a running import of the street's groups, so the import cannot write the erased
 * person's text after the erasure.
 */
let api: TestApi;
let staff: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
const dir = mkdtempSync(join(tmpdir(), 'seedbed-chat-jobs-test-'));
const place = () => ({ streetId: ids.mainStreetId, organizationId: ids.organizationId });
const silent = pino({ level: 'silent' });

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  staff = await api.as('staff');
});
afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

const queuedImport = (db: Db, groupId: string) => queuedChatImport(db, ids.mainStreetId, groupId);

const statusOf = async (id: string) =>
  (
    await api.db
      .selectFrom('chat_imports')
      .select(['status', 'error_code'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).status;

describe('more imports at once than the pool has connections', () => {
  it('all finish: the jobs take turns instead of each holding a transaction and waiting for a progress connection', async () => {
    const db = openDatabase(api.url, { max: 3 });
    try {
      expect(concurrentChatImports(db)).toBe(1);
      const jobs = await Promise.all(
        Array.from({ length: 5 }, async (_, n) => {
          const group = await chatGroupWithAgreement(db, place());
          const path = join(dir, `pool-${n}.txt`);
          // more than one progress step each (progress is written after the first batch, then every 10,000)
          await writeSampleChatExport(path, 'wechat-txt', 12_000);
          return { group, path, importId: await queuedImport(db, group) };
        }),
      );
      const outcomes = await Promise.all(
        jobs.map((job) =>
          startChatImport({
            db,
            logger: silent,
            now: () => new Date(),
            importId: job.importId,
            groupId: job.group,
            path: job.path,
            removeFile: true,
            choices: {},
          }),
        ),
      );
      expect(outcomes.map((outcome) => outcome.ok && outcome.value.messagesAdded)).toEqual([
        12_000, 12_000, 12_000, 12_000, 12_000,
      ]);
      for (const job of jobs) expect(await statusOf(job.importId)).toBe('done');
    } finally {
      await db.destroy();
    }
  });
});

describe("the start-up sweep of another process (a CLI's chat-import beside the server)", () => {
  it('leaves an import alone that a live process holds, queued with no lock of its group taken', async () => {
    const group = await chatGroupWithAgreement(api.db, place());
    const importId = await queuedImport(api.db, group);
    const release = await holdChatImport(api.db, importId);
    const other = openDatabase(api.url, { max: 2 });
    try {
      await markInterruptedChatImports(other, new Date());
      expect(await statusOf(importId)).toBe('queued');
      await release();
      await markInterruptedChatImports(other, new Date());
      expect(await statusOf(importId)).toBe('failed');
    } finally {
      await other.destroy();
    }
  });
});

describe('an erasure while an import of the street is running', () => {
  it('waits for the import, then forgets the text the import wrote of the person and naming them', async () => {
    const person = await api.db
      .selectFrom('users')
      .innerJoin('people', 'people.id', 'users.person_id')
      .select(['people.id', 'people.name'])
      .where('users.username', '=', 'member')
      .executeTakeFirstOrThrow();
    const group = await chatGroupWithAgreement(api.db, place(), 'analysis_and_text');
    // within the agreement's 30 days of the tests' today (2026-06-30)
    const first = `2026-06-20 09:00:00 ${person.name}\n早上好\n`;
    expect((await importChatExport(api, staff, group, first)).status).toBe('done');
    const sender = await api.db
      .selectFrom('chat_senders')
      .select('id')
      .where('group_id', '=', group)
      .where('display_name', '=', person.name)
      .executeTakeFirstOrThrow();
    expect((await staff.patch(`/api/chat-senders/${sender.id}`, { personId: person.id })).status).toBe(200);

    const path = join(dir, 'during-erasure.txt');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(
      path,
      `2026-06-21 09:00:00 ${person.name}\n我明天到\n\n2026-06-21 09:01:00 李叔\n${person.name} 明天来吗\n`,
    );
    const reader = await openChatExport(path, { now: api.clock.now().getTime(), groupKey: group });
    if (!reader.ok) throw new Error(reader.error.code);
    const importId = await queuedImport(api.db, group);
    let isReading = false;
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    async function* gated() {
      // The writer asks for its first batch after it has read the group's senders (the person's among them).
      isReading = true;
      await gate;
      yield* reader.ok ? reader.value.batches() : [];
    }
    const importing = writeChatImport(api.db, {
      importId,
      groupId: group,
      exportRef: null,
      now: api.clock.now(),
      batches: gated(),
      progress: async () => {},
      topicsOf: (text, kind) => topicOf(text, kind),
    });
    await vi.waitFor(() => expect(isReading).toBe(true), { timeout: 30_000, interval: 10 });
    let isErased = false;
    const erasing = staff.post(`/api/people/${person.id}/erase`).then((answer) => {
      isErased = true;
      return answer;
    });
    // Either the erasure is done (it did not wait) or it waits for the group's import lock.
    await vi.waitFor(
      async () => {
        const waiting = await sql<{ n: string }>`select count(*) as n from pg_locks
          where locktype = 'advisory' and not granted`.execute(api.db);
        expect(isErased || Number(waiting.rows[0]!.n) > 0).toBe(true);
      },
      { timeout: 30_000, interval: 10 },
    );
    open();
    const imported = await importing;
    expect(imported.ok && imported.value.messagesAdded).toBe(2);
    expect((await erasing).status).toBe(200);

    const texts = await api.db
      .selectFrom('chat_messages')
      .select(['sender_id', 'text'])
      .where('group_id', '=', group)
      .execute();
    expect(texts.filter((message) => message.sender_id === sender.id && message.text !== null)).toEqual([]);
    expect(texts.filter((message) => message.text?.includes(person.name))).toEqual([]);
    const senders = await api.db
      .selectFrom('chat_senders')
      .select('display_name')
      .where('group_id', '=', group)
      .execute();
    expect(senders.map((row) => row.display_name)).not.toContain(person.name);
  });
});
