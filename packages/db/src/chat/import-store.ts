import {
  type ChatImportProblem,
  defaultTopicDictionary,
  ok,
  type Result,
  type TopicDictionary,
  topicDictionaryOf,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import { insertAudited } from '../audited';
import type { Db } from '../connection';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { chatAgreementInForce } from './agreement-in-force';
import type { ChatImportsTable } from './tables';

export type ChatImportRow = Selectable<ChatImportsTable>;

export interface NewChatImport {
  fileName: string;
  fileBytes: number;
  format: string | null;
  encoding: string | null;
  timeZone: string;
  /** what staff chose at upload, shown beside the import */
  options: Record<string, unknown>;
}

/**
 * Checks that an import may start (the group in the caller's scope, an agreement in force) before a
 * byte of the upload is read: an outsider learns nothing, and nothing is stored.
 */
export async function checkChatImportable(
  call: Pick<StoreContext | TxContext, 'db' | 'scope'>,
  groupId: string,
): Promise<Result<{ streetId: string; exportRef: string | null }>> {
  const group = await findInScope(call, 'chat_groups', groupId);
  if (!group.ok) return group;
  const agreement = await chatAgreementInForce(call, groupId);
  if (!agreement.ok) return agreement;
  return ok({ streetId: group.value.street_id, exportRef: group.value.export_ref });
}

/** A queued import of a stored upload (the job runs it); audited as who brought which file. */
export function createChatImport(call: StoreContext, groupId: string, input: NewChatImport) {
  return inTransaction(call, async (tx) => {
    const importable = await checkChatImportable(tx, groupId);
    if (!importable.ok) return importable;
    const row = await insertAudited(
      tx,
      'chat_imports',
      {
        id: tx.newId(),
        street_id: importable.value.streetId,
        group_id: groupId,
        file_name: input.fileName,
        file_bytes: input.fileBytes,
        format: input.format,
        encoding: input.encoding,
        time_zone: input.timeZone,
        status: 'queued',
        options: JSON.stringify(input.options),
        created_by: tx.actor.userId,
      },
      { action: 'chat.import.create' },
    );
    return ok(row);
  });
}

/** A group's imports, newest first, for those who see the group. */
export async function listChatImports(call: Pick<StoreContext, 'db' | 'scope'>, groupId: string) {
  const group = await findInScope(call, 'chat_groups', groupId, { includeGone: true });
  if (!group.ok) return group;
  const rows = await call.db
    .selectFrom('chat_imports')
    .selectAll()
    .where('group_id', '=', groupId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(200)
    .execute();
  return ok(rows);
}

export function findChatImport(call: Pick<StoreContext, 'db' | 'scope'>, importId: string) {
  return findInScope(call, 'chat_imports', importId);
}

/** The job's progress, written on its own connection so a reloaded page sees it while the file is read. */
export async function recordChatImportProgress(
  db: Db,
  importId: string,
  progress: { bytesRead: number; messagesRead: number },
) {
  await db
    .updateTable('chat_imports')
    .set({ bytes_read: progress.bytesRead, messages_read: progress.messagesRead })
    .where('id', '=', importId)
    .where('status', '=', 'running')
    .execute();
}

/** A job that wrote nothing: failed with its code, the line, and the problems met before. */
export async function failChatImport(
  db: Db,
  importId: string,
  failure: { code: string; line: number | null; problems?: ChatImportProblem[]; now: Date },
) {
  await db
    .updateTable('chat_imports')
    .set({
      status: 'failed',
      error_code: failure.code,
      error_line: failure.line,
      finished_at: failure.now,
      messages_added: 0,
      ...(failure.problems ? { problems: JSON.stringify(failure.problems) } : {}),
    })
    .where('id', '=', importId)
    .execute();
}

/** The group the CLI imports into, with no caller's scope (the operator runs it on the server). */
export async function chatGroupForImport(db: Db, groupId: string) {
  return db
    .selectFrom('chat_groups')
    .select(['id', 'street_id', 'name', 'export_ref'])
    .where('id', '=', groupId)
    .executeTakeFirst();
}

/**
 * The topic dictionary an import into this group reads: its street's own words (chat_topic_words), or
 * core's defaults while the street has none — as the dictionary page says.
 */
export async function chatTopicDictionaryForGroup(db: Db, groupId: string): Promise<TopicDictionary> {
  const words = await db
    .selectFrom('chat_topic_words as w')
    .innerJoin('chat_groups as g', 'g.street_id', 'w.street_id')
    .select(['w.word', 'w.category'])
    .where('g.id', '=', groupId)
    .execute();
  return words.length > 0 ? topicDictionaryOf(words) : defaultTopicDictionary;
}
