import { chatEmitter, excerpt, mentionsInText } from './emitter';
import type {
  ChatImportOptions,
  ChatImportSink,
  ChatLineParser,
  ChatMessageKind,
  ChatObjectParser,
  ChatRosterEntry,
} from './record';

/**
 * WeCom 会话内容存档 (developer.work.weixin.qq.com, "获取会话内容"): after GetChatData and DecryptData each
 * message is one JSON object — `{"msgid","action":"send"|"recall"|"switch","from","tolist":[…],
 * "roomid","msgtime":<epoch ms>,"msgtype":"text"|"image"|"revoke"|…,"text":{"content":…}}` — saved one
 * per line or as one array. `action: switch` (a user switching enterprise) is no chat message and is
 * skipped; a message of another room (or a one-to-one chat, roomid "") is left out and counted in one
 * `chat.other_group` problem, so an archive of a whole enterprise imports only the chosen group.
 */
// A Map, not an object: a msgtype such as "constructor" must not find Object's own properties.
const kindOfType = new Map<string, ChatMessageKind>([
  ['text', 'text'],
  ['markdown', 'text'],
  ['image', 'image'],
  ['voice', 'voice'],
  ['video', 'video'],
  ['emotion', 'sticker'],
  ['file', 'file'],
  ['link', 'link'],
  ['weapp', 'link'],
  ['news', 'link'],
  ['revoke', 'recall'],
]);

export interface WecomParserOptions {
  /** the group's roomid; when absent, the first message's room is the group */
  roomId?: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function wecomMessageParser(
  options: ChatImportOptions & WecomParserOptions,
  sink: ChatImportSink,
): ChatObjectParser {
  const emit = chatEmitter(options, sink);
  let roomId = options.roomId ?? null;
  let otherRoom = 0;
  let otherRoomLine = 0;
  return {
    message(value, line) {
      if (!isRecord(value) || typeof value.msgid !== 'string') {
        return emit.problem(line, 'chat.wrong_format', excerpt(JSON.stringify(value) ?? ''));
      }
      if (value.action === 'switch') return;
      const room = typeof value.roomid === 'string' ? value.roomid : '';
      roomId ??= room || null;
      if (room === '' || room !== roomId) {
        otherRoom += 1;
        otherRoomLine ||= line;
        return;
      }
      const { msgtime, from, msgtype } = value;
      if (typeof msgtime !== 'number' || !Number.isInteger(msgtime) || msgtime < 0) {
        return emit.problem(line, 'chat.broken_time', String(msgtime));
      }
      if (typeof from !== 'string' || typeof msgtype !== 'string') {
        return emit.problem(line, 'chat.wrong_format', value.msgid);
      }
      const kind = kindOfType.get(msgtype) ?? 'other';
      const body = Object.hasOwn(value, msgtype) && isRecord(value[msgtype]) ? value[msgtype] : {};
      const text = typeof body.content === 'string' ? body.content : null;
      const recalled = kind === 'recall' && typeof body.pre_msgid === 'string' ? `wecom:${body.pre_msgid}` : null;
      emit.message({
        line,
        sentAt: msgtime,
        senderKey: from,
        senderName: from,
        kind,
        text: kind === 'recall' ? null : text,
        sourceId: `wecom:${value.msgid}`,
        replyToSourceKey: recalled,
        mentions: kind === 'text' && text ? mentionsInText(text) : [],
      });
    },
    end(lastLine) {
      if (otherRoom > 0) emit.problem(otherRoomLine || lastLine, 'chat.other_group', `${otherRoom}`);
    },
  };
}

/** The one-object-per-line form: each non-blank line is parsed on its own (bounded memory). */
export function wecomJsonLinesParser(
  options: ChatImportOptions & WecomParserOptions,
  sink: ChatImportSink,
): ChatLineParser {
  const messages = wecomMessageParser(options, sink);
  return {
    line(text, lineNumber) {
      if (text.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return sink.problem({ line: lineNumber, code: 'chat.wrong_format', detail: excerpt(text) });
      }
      messages.message(value, lineNumber);
    },
    end: (lastLine) => messages.end(lastLine),
  };
}

/**
 * A group's member list with join times, from either WeCom API answer: the customer group's details
 * (externalcontact/groupchat/get: `group_chat.member_list[]` with `userid`, `name`, `group_nickname`,
 * `join_time` in epoch seconds) or the archive's internal group (msgaudit/groupchat/get: `members[]`
 * with `memberid`, `jointime`). Null when the value is neither.
 */
export function wecomGroupMembers(
  value: unknown,
): { roomId: string | null; name: string | null; members: ChatRosterEntry[] } | null {
  if (!isRecord(value)) return null;
  const seconds = (time: unknown) =>
    typeof time === 'number' && Number.isInteger(time) && time > 0 ? time * 1000 : null;
  const text = (field: unknown) => (typeof field === 'string' ? field : null);
  if (isRecord(value.group_chat) && Array.isArray(value.group_chat.member_list)) {
    const chat = value.group_chat;
    const members = (chat.member_list as unknown[]).filter(isRecord).flatMap((member) => {
      const key = text(member.userid);
      if (!key) return [];
      const displayName = text(member.group_nickname) || text(member.name) || key;
      const otherNames = [...new Set([text(member.name), text(member.group_nickname)])].filter((name): name is string =>
        Boolean(name),
      );
      return [{ senderKey: key, displayName, joinedAt: seconds(member.join_time), otherNames }];
    });
    return { roomId: text(chat.chat_id), name: text(chat.name), members };
  }
  if (Array.isArray(value.members)) {
    const members = (value.members as unknown[]).filter(isRecord).flatMap((member) => {
      const key = text(member.memberid);
      return key ? [{ senderKey: key, displayName: key, joinedAt: seconds(member.jointime) }] : [];
    });
    return { roomId: null, name: text(value.roomname), members };
  }
  return null;
}
