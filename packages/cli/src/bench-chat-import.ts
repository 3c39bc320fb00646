import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Db } from '@seedbed/db';
import { type SampleChatFormat, writeSampleChatExport } from '@seedbed/server';
import { sql } from 'kysely';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { readConfig } from './config';
import { openSeedbedDatabase } from './database';

const formats: SampleChatFormat[] = ['wechat-csv', 'wechat-txt', 'wecom-json', 'telegram-json', 'whatsapp-txt', 'csv'];
/** `seedbed chat-import` options per format (the generated files' date order and CSV columns). */
const optionsOf: Partial<Record<SampleChatFormat, string[]>> = {
  'whatsapp-txt': ['--date-order', 'dmy'],
  csv: [
    '--format',
    'csv',
    '--csv-time',
    'time',
    '--csv-sender',
    'sender',
    '--csv-text',
    'text',
    '--csv-id',
    'id',
    '--csv-reply-to',
    'reply',
  ],
};

/**
 * Import throughput (issue 19: "Parse + import of a generated 1,000,000-message export per format …
 * target ≥ 100,000 messages/s into the embedded database with peak RSS ≤ 300 MB"): each format's
 * generated export imported by `seedbed chat-import` — the product's own command, in a process of its own
 * — into a fresh embedded PostgreSQL in a temporary folder, its messages emptied before the next format.
 * - `seconds` runs from the command's "import …" line (the import row made, the job starting) to its
 *   result line: parse, senders, COPY, links — not the process's start-up.
 * - `peakRssMb` is the command's high-water mark of resident memory (getrusage, reported as it exits);
 *   `floorRssMb` its resident memory when the import starts (Node, tsx, pg: what no import goes below).
 * - `copyBaseline` is plain COPY of the same rows (read back from chat_messages) into a table of the same
 *   columns without indexes or keys, measured in the same run: the database's own ceiling on this
 *   machine, so `ofCopyBaseline` (import rate ÷ COPY rate) compares runs on machines of different speed.
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
      const groupId = await benchGroup(database.db, streetId, format);
      const run = await runImportCommand(database.url, groupId, path, optionsOf[format] ?? []);
      rmSync(path, { force: true });
      const messagesPerSecond = Math.round(run.messagesAdded / run.seconds);
      const copyPerSecond = await copyBaseline(database.url, groupId, run.messagesAdded);
      await emptyMessages(database.db);
      results[format] = {
        messages: run.messagesAdded,
        seconds: Number(run.seconds.toFixed(2)),
        messagesPerSecond,
        copyBaseline: { messagesPerSecond: copyPerSecond },
        ofCopyBaseline: Number((messagesPerSecond / copyPerSecond).toFixed(3)),
        peakRssMb: run.peakRssMb,
        floorRssMb: run.floorRssMb,
        targets: { messagesPerSecond: 100_000, peakRssMb: 300 },
      };
    }
  } finally {
    await database.close();
    rmSync(directory, { recursive: true, force: true });
  }
  return results;
}

/**
 * Each format starts from the same database: no message table already holding the millions of the
 * formats before it (a street's whole trail is far smaller), and no checkpoint owed for them.
 */
async function emptyMessages(db: Db) {
  await sql`truncate chat_messages`.execute(db);
  await sql`checkpoint`.execute(db);
}

/** A group of the bench street with an analysis-only agreement in force. */
async function benchGroup(db: Db, streetId: string, name: string) {
  const groupId = randomUUID();
  await db
    .insertInto('chat_groups')
    .values({
      id: groupId,
      street_id: streetId,
      organization_id: null,
      name,
      platform: 'other',
      creation_way: 'by_organization',
      layer: 'chat',
      staff_in: false,
    })
    .execute();
  await db
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
  return groupId;
}

/**
 * Node's flags of package.json's `seedbed` script (checked by bench-chat-import.test.ts): a young
 * generation of 4 MB, so a bulk command's garbage is collected young instead of growing the heap —
 * measured on a million-message import, the same speed and about 45 MB less peak RSS than V8's default.
 */
export const seedbedNodeFlags = ['--max-semi-space-size=4'];

/**
 * Runs `seedbed chat-import` as `npm run seedbed` does (node with tsx's loader and the flags above), against the bench's
 * database, and times it by its own output lines. `peak-rss.mjs` reports the process's high-water mark
 * of resident memory on exit.
 */
async function runImportCommand(databaseUrl: string, groupId: string, path: string, options: string[]) {
  const main = fileURLToPath(new URL('./main.ts', import.meta.url));
  const reporter = pathToFileURL(fileURLToPath(new URL('./peak-rss.mjs', import.meta.url))).href;
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      ...seedbedNodeFlags,
      '--import',
      reporter,
      main,
      'chat-import',
      '--group',
      groupId,
      ...options,
      path,
    ],
    { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let started = 0;
  let finished = 0;
  let floorRssMb = 0;
  let result: { messagesAdded?: number } = {};
  let peakRssMb = 0;
  let errors = '';
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    if (line.startsWith('import ')) {
      started = performance.now();
      floorRssMb = residentMb(child.pid!);
    } else if (line.startsWith('{')) {
      finished = performance.now();
      result = JSON.parse(line) as typeof result;
    }
  });
  createInterface({ input: child.stderr }).on('line', (line) => {
    const peak = /^peak-rss-kb (\d+)$/.exec(line);
    if (peak) peakRssMb = Math.round(Number(peak[1]) / 1024);
    else errors += `${line}\n`;
  });
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0 || !finished || result.messagesAdded === undefined)
    throw new Error(`bench: seedbed chat-import failed (${code}): ${errors.slice(-2000)}`);
  return { seconds: (finished - started) / 1000, messagesAdded: result.messagesAdded, peakRssMb, floorRssMb };
}

/** A running process's resident memory (Linux), in megabytes. */
function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0) / 1024);
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
