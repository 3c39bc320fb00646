import { chatEmitter, excerpt, nameKey } from './emitter';
import type { ChatImportOptions, ChatImportSink, ChatMessageKind, ChatObjectParser } from './record';

/**
 * Telegram Desktop's "Export chat history" in JSON (`result.json`, written by tdesktop's
 * export_output_json.cpp): `{"name","type","id","messages":[…]}`, each message
 * `{"id","type":"message"|"service","date":"YYYY-MM-DDTHH:MM:SS" (local),"date_unixtime":"<epoch s>",
 * "from","from_id":"user123","reply_to_message_id","text": string | [string | {"type","text",…}],
 * "photo","media_type","file",…}`; a service message has `actor`, `actor_id`, `action`
 * (invite_members, remove_members, join_group_by_link, create_group, pin_message…) and `members` (names).
 * The server streams `messages` one object at a time; `position` is the message's 1-based place in it.
 * Message ids are unique within a chat, so the source key is `telegram:<id>` (a group imports one chat).
 */
type Entity = string | { type?: unknown; text?: unknown };
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Plain text and the @mentions of Telegram's text field (a string, or an array of text entities). */
export function telegramText(text: unknown): { text: string; mentions: string[] } {
  if (typeof text === 'string') return { text, mentions: [] };
  if (!Array.isArray(text)) return { text: '', mentions: [] };
  const mentions: string[] = [];
  let plain = '';
  for (const part of text as Entity[]) {
    if (typeof part === 'string') plain += part;
    else if (isRecord(part) && typeof part.text === 'string') {
      plain += part.text;
      if (part.type === 'mention' || part.type === 'mention_name') {
        const name = part.text.replace(/^@/, '');
        if (name && !mentions.includes(name)) mentions.push(name);
      }
    }
  }
  return { text: plain, mentions };
}

// A Map, not an object: a media_type such as "constructor" must not find Object's own properties.
const kindOfMedia = new Map<string, ChatMessageKind>([
  ['sticker', 'sticker'],
  ['voice_message', 'voice'],
  ['video_message', 'video'],
  ['video_file', 'video'],
  ['animation', 'video'],
  ['audio_file', 'file'],
]);

function messageKind(message: Record<string, unknown>): ChatMessageKind {
  if (message.photo !== undefined) return 'image';
  if (typeof message.media_type === 'string') return kindOfMedia.get(message.media_type) ?? 'other';
  if (message.file !== undefined) return 'file';
  if (
    message.location_information !== undefined ||
    message.poll !== undefined ||
    message.contact_information !== undefined
  )
    return 'other';
  return 'text';
}

const joins = new Set(['invite_members', 'join_group_by_link', 'join_group_by_request']);

export function telegramMessageParser(options: ChatImportOptions, sink: ChatImportSink): ChatObjectParser {
  const emit = chatEmitter(options, sink);
  const localDate = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;
  const sentAtOf = (message: Record<string, unknown>, position: number): number | null => {
    if (typeof message.date_unixtime === 'string' && /^\d{1,12}$/.test(message.date_unixtime))
      return Number(message.date_unixtime) * 1000;
    const match = typeof message.date === 'string' ? localDate.exec(message.date) : null;
    if (!match) {
      emit.problem(position, 'chat.broken_time', String(message.date));
      return null;
    }
    const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as number[];
    return emit.localTime(
      { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! },
      position,
      match[0],
    );
  };
  return {
    message(value, position) {
      if (!isRecord(value) || typeof value.id !== 'number' || (value.type !== 'message' && value.type !== 'service'))
        return emit.problem(position, 'chat.wrong_format', excerpt(JSON.stringify(value) ?? ''));
      const sentAt = sentAtOf(value, position);
      if (sentAt === null) return;
      const sourceId = `telegram:${value.id}`;
      const { text, mentions } = telegramText(value.text);
      if (value.type === 'service') {
        const action = typeof value.action === 'string' ? value.action : 'unknown';
        const actorName = typeof value.actor === 'string' ? value.actor : '';
        const actorKey = typeof value.actor_id === 'string' ? value.actor_id : nameKey(actorName);
        const members = Array.isArray(value.members) ? value.members.filter((name) => typeof name === 'string') : [];
        const kind: ChatMessageKind = joins.has(action) ? 'join' : action === 'remove_members' ? 'leave' : 'system';
        const line = text || action;
        if (kind !== 'system' && members.length > 0) {
          members.forEach((name, ordinal) => {
            const isActor = name === actorName;
            emit.message({
              line: position,
              sentAt,
              senderKey: isActor ? actorKey : nameKey(name),
              senderName: name,
              kind,
              text: line,
              sourceId: `${sourceId}:${ordinal}`,
            });
          });
          return;
        }
        return emit.message({
          line: position,
          sentAt,
          senderKey: actorKey,
          senderName: actorName,
          kind,
          text: line,
          sourceId,
        });
      }
      const name = typeof value.from === 'string' ? value.from : 'Deleted Account';
      const replyTo = value.reply_to_message_id;
      emit.message({
        line: position,
        sentAt,
        senderKey: typeof value.from_id === 'string' ? value.from_id : nameKey(name),
        senderName: name,
        kind: messageKind(value),
        text,
        sourceId,
        replyToSourceKey: typeof replyTo === 'number' ? `telegram:${replyTo}` : null,
        mentions,
      });
    },
    end() {},
  };
}
