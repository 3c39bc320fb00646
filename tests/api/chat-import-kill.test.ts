import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSampleChatExport } from '@seedbed/server';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { chatGroupWithAgreement, groupMessages } from '../support/chat-import';
import { demoIds } from '../support/demo-ids';
import { runSeedbed, startSeedbed } from '../support/seedbed-process';

/**
 * Issue 19: "all-or-nothing per file (a kill mid-import leaves nothing of that file)". `seedbed
 * chat-import` reads a big export into a group and is SIGKILLed once its progress row shows messages
 * read — inside its one transaction. PostgreSQL rolls it back: no message and no sender of that file
 * exist, and the next start marks the import interrupted.
 */
let api: TestApi;
const dir = mkdtempSync(join(tmpdir(), 'seedbed-chat-kill-'));
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

const importRow = (id: string | null, group: string) =>
  api.db
    .selectFrom('chat_imports')
    .selectAll()
    .where('group_id', '=', group)
    .$if(id !== null, (q) => q.where('id', '=', id!))
    .orderBy('created_at')
    .execute();

it('a kill during an import leaves no message of the file, and the next start marks it interrupted', async () => {
  const ids = await demoIds(api.db);
  const group = await chatGroupWithAgreement(api.db, {
    streetId: ids.mainStreetId,
    organizationId: ids.organizationId,
  });
  const big = join(dir, 'big.txt');
  await writeSampleChatExport(big, 'wechat-txt', 400_000);
  const env = { DATABASE_URL: api.url, SEEDBED_DATA_DIR: dir };
  const child = startSeedbed(['chat-import', '--group', group, big], env);
  // The condition, not a timer: the progress row (written on its own connection) shows messages read.
  const running = await vi.waitFor(
    async () => {
      const [row] = await importRow(null, group);
      if (row?.status !== 'running' || row.messages_read === 0) throw new Error('not reading yet');
      return row;
    },
    { timeout: 120_000, interval: 20 },
  );
  child.child.kill('SIGKILL');
  const end = await child.finished;
  expect(end.signal).toBe('SIGKILL');
  expect(running.messages_read).toBeGreaterThan(0);
  expect(running.messages_read).toBeLessThan(400_000);

  expect(await groupMessages(api.db, group)).toHaveLength(0);
  expect(await api.db.selectFrom('chat_senders').select('id').where('group_id', '=', group).execute()).toHaveLength(0);
  // PostgreSQL notices the dropped connection and releases the group's lock with the transaction.
  await vi.waitFor(
    async () => {
      const locks = await sql<{ n: string }>`select count(*) as n from pg_locks where locktype = 'advisory'
        and database = (select oid from pg_database where datname = current_database())`.execute(api.db);
      expect(Number(locks.rows[0]!.n)).toBe(0);
    },
    { timeout: 30_000, interval: 20 },
  );

  const small = join(dir, 'small.txt');
  await writeSampleChatExport(small, 'wechat-txt', 50);
  const next = await runSeedbed(['chat-import', '--group', group, small], env);
  expect(next.code, next.stdout + next.stderr).toBe(0);
  const [killed, again] = await importRow(null, group);
  expect([killed!.id, killed!.status, killed!.error_code]).toEqual([running.id, 'failed', 'chat.import_interrupted']);
  expect([again!.status, again!.messages_added]).toEqual(['done', 50]);
  expect(await groupMessages(api.db, group)).toHaveLength(50);
});
