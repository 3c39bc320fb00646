import { open, rm } from 'node:fs/promises';
import {
  type ChatImportProblem,
  type ChatImportUploadQuery,
  type DomainError,
  exportIdentityOf,
  fail,
  type GenericCsvMapping,
  ok,
  problemToKeep,
  type Result,
  topicOf,
} from '@seedbed/core';
import {
  type ChatImportOutcome,
  chatGroupForImport,
  chatTopicDictionaryForGroup,
  type Db,
  failChatImport,
  holdChatImport,
  poolOf,
  recordChatImportProgress,
  writeChatImport,
} from '@seedbed/db';
import iconv from 'iconv-lite';
import type { Logger } from 'pino';
import { type ChatExportReader, openChatExport, type ReadChatExportOptions } from './read-export';

/** What staff chose for the file (the upload's query, or the CLI's options). */
export type ChatImportChoices = Omit<ChatImportUploadQuery, 'name'>;

export interface ChatImportJob {
  db: Db;
  logger: Pick<Logger, 'error' | 'info'>;
  now: () => Date;
  importId: string;
  groupId: string;
  /** the export on disk; removed when the job ends if `removeFile` */
  path: string;
  removeFile: boolean;
  choices: ChatImportChoices;
  /** a smaller limit than 2 GB (tests) */
  maxBytes?: number;
  /** called whenever the progress row was written (the CLI prints it) */
  onProgress?: (progress: { bytesRead: number; messagesRead: number }) => void;
}

/** Progress rows are written after the first batch, then every this many messages. */
const progressEvery = 10_000;

/** The generic CSV's mapping from the choices, or null when its three needed columns are not all named. */
export function csvMappingOf(choices: ChatImportChoices): GenericCsvMapping | null {
  if (!choices.csvTime || !choices.csvSender || !choices.csvText) return null;
  return {
    time: choices.csvTime,
    sender: choices.csvSender,
    text: choices.csvText,
    id: choices.csvId ?? null,
    replyTo: choices.csvReplyTo ?? null,
    senderId: choices.csvSenderId ?? null,
    timeFormat: choices.csvTimeFormat ?? 'iso',
  };
}

/**
 * Opens an export for a group: the file's size, encoding and format (and the date order, and a generic
 * CSV's columns), and the group it names — everything that can be known from its first bytes, so the
 * upload route refuses such a file at once with its code (nothing written) and the job fails on it.
 */
export async function openForImport(
  path: string,
  groupId: string,
  choices: ChatImportChoices,
  now: Date,
  more: { maxBytes?: number | undefined; onBytesRead?: (bytes: number) => void; groupExportRef?: string | null } = {},
): Promise<Result<{ reader: ChatExportReader; exportRef: string | null }>> {
  const mapping = csvMappingOf(choices);
  if (choices.format === 'csv' && !mapping) return fail('chat.csv_mapping_needed');
  const options: ReadChatExportOptions = {
    now: now.getTime(),
    groupKey: groupId,
    ...(choices.timeZone ? { timeZone: choices.timeZone } : {}),
    ...(choices.format ? { format: choices.format } : {}),
    ...(choices.encoding ? { encoding: choices.encoding } : {}),
    ...(choices.dateOrder ? { dateOrder: choices.dateOrder } : {}),
    ...(mapping ? { mapping } : {}),
    ...(more.maxBytes ? { maxBytes: more.maxBytes } : {}),
    ...(more.onBytesRead ? { onBytesRead: more.onBytesRead } : {}),
    // A WeCom archive holds every room of the company: read only the group's own, once it is known.
    ...(more.groupExportRef?.startsWith('wecom:') ? { roomId: more.groupExportRef.slice('wecom:'.length) } : {}),
  };
  const reader = await openChatExport(path, options);
  if (!reader.ok) return reader;
  const exportRef = exportIdentityOf(reader.value.format, await headText(path, reader.value.encoding));
  if (more.groupExportRef && exportRef && more.groupExportRef !== exportRef)
    return fail('chat.other_group_export', { line: 1 });
  return ok({ reader: reader.value, exportRef });
}

/**
 * Runs one import (issue 19, "Import"): opens the export (size, encoding, format — a refusal there
 * fails the job with its code before anything is written), then hands its batches to the one
 * transaction of db's `writeChatImport`, writing progress to the import's row on the side. Whatever
 * happens, the job ends with the row `done` or `failed` (a bug is logged and recorded as
 * `chat.import_failed`), and the uploaded file is removed.
 */
export async function runChatImport(job: ChatImportJob): Promise<Result<ChatImportOutcome>> {
  const { db, importId } = job;
  let bytesRead = 0;
  const problemsSoFar: ChatImportProblem[] = [];
  try {
    const group = await chatGroupForImport(db, job.groupId);
    const opened = await openForImport(job.path, job.groupId, job.choices, job.now(), {
      groupExportRef: group?.export_ref ?? null,
      maxBytes: job.maxBytes,
      onBytesRead: (bytes) => {
        bytesRead = bytes;
      },
    });
    if (!opened.ok) return await failed(job, opened.error, []);
    const { reader, exportRef } = opened.value;
    await db
      .updateTable('chat_imports')
      .set({ format: reader.format, encoding: reader.encoding })
      .where('id', '=', importId)
      .execute();
    let written = 0;
    const dictionary = await chatTopicDictionaryForGroup(db, job.groupId);
    const outcome = await writeChatImport(db, {
      importId,
      groupId: job.groupId,
      exportRef,
      now: job.now(),
      batches: keepingProblems(reader.batches(), problemsSoFar),
      // Words and a topic class from the street's dictionary; only they stay when the text does not.
      topicsOf: (text, kind) => topicOf(text, kind, dictionary),
      progress: async (messagesRead) => {
        if (written > 0 && messagesRead - written < progressEvery) return;
        written = messagesRead;
        await recordChatImportProgress(db, importId, { bytesRead, messagesRead });
        job.onProgress?.({ bytesRead, messagesRead });
      },
    });
    if (!outcome.ok) return await failed(job, outcome.error, problemsSoFar);
    return outcome;
  } catch (error) {
    job.logger.error({ err: error, importId }, 'chat import failed');
    return await failed(job, { code: 'chat.import_failed' }, problemsSoFar);
  } finally {
    if (job.removeFile) await rm(job.path, { force: true }).catch(() => {});
  }
}

async function failed<T>(job: ChatImportJob, error: DomainError, problems: ChatImportProblem[]): Promise<Result<T>> {
  const line = Number(error.params?.line);
  await failChatImport(job.db, job.importId, {
    code: error.code,
    line: Number.isInteger(line) && line > 0 ? line : null,
    problems: problems.slice(0, 200),
    now: job.now(),
  }).catch((cause) => job.logger.error({ err: cause, importId: job.importId }, 'chat import not marked failed'));
  return fail(error.code, error.params);
}

/** Passes the batches on, keeping the first problems for the failure record of a refused file. */
async function* keepingProblems<T extends { problems: ChatImportProblem[] }>(
  batches: AsyncIterable<T>,
  kept: ChatImportProblem[],
): AsyncGenerator<T> {
  for await (const batch of batches) {
    for (const problem of batch.problems) if (kept.length < 200) kept.push(problemToKeep(problem));
    yield batch;
  }
}

async function headText(path: string, encoding: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return iconv.decode(buffer.subarray(0, bytesRead), encoding);
  } finally {
    await handle.close();
  }
}

/**
 * Imports run in this process one at a time per group (the database lock makes a second process wait
 * too): a second upload of the same group is queued behind the first instead of holding a connection.
 * Across groups, at most a third of the pool's connections run imports at once (each holds its
 * transaction's connection and briefly takes another for its progress row): more uploads wait their
 * turn, holding nothing, instead of exhausting the pool that their progress and every request need.
 * From the moment it is started until it ends, the job is held for this process (`holdChatImport`), so
 * the start-up sweep of another process leaves it alone while it waits or runs.
 */
const groupQueues = new Map<string, Promise<unknown>>();
const turns = new WeakMap<Db, { running: number; waiting: (() => void)[] }>();

export function concurrentChatImports(db: Db): number {
  return Math.max(1, Math.floor((poolOf(db).options.max ?? 10) / 3));
}

async function takeTurn(db: Db): Promise<() => void> {
  let state = turns.get(db);
  if (!state) {
    state = { running: 0, waiting: [] };
    turns.set(db, state);
  }
  const queue = state;
  if (queue.running >= concurrentChatImports(db)) await new Promise<void>((resolve) => queue.waiting.push(resolve));
  else queue.running += 1;
  return () => {
    const next = queue.waiting.shift();
    // the turn passes straight to the next job (running stays the same), or is given back
    if (next) next();
    else queue.running -= 1;
  };
}

export function startChatImport(job: ChatImportJob): Promise<Result<ChatImportOutcome>> {
  const held = holdChatImport(job.db, job.importId).catch((error: unknown) => {
    job.logger.error({ err: error, importId: job.importId }, 'chat import not held');
    return async () => {};
  });
  const before = groupQueues.get(job.groupId) ?? Promise.resolve();
  const run = Promise.all([held, before.catch(() => {})]).then(async ([release]) => {
    try {
      const done = await takeTurn(job.db);
      try {
        return await runChatImport(job);
      } finally {
        done();
      }
    } finally {
      await release().catch(() => {});
    }
  });
  groupQueues.set(job.groupId, run);
  void run.finally(() => {
    if (groupQueues.get(job.groupId) === run) groupQueues.delete(job.groupId);
  });
  return run;
}
