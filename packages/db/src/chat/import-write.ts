import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
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
import { from as copyFrom } from 'pg-copy-streams';
import { type Db, poolOf } from '../connection';
import { copyArray, copyField } from './copy-text';
import { forgottenSenderRef } from './forgotten-sender';
import { chatImportLockKey } from './import-lock';
import { foldNameOnlySenders, sendersByName } from './import-same-sender';
import { insertSenders, knownSenders, type NewSender } from './import-senders';

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
const expiresAt = 'to_timestamp(s.sent_ms / 1000.0) + make_interval(days => $3::integer)';
/** Rows per COPY: one round trip per ten parser batches. */
const rowsPerCopy = 10_000;

/**
 * Writes one export into its group — all of it, or nothing (issue 19: "a kill mid-import leaves nothing
 * of that file"). One transaction on one connection holds the group's import lock (a second import of
 * the group, in this process or another, waits for it), locks the agreement in force against a
 * withdrawal, creates senders as they are met (next pseudonym number), streams messages into a temporary
 * staging table with COPY, and at the end inserts them with `on conflict (group_id, source_ref) do
 * nothing` — so the same file again, or an overlapping newer export, adds nothing twice. Mentions and
 * quoted authors, named in the export, are resolved to the group's senders by display name at that end,
 * when every sender of the file is known. The import's progress row is written by the caller on another
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

  const { senders, lastPseudonym } = await knownSenders(client, groupId);
  let nextPseudonym = lastPseudonym + 1;
  const byName = sendersByName(senders);

  await client.query(`
    create temp table chat_import_staging (
      source_ref text, sender_id uuid, sent_ms bigint, kind text, reply_to_source_ref text, quoted_name text,
      mention_names text[], topic_words text[], topic_class text, text text
    ) on commit drop`);

  const problems: ChatImportProblem[] = [];
  let problemCount = 0;
  let messagesRead = 0;
  let rows: string[] = [];
  const flush = async () => {
    if (rows.length === 0) return;
    const text = rows.join('');
    rows = [];
    const stream = client.query(
      copyFrom(
        'copy chat_import_staging (source_ref, sender_id, sent_ms, kind, reply_to_source_ref, quoted_name, mention_names, topic_words, topic_class, text) from stdin',
      ),
    );
    await pipeline(async function* () {
      yield text;
    }, stream);
  };

  for await (const batch of write.batches) {
    for (const problem of batch.problems) {
      if (fatalProblems.has(problem.code)) return fail(problem.code as DomainError['code'], { line: problem.line });
      problemCount += 1;
      if (problems.length < chatImportKeptProblems) problems.push(problemToKeep(problem));
    }
    const newSenders: NewSender[] = [];
    for (const record of batch.records) {
      messagesRead += 1;
      let senderId: string | null = null;
      if (record.senderKey !== '' && record.senderKey !== 'system') {
        // An erased person's sender was kept under a hash of its ref: a re-import finds it, nameless.
        let sender =
          senders.get(record.senderKey) ??
          senders.get(forgottenSenderRef(groupId, record.senderKey)) ??
          byName.find(record.senderKey);
        if (!sender) {
          const name = clean(record.senderName) || null;
          sender = { id: randomUUID(), displayName: name, joinedAt: null, leftAt: null, isChanged: false };
          senders.set(record.senderKey, sender);
          byName.add(record.senderKey, sender);
          newSenders.push({
            id: sender.id,
            ref: record.senderKey,
            name: name ?? '',
            otherName: clean(record.senderOtherName ?? ''),
            number: nextPseudonym++,
          });
        }
        senderId = sender.id;
        if (record.kind === 'join' && (sender.joinedAt === null || record.sentAt < sender.joinedAt)) {
          sender.joinedAt = record.sentAt;
          sender.isChanged = true;
        }
        if (record.kind === 'leave' && (sender.leftAt === null || record.sentAt > sender.leftAt)) {
          sender.leftAt = record.sentAt;
          sender.isChanged = true;
        }
      }
      const text = keepsText && record.text !== null ? clean(record.text) : null;
      const topics = write.topicsOf ? write.topicsOf(record.text, record.kind) : null;
      rows.push(
        `${[
          copyField(record.sourceKey),
          copyField(senderId),
          String(record.sentAt),
          copyField(record.kind),
          copyField(record.replyToSourceKey),
          copyField(record.replyToAuthor),
          copyArray(record.mentions.map(clean)),
          copyArray(topics?.words ?? []),
          copyField(topics?.topicClass ?? null),
          copyField(text),
        ].join('\t')}\n`,
      );
    }
    if (newSenders.length > 0) await insertSenders(client, group.street_id, groupId, newSenders);
    if (rows.length >= rowsPerCopy) await flush();
    await write.progress(messagesRead);
  }
  await flush();
  for (const [, sender] of senders) {
    if (!sender.isChanged) continue;
    await client.query(
      `update chat_senders set
         joined_at = least(joined_at, to_timestamp($2 / 1000.0)),
         left_at = greatest(left_at, to_timestamp($3 / 1000.0))
       where id = $1`,
      [sender.id, sender.joinedAt, sender.leftAt],
    );
  }
  await client.query(
    `create temp table chat_import_names on commit drop as
       select distinct on (display_name) display_name as name, id from chat_senders
       where group_id = $1 and display_name is not null order by display_name, pseudonym_number`,
    [groupId],
  );
  const inserted = await client.query(
    `insert into chat_messages (group_id, source_ref, sender_id, sent_at, kind, reply_to_source_ref,
       quoted_sender_id, mention_sender_ids, topic_words, topic_class, text, text_expires_at, import_id)
     select $1, s.source_ref, s.sender_id, to_timestamp(s.sent_ms / 1000.0), s.kind, s.reply_to_source_ref,
       q.id,
       case when cardinality(s.mention_names) = 0 then '{}'::uuid[]
         else array(select n.id from chat_import_names n where n.name = any (s.mention_names)) end,
       s.topic_words, s.topic_class,
       -- text whose days are already over when an old export comes in is not stored at all
       case when s.text is not null and ${expiresAt} > $4 then s.text end,
       case when s.text is not null and ${expiresAt} > $4 then ${expiresAt} end,
       $2
     from chat_import_staging s left join chat_import_names q on q.name = s.quoted_name
     on conflict (group_id, source_ref) do nothing`,
    [groupId, write.importId, agreement.text_retention_days ?? 0, write.now],
  );
  const messagesAdded = inserted.rowCount ?? 0;
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

/** PostgreSQL's text cannot hold U+0000. */
const clean = (text: string) => (text.includes('\u0000') ? text.replaceAll('\u0000', '') : text);
