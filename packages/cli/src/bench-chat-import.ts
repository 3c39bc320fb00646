import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { shanghaiDate } from '@seedbed/core';
import { createChatImport } from '@seedbed/db';
import { runChatImport, type SampleChatFormat, writeSampleChatExport } from '@seedbed/server';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
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
 * PostgreSQL in a temporary folder. Peak RSS of this process is sampled at each progress step; `floorRssMb`
 * is the RSS before the import (node_modules, pg, the database's client: what no import can go below).
 * `copyBaseline` is plain COPY of the same rows (read back from chat_messages) into a table of the same
 * columns without indexes or keys, measured in the same run: the database's own ceiling on this machine,
 * so `ofCopyBaseline` (import rate ÷ COPY rate) compares runs on machines of different speeds or load.
 */
export async function benchChatImport(messages = 1_000_000, only?: string[]) {
  const directory = mkdtempSync(join(tmpdir(), 'seedbed-chat-import-bench-'));
  const database = await openSeedbedDatabase(
    { ...readConfig(), dataDir: join(directory, 'data'), databaseUrl: null },
    () => {},
  );
  const results: Record<string, unknown> = {};
  try {
    const streetId = randomUUID();
    await database.db.insertInto('streets').values({ id: streetId, name: '基准街道' }).execute();
    for (const format of formats.filter((f) => !only || only.includes(f))) {
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
      const floorRss = process.memoryUsage().rss;
      let peakRss = floorRss;
      let peakHeap = process.memoryUsage().heapUsed;
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
          const memory = process.memoryUsage();
          peakRss = Math.max(peakRss, memory.rss);
          peakHeap = Math.max(peakHeap, memory.heapUsed);
        },
      });
      const seconds = (performance.now() - started) / 1000;
      if (!outcome.ok) throw new Error(`bench: ${format} failed: ${outcome.error.code}`);
      const messagesPerSecond = Math.round(outcome.value.messagesAdded / seconds);
      const copyPerSecond = await copyBaseline(database.url, groupId, outcome.value.messagesAdded);
      results[format] = {
        messages: outcome.value.messagesAdded,
        seconds: Number(seconds.toFixed(2)),
        messagesPerSecond,
        copyBaseline: { messagesPerSecond: copyPerSecond },
        ofCopyBaseline: Number((messagesPerSecond / copyPerSecond).toFixed(3)),
        peakRssMb: Math.round(Math.max(peakRss, process.memoryUsage().rss) / 1024 / 1024),
        floorRssMb: Math.round(floorRss / 1024 / 1024),
        peakHeapUsedMb: Math.round(peakHeap / 1024 / 1024),
        targets: { messagesPerSecond: 100_000, peakRssMb: 300 },
      };
    }
  } finally {
    await database.close();
    rmSync(directory, { recursive: true, force: true });
  }
  return results;
}

/** Plain COPY of the group's imported rows into an unindexed table of the same columns: rows per second. */
async function copyBaseline(url: string, groupId: string, rows: number): Promise<number> {
  const reader = new pg.Client({ connectionString: url });
  const writer = new pg.Client({ connectionString: url });
  await reader.connect();
  await writer.connect();
  try {
    await writer.query('drop table if exists bench_copy_baseline');
    await writer.query('create table bench_copy_baseline (like chat_messages)');
    const started = performance.now();
    await pipeline(
      reader.query(copyTo(`copy (select * from chat_messages where group_id = '${groupId}') to stdout`)),
      writer.query(copyFrom('copy bench_copy_baseline from stdin')),
    );
    const seconds = (performance.now() - started) / 1000;
    await writer.query('drop table bench_copy_baseline');
    return Math.round(rows / seconds);
  } finally {
    await reader.end();
    await writer.end();
  }
}
