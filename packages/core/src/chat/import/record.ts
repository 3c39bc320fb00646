import { z } from 'zod';
import type { ChatMessageRecord } from '../interactions';
import { isKnownTimeZone } from './clock';

/**
 * The one shape every chat-export parser produces (issue 19, "Import"): one record per message, and
 * problems with the line they were met on. Parsers are pure and incremental — they are fed lines (or,
 * for JSON exports, message objects) and call a sink — so a server can stream millions of messages in
 * bounded memory. docs/chat-import.md describes each format and where its description comes from.
 */
export const chatExportFormats = [
  'wechat-csv',
  'wechat-txt',
  'wecom-json',
  'telegram-json',
  'whatsapp-txt',
  'csv',
] as const;
export type ChatExportFormat = (typeof chatExportFormats)[number];

export const chatMessageKinds = [
  'text',
  'image',
  'voice',
  'video',
  'sticker',
  'link',
  'file',
  'recall',
  'system',
  'join',
  'leave',
  'other',
] as const;
export type ChatMessageKind = (typeof chatMessageKinds)[number];

/**
 * Problem codes, each an error code of the catalogue (../error-messages.ts) with its zh-CN and en message:
 * - `chat.unknown_line`: a line that is neither a message of the format nor the continuation of one;
 * - `chat.broken_time`: a message whose time cannot be read (or names a day that does not exist);
 * - `chat.future_date`: a message sent after the import's "now" — a wrong clock or a wrong date order;
 * - `chat.wrong_format`: a record of the right syntax but not of this format (missing fields, a JSON line
 *   that is not a message, a CSV row with too few columns);
 * - `chat.unknown_format`: the first lines match no format we read;
 * - `chat.truncated`: the file ends inside a record (an open quote, an unclosed JSON array);
 * - `chat.other_group`: messages of another group than the one chosen were left out (detail: how many).
 */
export const chatImportProblemCodes = [
  'chat.unknown_line',
  'chat.broken_time',
  'chat.future_date',
  'chat.wrong_format',
  'chat.unknown_format',
  'chat.truncated',
  'chat.other_group',
] as const;
export type ChatImportProblemCode = (typeof chatImportProblemCodes)[number];

export const chatImportProblemSchema = z.object({
  /** 1-based line of the file (for Telegram's JSON: the message's 1-based position in `messages`) */
  line: z.number().int().min(0),
  code: z.enum(chatImportProblemCodes),
  /** a short excerpt or reason, for the person fixing the file (never shown without the line) */
  detail: z.string().max(200).optional(),
});
export type ChatImportProblem = z.infer<typeof chatImportProblemSchema>;

/**
 * What of a problem is kept on an import's row: its line and code, and a count where the detail is one
 * (`chat.other_group`) — never an excerpt of the line, which would keep message text and senders' names
 * an analysis-only agreement does not allow, past any retention and beyond erasure's reach.
 */
export function problemToKeep(problem: ChatImportProblem): ChatImportProblem {
  return problem.detail !== undefined && /^\d+$/.test(problem.detail)
    ? { line: problem.line, code: problem.code, detail: problem.detail }
    : { line: problem.line, code: problem.code };
}

export const chatImportRecordSchema = z.object({
  /**
   * Stable across re-imports of the same message, for idempotency: `<format>:<the export's own id>`
   * when the format has one (WeCom msgid, Telegram chat id + message id, WeChat MsgSvrID, a mapped id
   * column), else `h:` + a 106-bit hash of group key, sender key, the second it was sent, kind, text
   * and its ordinal among identical messages in that same second (see ./source-key.ts).
   */
  sourceKey: z.string().min(1).max(200),
  /** the first line of the message in the file (Telegram: position in `messages`, 1-based) */
  line: z.number().int().min(1),
  /** epoch milliseconds, UTC: local times are read in the import's time zone */
  sentAt: z.number().int(),
  /** the sender's key in the export (a wxid, a WeCom userid, a Telegram from_id, else `name:<display name>`) */
  senderKey: z.string().max(200),
  senderName: z.string().max(200),
  /** another name the export gives the sender beside `senderName` (WeChatMsg: the nickname under a note), for matching */
  senderOtherName: z.string().max(200).nullable().optional(),
  kind: z.enum(chatMessageKinds),
  /** the message text or the system line; the importer may drop it when the agreement keeps no text */
  text: z.string().nullable(),
  /** the export's id of the message this one quotes or answers, when it names one */
  replyToSourceKey: z.string().max(200).nullable(),
  /** the quoted message's author, when the export names only the author (WeChat quotes) */
  replyToAuthor: z.string().max(200).nullable(),
  /** names (or handles) @mentioned, as written in the export; matching them to members is the import's job */
  mentions: z.array(z.string().max(200)),
});
export type ChatImportRecord = z.infer<typeof chatImportRecordSchema>;

/** A roster entry from a member list (WeCom's group details): who was in the group and since when. */
export const chatRosterEntrySchema = z.object({
  senderKey: z.string().max(200),
  displayName: z.string().max(200),
  /** epoch milliseconds; null when the list does not say */
  joinedAt: z.number().int().nullable(),
  /** every name the list gives the member (WeCom: name and group_nickname), for matching to people */
  otherNames: z.array(z.string().max(200)).optional(),
});
export type ChatRosterEntry = z.infer<typeof chatRosterEntrySchema>;

export const chatImportOptionsSchema = z.object({
  /** the export's time zone, for formats that write local wall-clock times */
  timeZone: z.string().min(1).max(64).refine(isKnownTimeZone, 'unknown time zone').default('Asia/Shanghai'),
  /** "now" from the caller: a message after it is a `chat.future_date` problem (core reads no clock) */
  now: z.number().int(),
  /** the group the export is imported into: part of hashed source keys, so two groups never collide */
  groupKey: z.string().min(1).max(100),
});
export type ChatImportOptions = z.input<typeof chatImportOptionsSchema>;
export type ResolvedChatImportOptions = z.output<typeof chatImportOptionsSchema>;

/** Where a parser sends what it reads. */
export interface ChatImportSink {
  record(record: ChatImportRecord): void;
  problem(problem: ChatImportProblem): void;
}

/** A parser of a line-based export: feed every line in order (without its line end), then `end()`. */
export interface ChatLineParser {
  line(text: string, lineNumber: number): void;
  end(lastLineNumber: number): void;
}

/** A parser of a JSON export whose messages a streaming JSON reader hands over one at a time. */
export interface ChatObjectParser {
  message(value: unknown, position: number): void;
  end(lastPosition: number): void;
}

/** The metadata the interaction network reads (./interactions.ts); the text never goes further. */
export function interactionRecordOf(record: ChatImportRecord): ChatMessageRecord {
  return {
    id: record.sourceKey,
    sender: record.senderKey,
    sentAt: record.sentAt,
    quotedMessageId: record.replyToSourceKey,
    quotedSender: record.replyToAuthor,
    mentions: record.mentions,
  };
}

/** Lines the platform wrote, not a member: joins, removals, recalls, the group's own system lines. */
export const unspokenChatKinds: readonly ChatMessageKind[] = ['system', 'join', 'leave', 'recall'];

/** The kinds that are messages a member sent (not the group's own system lines). */
export function isSpokenKind(kind: ChatMessageKind): boolean {
  return kind !== 'system' && kind !== 'join' && kind !== 'leave' && kind !== 'recall';
}
