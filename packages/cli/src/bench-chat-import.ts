import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shanghaiDate } from '@seedbed/core';
import { createChatImport } from '@seedbed/db';
import { runChatImport, type SampleChatFormat, writeSampleChatExport } from '@seedbed/server';
import pino from 'pino';
import { readConfig } from './config';
import { openSeedbedDatabase } from './database';

const formats: SampleChatFormat[] = ['wechat-csv', 'wechat-txt', 'wecom-json', 'telegram-json', 'whatsapp-txt', 'csv'];
const choicesOf: Partial<Record<SampleChatFormat, Record<string, string>>> = {
  'whatsapp-txt': { dateOrder: 'dmy' },
  csv: { format: 'csv', csvTime: 'time', csvSender: 'sender', csvText: 'text', csvId: 'id', csvReplyTo: 'reply' },
};

/**
 * Import throughput (issue 19: "Parse + import of a generated 1,000,000-message export per format …
 * target ≥ 100,000 messages/s into the embedded database with peak RSS ≤ 300 MB"): each format's
 * generated export through the import job (parse, senders, COPY, the one insert) into a fresh embedded
 * PostgreSQL in a temporary folder. Peak RSS of this process is sampled at each progress step.
 */
export async function benchChatImport(messages = 1_000_000) {
  const directory = mkdtempSync(join(tmpdir(), 'seedbed-chat-import-bench-'));
  const database = await openSeedbedDatabase(
    { ...readConfig(), dataDir: join(directory, 'data'), databaseUrl: null },
    () => {},
  );
  const results: Record<string, unknown> = {};
  try {
    const streetId = randomUUID();
    await database.db.insertInto('streets').values({ id: streetId, name: '基准街道' }).execute();
    for (const format of formats) {
      const path = join(directory, `export-${format}`);
      await writeSampleChatExport(path, format, messages);
      const groupId = randomUUID();
      await database.db
        .insertInto('chat_groups')
        .values({
          id: groupId,
          street_id: streetId,
          organization_id: null,
          name: format,
          platform: 'other',
          creation_way: 'by_organization',
          layer: 'chat',
          staff_in: false,
        })
        .execute();
      await database.db
        .insertInto('chat_agreements')
        .values({
          id: randomUUID(),
          street_id: streetId,
          group_id: groupId,
          agreed_by_role: 'leader',
          agreed_on: '2020-01-01',
          scope: 'analysis',
          note: '',
        })
        .execute();
      const now = new Date();
      const call = {
        db: database.db,
        scope: { kind: 'deployment' as const },
        actor: { userId: null, now, displayName: 'bench' },
        today: shanghaiDate(now),
        newId: randomUUID,
      };
      const choices = choicesOf[format] ?? {};
      const created = await createChatImport(call, groupId, {
        fileName: format,
        fileBytes: 0,
        format: null,
        encoding: null,
        timeZone: 'Asia/Shanghai',
        options: choices,
      });
      if (!created.ok) throw new Error(`bench: ${created.error.code}`);
      let peakRss = process.memoryUsage().rss;
      const started = performance.now();
      const outcome = await runChatImport({
        db: database.db,
        logger: pino({ level: 'silent' }),
        now: () => new Date(),
        importId: created.value.id,
        groupId,
        path,
        removeFile: true,
        choices,
        onProgress: () => {
          peakRss = Math.max(peakRss, process.memoryUsage().rss);
        },
      });
      const seconds = (performance.now() - started) / 1000;
      if (!outcome.ok) throw new Error(`bench: ${format} failed: ${outcome.error.code}`);
      results[format] = {
        messages: outcome.value.messagesAdded,
        seconds: Number(seconds.toFixed(2)),
        messagesPerSecond: Math.round(outcome.value.messagesAdded / seconds),
        peakRssMb: Math.round(Math.max(peakRss, process.memoryUsage().rss) / 1024 / 1024),
        targets: { messagesPerSecond: 100_000, peakRssMb: 300 },
      };
    }
  } finally {
    await database.close();
    rmSync(directory, { recursive: true, force: true });
  }
  return results;
}
