import type { WallClock } from './clock';
import { columnIndexes, csvRecordReader } from './csv-records';
import { type ChatEmitter, chatEmitter, mentionsInText, nameKey } from './emitter';
import type { ChatImportOptions, ChatImportSink, ChatLineParser, ChatMessageKind } from './record';
import { wechatQuote, wechatSystemLine } from './wechat-system';

/**
 * WeChatMsg / 留痕 (github.com/LC044/WeChatMsg) CSV: the PC WeChat MSG table's columns as its CSV
 * exporter writes them (UTF-8 with a BOM), a header row first:
 *   localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender
 * CreateTime is epoch seconds (used when present; StrTime, local "YYYY-MM-DD HH:MM:SS", otherwise).
 * In a group export Remark/NickName/Sender are the sender's note, nickname and wxid. Columns are found by
 * name (English or the Chinese headers some forks write), so a reordered export reads the same.
 */
const columns = {
  id: ['MsgSvrID', '消息ID'],
  type: ['Type', '类型', '消息类型'],
  subType: ['SubType', '子类型'],
  isSender: ['IsSender', '是否发送'],
  createTime: ['CreateTime', '时间戳'],
  strTime: ['StrTime', '时间', '发送时间'],
  content: ['StrContent', '内容', '消息内容'],
  remark: ['Remark', '备注'],
  nickName: ['NickName', '昵称', '发送人', '发送者'],
  sender: ['Sender', 'wxid', '发送人ID'],
} as const;

/** Type codes of the MSG table (and SubType for 49, the app message). */
const kindOfType: Record<number, ChatMessageKind> = { 1: 'text', 3: 'image', 34: 'voice', 43: 'video', 47: 'sticker' };
const kindOfAppSubType: Record<number, ChatMessageKind> = { 5: 'link', 6: 'file', 33: 'link', 36: 'link', 57: 'text' };

/**
 * StrTime `YYYY-MM-DD HH:MM[:SS]` (also with `T`, one-digit month, day and hour), or null for any other
 * text.
 */
export function readWechatStrTime(text: string): WallClock | null {
  const line = text.trim();
  const clock = wechatTimeAt(line, true);
  return clock && clock.end === line.length ? clock : null;
}

/**
 * The StrTime a text starts with (date and time apart by a space, or also by `T`) and where it ends;
 * null when the text starts otherwise. Read by hand: this runs for every message of a TXT
 * export, where a pattern's match, its parts and their numbers cost more than the rest of the message.
 */
export function wechatTimeAt(text: string, isTAllowed = false): (WallClock & { end: number }) | null {
  const year = digitsAt(text, 0, 4, 4);
  if (year < 0 || text.charCodeAt(4) !== 45) return null; // '-'
  const month = digitsAt(text, 5, 1, 2);
  if (month < 0 || text.charCodeAt(digitsEnd) !== 45) return null;
  const day = digitsAt(text, digitsEnd + 1, 1, 2);
  const separator = text.charCodeAt(digitsEnd);
  if (day < 0 || (separator !== 32 && !(isTAllowed && separator === 84))) return null; // ' ', 'T'
  const hour = digitsAt(text, digitsEnd + 1, 1, 2);
  if (hour < 0 || text.charCodeAt(digitsEnd) !== 58) return null; // ':'
  const minute = digitsAt(text, digitsEnd + 1, 2, 2);
  if (minute < 0) return null;
  let second = 0;
  if (text.charCodeAt(digitsEnd) === 58) {
    second = digitsAt(text, digitsEnd + 1, 2, 2);
    if (second < 0) return null;
  }
  return { year, month, day, hour, minute, second, end: digitsEnd };
}

/** Where the last digitsAt's digits ended. */
let digitsEnd = 0;
/** The number written by `min` to `max` ASCII digits at `at` (stopping at the first other character), or -1. */
function digitsAt(text: string, at: number, min: number, max: number): number {
  let value = 0;
  let end = at;
  while (end < text.length && end - at < max) {
    const code = text.charCodeAt(end);
    if (code < 48 || code > 57) break;
    value = value * 10 + (code - 48);
    end += 1;
  }
  digitsEnd = end;
  return end - at < min ? -1 : value;
}

/** Who sent a row's message, when, and its export id. */
interface Who {
  line: number;
  sentAt: number;
  senderKey: string;
  senderName: string;
  senderOtherName: string | null;
  sourceId: string | null;
}

/**
 * A row's message, built whole in one shape. A function of the module, not a closure made per row: this
 * runs for every message of a file of millions (and a closure per row costs a name to define under tsx).
 */
function emitMessage(
  emit: ChatEmitter,
  who: Who,
  kind: ChatMessageKind,
  text: string | null,
  mentions: readonly string[],
  replyToSourceKey: string | null = null,
  replyToAuthor: string | null = null,
) {
  emit.message({
    line: who.line,
    sentAt: who.sentAt,
    senderKey: who.senderKey,
    senderName: who.senderName,
    senderOtherName: who.senderOtherName,
    kind,
    text,
    sourceId: who.sourceId,
    replyToSourceKey,
    replyToAuthor,
    mentions,
  });
}

export function wechatCsvParser(options: ChatImportOptions, sink: ChatImportSink): ChatLineParser {
  const emit = chatEmitter(options, sink);
  let index: Record<keyof typeof columns, number> | null = null;
  let isRefused = false; // the first row was no WeChatMsg header: the rest is not read as one
  const cell = (fields: string[], column: keyof typeof columns) => {
    const at = index![column];
    return at >= 0 ? (fields[at] ?? '') : '';
  };
  const reader = csvRecordReader(',', {
    unclosed: (line, detail) => emit.problem(line, 'chat.truncated', detail),
    record(fields, line) {
      if (isRefused) return;
      if (!index) {
        index = columnIndexes(fields, columns);
        if (index.type < 0 || index.content < 0 || (index.createTime < 0 && index.strTime < 0)) {
          emit.problem(line, 'chat.wrong_format', `not a WeChatMsg header: ${fields.join(',')}`);
          index = null;
          isRefused = true;
        }
        return;
      }
      if (fields.length < 3) return emit.problem(line, 'chat.wrong_format', fields.join(','));
      const createTime = cell(fields, 'createTime');
      let sentAt: number | null;
      if (/^\d{9,10}$/.test(createTime)) sentAt = Number(createTime) * 1000;
      else {
        const clock = readWechatStrTime(cell(fields, 'strTime'));
        sentAt = clock ? emit.localTime(clock, line, cell(fields, 'strTime')) : null;
        if (!clock) emit.problem(line, 'chat.broken_time', `${createTime} ${cell(fields, 'strTime')}`);
      }
      if (sentAt === null) return;
      const typeText = cell(fields, 'type');
      if (!/^\d+$/.test(typeText)) return emit.problem(line, 'chat.wrong_format', fields.join(','));
      const type = Number(typeText);
      const content = cell(fields, 'content');
      const isSelf = cell(fields, 'isSender') === '1';
      const wxid = cell(fields, 'sender');
      const remark = cell(fields, 'remark');
      const nickName = cell(fields, 'nickName');
      const name = remark || nickName || wxid || (isSelf ? '我' : '');
      // Under the exporter's note (王阿姨) the member's own nickname (王秀英) is a name to match people by too.
      const otherName = remark && nickName && nickName !== remark ? nickName : null;
      const senderKey = wxid || (isSelf ? 'self' : nameKey(name));
      const svrid = cell(fields, 'id');
      const sourceId = /^\d+$/.test(svrid) ? `wechat:${svrid}` : null;
      const who: Who = { line, sentAt, senderKey, senderName: name, senderOtherName: otherName, sourceId };
      if (type === 10000 || type === 10002) {
        const text =
          type === 10002
            ? (/<replacemsg>(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?<\/replacemsg>/.exec(content)?.[1] ?? content)
            : content;
        const system = wechatSystemLine(text);
        const isRevoke = type === 10002 && /revokemsg/.test(content);
        if (system.kind === 'join' || system.kind === 'leave') {
          for (const [ordinal, joined] of system.names.entries())
            emit.message({
              line,
              sentAt,
              senderKey: nameKey(joined),
              senderName: joined,
              kind: system.kind,
              text,
              sourceId: sourceId && `${sourceId}:${ordinal}`,
            });
          return;
        }
        // A system line has empty sender columns: "蓝天白云"撤回了一条消息 is that member's; the rest are the group's.
        if (senderKey === nameKey('')) {
          const recalledBy = system.kind === 'recall' ? system.names[0] : undefined;
          return emit.message({
            line,
            sentAt,
            senderKey: recalledBy ? nameKey(recalledBy) : 'system',
            senderName: recalledBy ?? '',
            kind: isRevoke ? 'recall' : system.kind,
            text,
            sourceId,
          });
        }
        return emitMessage(emit, who, isRevoke ? 'recall' : system.kind, text, []);
      }
      if (type === 49) {
        const subType = Number(cell(fields, 'subType'));
        const quote = wechatQuote(content);
        const text = content.startsWith('<') ? quote.title : content;
        return emitMessage(
          emit,
          who,
          kindOfAppSubType[subType] ?? 'other',
          text,
          text ? mentionsInText(text) : [],
          subType === 57 && quote.svrid ? `wechat:${quote.svrid}` : null,
          subType === 57 ? quote.author : null,
        );
      }
      const kind = kindOfType[type];
      emitMessage(emit, who, kind ?? 'other', content, kind === 'text' ? mentionsInText(content) : []);
    },
  });
  return {
    line: (text, lineNumber) => reader.line(text, lineNumber),
    end(lastLine) {
      reader.end();
      if (!index && !isRefused) emit.problem(lastLine, 'chat.wrong_format', 'no WeChatMsg header row');
    },
  };
}
