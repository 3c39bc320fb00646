import {
  type ChatImportProblem,
  type ChatImportRecord,
  chatImportKeptProblems,
  type DomainError,
  fail,
  ok,
  problemToKeep,
  type Result,
} from '@seedbed/core';
import type pg from 'pg';
import { type Db, poolOf } from '../connection';
import { chunkWriter, createLinksTable } from './import-chunks';
import { chatImportLockKey } from './import-lock';
import { messageRows } from './import-rows';
import { foldNameOnlySenders } from './import-same-sender';
import { senderResolver } from './import-sender-resolver';
import { knownSenders } from './import-senders';

/** What the job hands the writer: the file's batches, in file order, and where progress goes. */
export interface ChatImportWrite {
  importId: string;
  groupId: string;
  /** the export's own id of its group (core exportIdentityOf), null when the format names none */
  exportRef: string | null;
  now: Date;
  batches: AsyncIterable<{ records: ChatImportRecord[]; problems: ChatImportProblem[] }>;
  /** called after each batch with the messages read so far (the job writes the progress row) */
  progress(messagesRead: number): Promise<void>;
  /** messages per COPY (./import-chunks.ts); smaller in tests, to cross chunk boundaries with few messages */
  rowsPerChunk?: number;
  /** the words and class derived from a message's text (part C's topics), or none */
  topicsOf?: (
    text: string | null,
    kind: ChatImportRecord['kind'],
  ) => { words: string[]; topicClass: 'public' | 'greeting' | 'article' | 'other' | null };
}

export interface ChatImportOutcome {
  messagesRead: number;
  messagesAdded: number;
  messagesAlready: number;
  problems: ChatImportProblem[];
  problemCount: number;
}

/** Problems that mean the file as a whole cannot be trusted: nothing of it is written. */
const fatalProblems = new Set<string>(['chat.truncated', 'chat.unknown_format']);
/**
 * Messages per chunk (./import-chunks.ts): big enough that a COPY's round trip and savepoint are noise,
 * small enough that two chunks' bytes (6 MB each, about 35,000 messages) stay a small part of the
 * process's memory. Each chunk is a subtransaction (its savepoint): past 64 of them, about two million
 * messages, PostgreSQL's snapshots of other sessions get slower while the import runs, not wrong.
 */
const rowsPerChunk = 50_000;
const bytesPerChunk = 6 << 20;

/**
 * Writes one export into its group — all of it, or nothing (issue 19: "a kill mid-import leaves nothing
 * of that file"). One transaction on one connection holds the group's import lock (a second import of
 * the group, in this process or another, waits for it), locks the agreement in force against a
 * withdrawal, creates senders as they are met (next pseudonym number), and streams the messages in by
 * COPY, a chunk at a time while the next is parsed (./import-chunks.ts) — a chunk that meets a message
 * already in the group goes in with `on conflict (group_id, source_ref) do nothing`, so the same file
 * again, or an overlapping newer export, adds nothing twice. Mentions and quoted authors, named in the
 * export, are the group's senders by display name (./import-rows.ts). The import's progress row is written by the caller on another
 * connection, so it is seen while this transaction is open. The final counts are written in the
 * transaction, so "done" and the messages commit together.
 */
export async function writeChatImport(db: Db, write: ChatImportWrite): Promise<Result<ChatImportOutcome>> {
  const client = await poolOf(db).connect();
  let isOpen = false;
  try {
    await client.query('begin');
    isOpen = true;
    await client.query('select pg_advisory_xact_lock($1, $2)', chatImportLockKey(write.groupId));
    const started = await db
      .updateTable('chat_imports')
      .set({ status: 'running', started_at: write.now })
      .where('id', '=', write.importId)
      .where('status', '=', 'queued')
      .executeTakeFirst();
    if (Number(started.numUpdatedRows) === 0) {
      // Marked interrupted (or run) meanwhile: nothing to do.
      await client.query('rollback');
      isOpen = false;
      return fail('chat.import_interrupted');
    }
    const outcome = await writeInTransaction(client, write);
    if (!outcome.ok) {
      await client.query('rollback');
      isOpen = false;
      return outcome;
    }
    await client.query('commit');
    isOpen = false;
    return outcome;
  } finally {
    if (isOpen) await client.query('rollback').catch(() => {});
    client.release();
  }
}

async function writeInTransaction(client: pg.PoolClient, write: ChatImportWrite): Promise<Result<ChatImportOutcome>> {
  const { groupId } = write;
  const group = (
    await client.query<{ street_id: string; export_ref: string | null }>(
      'select street_id, export_ref from chat_groups where id = $1',
      [groupId],
    )
  ).rows[0];
  if (!group) return fail('chat.unknown_group');
  if (group.export_ref && write.exportRef && group.export_ref !== write.exportRef)
    return fail('chat.other_group_export', { line: 1 });
  // `for share`: a withdrawal waits until this file is in (and then deletes what it no longer covers).
  const agreement = (
    await client.query<{ scope: string; text_retention_days: number | null }>(
      'select scope, text_retention_days from chat_agreements where group_id = $1 and withdrawn_at is null for share',
      [groupId],
    )
  ).rows[0];
  if (!agreement) return fail('chat.no_agreement');
  const keepsText = agreement.scope === 'analysis_and_text';

  const known = await knownSenders(client, groupId);
  await createLinksTable(client);
  const writer = chunkWriter(client, { streetId: group.street_id, groupId });
  const rows = messageRows({
    groupId,
    importId: write.importId,
    textRetentionDays: keepsText ? (agreement.text_retention_days ?? 0) : null,
    now: write.now,
    idsByName: known.idsByName,
    chunkBytes: bytesPerChunk,
  });
  const senders = senderResolver(groupId, known, (sender) => rows.addSender(sender));

  const problems: ChatImportProblem[] = [];
  let problemCount = 0;
  let messagesRead = 0;
  let messagesAdded: number;
  try {
    for await (const batch of write.batches) {
      for (const problem of batch.problems) {
        if (fatalProblems.has(problem.code)) {
          await writer.settle();
          return fail(problem.code as DomainError['code'], { line: problem.line });
        }
        problemCount += 1;
        if (problems.length < chatImportKeptProblems) problems.push(problemToKeep(problem));
      }
      for (const record of batch.records) {
        messagesRead += 1;
        const senderId = senders.idOf(record);
        rows.add(record, senderId, write.topicsOf ? write.topicsOf(record.text, record.kind) : null);
      }
      if (rows.size.rows >= (write.rowsPerChunk ?? rowsPerChunk) || rows.size.bytes >= bytesPerChunk)
        await writer.submit(rows.take());
      await write.progress(messagesRead);
    }
    await writer.submit(rows.take());
    messagesAdded = await writer.finish();
  } catch (error) {
    await writer.settle();
    throw error;
  }
  for (const [, sender] of senders.senders) {
    if (!sender.isChanged) continue;
    await client.query(
      `update chat_senders set
         joined_at = least(joined_at, to_timestamp($2 / 1000.0)),
         left_at = greatest(left_at, to_timestamp($3 / 1000.0))
       where id = $1`,
      [sender.id, sender.joinedAt, sender.leftAt],
    );
  }
  await resolveLinks(client, groupId, write.importId, rows.missingNames);
  await foldNameOnlySenders(client, groupId);
  if (write.exportRef && !group.export_ref)
    await client.query('update chat_groups set export_ref = $2 where id = $1 and export_ref is null', [
      groupId,
      write.exportRef,
    ]);
  const outcome: ChatImportOutcome = {
    messagesRead,
    messagesAdded,
    messagesAlready: messagesRead - messagesAdded,
    problems,
    problemCount,
  };
  await client.query(
    `update chat_imports set status = 'done', finished_at = $2, messages_read = $3, messages_added = $4,
       messages_already = $5, problems = $6, problem_count = $7 where id = $1`,
    [
      write.importId,
      write.now,
      messagesRead,
      messagesAdded,
      outcome.messagesAlready,
      JSON.stringify(problems),
      problemCount,
    ],
  );
  return ok(outcome);
}

/**
 * Quoted authors and @mentions named by someone no sender had when the message was written: now that
 * every sender of the file is in, each name is the lowest-numbered sender shown under it, or no one.
 * Only this import's messages are touched (a message already in the group keeps its links), and of
 * those only the ones naming someone a sender now has: a link whose names all still match no one would
 * be rewritten unchanged (an archive naming members by a name its senders lack — a WeCom file with no
 * member list — can have one on every seventh message).
 */
async function resolveLinks(
  client: pg.PoolClient,
  groupId: string,
  importId: string,
  missingNames: ReadonlySet<string> | null,
) {
  if (missingNames?.size === 0) return;
  await client.query(
    `create temp table chat_import_names on commit drop as
       select distinct on (display_name) display_name as name, id from chat_senders
       where group_id = $1 and display_name is not null order by display_name, pseudonym_number`,
    [groupId],
  );
  if (missingNames) {
    const found = await client.query<{ names: string[] | null }>(
      'select array_agg(name) as names from chat_import_names where name = any ($1)',
      [[...missingNames]],
    );
    const names = found.rows[0]?.names ?? [];
    if (names.length === 0) return;
    await client.query(
      'delete from chat_import_links where not (coalesce(quoted_name = any ($1), false) or mention_names && $1)',
      [names],
    );
  }
  // A temporary table has no statistics until analysed: without them a handful of links would be joined
  // by reading every message of the group.
  await client.query('analyze chat_import_links');
  await client.query(
    `update chat_messages m set
       quoted_sender_id = case when l.quoted_name is null then m.quoted_sender_id
         else (select n.id from chat_import_names n where n.name = l.quoted_name) end,
       mention_sender_ids = case when cardinality(l.mention_names) = 0 then m.mention_sender_ids
         else array(select n.id from chat_import_names n where n.name = any (l.mention_names)) end
     from chat_import_links l
     where m.group_id = $1 and m.source_ref = l.source_ref and m.import_id = $2`,
    [groupId, importId],
  );
}
