import { type WallClock, wallClockReader } from './clock';
import {
  type ChatImportOptions,
  type ChatImportProblemCode,
  type ChatImportRecord,
  type ChatImportSink,
  type ChatMessageKind,
  chatImportOptionsSchema,
} from './record';
import { hashedSourceKeys } from './source-key';

/** What a parser knows of a message before the shared checks: the source key is filled in here. */
export interface ParsedMessage {
  line: number;
  sentAt: number;
  senderKey: string;
  senderName: string;
  senderOtherName?: string | null;
  kind: ChatMessageKind;
  text: string | null;
  /** the export's own id (already prefixed with the format), or null to hash the content */
  sourceId: string | null;
  replyToSourceKey?: string | null;
  replyToAuthor?: string | null;
  mentions?: readonly string[];
}

const excerptLength = 80;
export const excerpt = (text: string) => (text.length > excerptLength ? `${text.slice(0, excerptLength)}…` : text);

/**
 * The part every parser shares: reading wall-clock times in the import's zone, refusing a message sent
 * after "now" (`chat.future_date`: the record is not emitted, so nothing from a wrong clock is counted),
 * and giving a message without an export id its hashed source key.
 */
export function chatEmitter(options: ChatImportOptions, sink: ChatImportSink) {
  const resolved = chatImportOptionsSchema.parse(options);
  const readClock = wallClockReader(resolved.timeZone);
  const hashKey = hashedSourceKeys(resolved.groupKey);
  const problem = (line: number, code: ChatImportProblemCode, detail?: string) =>
    sink.problem(detail === undefined ? { line, code } : { line, code, detail: excerpt(detail) });
  return {
    options: resolved,
    problem,
    /** the UTC instant of a local time in the export's zone, or null after reporting `chat.broken_time` */
    localTime(clock: WallClock, line: number, detail: string): number | null {
      const instant = readClock(clock);
      if (instant === null) problem(line, 'chat.broken_time', detail);
      return instant;
    },
    message(message: ParsedMessage): void {
      if (message.sentAt > resolved.now) {
        problem(message.line, 'chat.future_date', new Date(message.sentAt).toISOString());
        return;
      }
      const record: ChatImportRecord = {
        sourceKey: message.sourceId ?? hashKey(message),
        line: message.line,
        sentAt: message.sentAt,
        senderKey: message.senderKey.slice(0, 200),
        senderName: message.senderName.slice(0, 200),
        senderOtherName: message.senderOtherName?.slice(0, 200) ?? null,
        kind: message.kind,
        text: message.text,
        replyToSourceKey: message.replyToSourceKey ?? null,
        replyToAuthor: message.replyToAuthor?.slice(0, 200) ?? null,
        mentions: message.mentions?.length ? message.mentions.map((mention) => mention.slice(0, 200)) : [],
      };
      sink.record(record);
    },
  };
}
export type ChatEmitter = ReturnType<typeof chatEmitter>;

/**
 * @mentions written in a message's text. WeChat and WeCom end a mention with U+2005 (four-per-em space);
 * WhatsApp and plain text end it with a space or the end of the line. A name runs up to 40 characters
 * without spaces or another @ — a name with a space inside is cut at the space (a known limit).
 */
const mentionPattern = /(?:^|[\s\u2005(（])@([^\s\u2005@,，:：;；]{1,40})/gu;
export function mentionsInText(text: string): string[] {
  const names: string[] = [];
  if (!text.includes('@')) return names;
  for (const match of text.matchAll(mentionPattern)) if (!names.includes(match[1]!)) names.push(match[1]!);
  return names;
}

/** The sender key of an export that names senders only by their display name. */
export const nameKey = (name: string) => `name:${name}`;

/** A message of a sender the export knows only by display name (the TXT exports): hashed key, mentions from the text. */
export function messageByName(
  line: number,
  sentAt: number,
  name: string,
  kind: ChatMessageKind,
  text: string,
  replyToAuthor: string | null = null,
): ParsedMessage {
  const mentions = kind === 'text' ? mentionsInText(text) : [];
  return {
    line,
    sentAt,
    senderKey: nameKey(name),
    senderName: name,
    kind,
    text,
    sourceId: null,
    replyToAuthor,
    mentions,
  };
}
