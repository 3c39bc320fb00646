import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { chatImportUploadQuerySchema, messageFor, shanghaiDate } from '@seedbed/core';
import { createChatImport, type Db, markInterruptedChatImports } from '@seedbed/db';
// the import job alone, not the web server: a command of millions of messages keeps its memory for them
import { type ChatImportChoices, startChatImport } from '@seedbed/server/chat-import';
import type { Logger } from 'pino';

export interface ChatImportCommandOptions {
  group: string;
  format?: string;
  encoding?: string;
  timeZone?: string;
  dateOrder?: string;
  csvTime?: string;
  csvSender?: string;
  csvText?: string;
  csvId?: string;
  csvReplyTo?: string;
  csvSenderId?: string;
  csvTimeFormat?: string;
}

/** The choices an upload's query carries, from the command's options of the same names. */
const choiceNames = [
  'format',
  'encoding',
  'timeZone',
  'dateOrder',
  'csvTime',
  'csvSender',
  'csvText',
  'csvId',
  'csvReplyTo',
  'csvSenderId',
  'csvTimeFormat',
] as const;

/**
 * `seedbed chat-import --group <id> <file>`: the web upload's job, for an export on the server's disk (a
 * file too large to upload from a phone). The operator acts with the whole deployment's scope; the
 * agreement is checked as for an upload. Prints progress lines and the result as JSON; exits 1 when the
 * import failed (its code and line printed).
 */
export async function chatImportCommand(
  db: Db,
  logger: Logger,
  file: string,
  options: ChatImportCommandOptions,
  print: (line: string) => void,
): Promise<boolean> {
  const choices = chatImportUploadQuerySchema.parse(
    Object.fromEntries(choiceNames.filter((name) => options[name]).map((name) => [name, options[name]])),
  ) as ChatImportChoices;
  const now = new Date();
  await markInterruptedChatImports(db, now);
  const { size } = await stat(file);
  const created = await createChatImport(
    {
      db,
      scope: { kind: 'deployment' },
      actor: { userId: null, now, displayName: 'seedbed chat-import' },
      today: shanghaiDate(now),
      newId: randomUUID,
    },
    options.group,
    {
      fileName: basename(file),
      fileBytes: size,
      format: choices.format ?? null,
      encoding: choices.encoding ?? null,
      timeZone: choices.timeZone ?? 'Asia/Shanghai',
      options: choices,
    },
  );
  if (!created.ok) {
    print(messageFor(created.error, 'en'));
    return false;
  }
  print(`import ${created.value.id} of ${basename(file)} (${size} bytes) into group ${options.group}`);
  const result = await startChatImport({
    db,
    logger,
    now: () => new Date(),
    importId: created.value.id,
    groupId: options.group,
    path: file,
    removeFile: false,
    choices,
    onProgress: ({ bytesRead, messagesRead }) =>
      print(`read ${messagesRead} messages, ${Math.floor((bytesRead / Math.max(size, 1)) * 100)}% of the file`),
  });
  if (!result.ok) {
    print(`failed: ${result.error.code} — ${messageFor(result.error, 'en')}`);
    return false;
  }
  print(JSON.stringify({ importId: created.value.id, ...result.value, problems: result.value.problems.slice(0, 20) }));
  return true;
}
