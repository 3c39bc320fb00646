import type { WallClock } from './clock';
import { chatEmitter, messageByName, nameKey } from './emitter';
import type { ChatImportOptions, ChatImportSink, ChatLineParser, ChatMessageKind } from './record';
import { wechatTimeAt } from './wechat-csv';
import { wechatSystemLine } from './wechat-system';

/**
 * The TXT form of WeChatMsg / 留痕 and its forks: each message is a header line
 * `YYYY-MM-DD HH:MM:SS 发送人` followed by its content lines and a blank line. Media are written as
 * placeholders ([图片], [语音], [视频], [表情包], [文件], [链接]…); a quoted reply carries a line
 * `引用:作者:原文` (WeChat's own display writes 「作者：原文」). System lines come with the header of their
 * time and the system text in place of a sender, or with a sender named 系统消息.
 */
const placeholders: [RegExp, ChatMessageKind][] = [
  [/^\[(?:图片|image)\]$/i, 'image'],
  [/^\[(?:语音|voice)\]/i, 'voice'],
  [/^\[(?:视频|video)\]$/i, 'video'],
  [/^\[(?:表情包|动画表情|表情|sticker)\]$/i, 'sticker'],
  [/^\[(?:文件|file)\]/i, 'file'],
  [/^\[(?:链接|分享链接|小程序|link)\]/i, 'link'],
];
const quoteLine = /^(?:引用[:：]\s*(.+?)[:：]|「(.+?)[:：])/;

interface Pending {
  line: number;
  clock: WallClock;
  /** the header's time as written */
  time: string;
  name: string;
  lines: string[];
}

/** The message a header line starts (`YYYY-MM-DD HH:MM[:SS]`, and the sender after a space), or null. */
function messageStartedBy(text: string, line: number): Pending | null {
  const clock = wechatTimeAt(text);
  if (!clock) return null;
  if (clock.end === text.length) return { line, clock, time: text, name: '', lines: [] };
  if (text.charCodeAt(clock.end) !== 32) return null;
  return { line, clock, time: text.slice(0, clock.end), name: text.slice(clock.end + 1).trim(), lines: [] };
}

export function wechatTxtParser(options: ChatImportOptions, sink: ChatImportSink): ChatLineParser {
  const emit = chatEmitter(options, sink);
  let pending: Pending | null = null;
  const flush = () => {
    if (!pending) return;
    const { line, clock, time, name } = pending;
    const lines = pending.lines;
    pending = null;
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    const sentAt = emit.localTime(clock, line, time);
    if (sentAt === null) return;
    const systemText =
      name === '' || name === '系统消息' ? lines.join('\n') : wechatSystemLine(name).kind !== 'system' ? name : null;
    if (systemText !== null) {
      const system = wechatSystemLine(systemText);
      const people = system.kind === 'join' || system.kind === 'leave' ? system.names : [''];
      for (const person of people)
        emit.message({
          line,
          sentAt,
          senderKey: person ? nameKey(person) : 'system',
          senderName: person || '系统消息',
          kind: system.kind,
          text: systemText,
          sourceId: null,
        });
      return;
    }
    let replyToAuthor: string | null = null;
    const kept: string[] = [];
    for (const content of lines) {
      const quote = content.startsWith('引') || content.startsWith('「') ? quoteLine.exec(content) : null;
      if (quote && replyToAuthor === null && lines.length > 1) replyToAuthor = quote[1] ?? quote[2] ?? null;
      else kept.push(content);
    }
    const text = kept.length === 1 ? kept[0]! : kept.join('\n');
    const placeholder = text.startsWith('[') ? placeholders.find(([pattern]) => pattern.test(text)) : undefined;
    const recall = wechatSystemLine(text).kind === 'recall';
    const kind: ChatMessageKind = recall ? 'recall' : (placeholder?.[1] ?? 'text');
    emit.message(messageByName(line, sentAt, name, kind, text, replyToAuthor));
  };
  return {
    line(text, lineNumber) {
      const started = messageStartedBy(text, lineNumber);
      if (started) {
        flush();
        pending = started;
      } else if (pending) {
        if (pending.lines.length < 5_000) pending.lines.push(text);
        else emit.problem(lineNumber, 'chat.unknown_line', text);
      } else if (text.trim() !== '') emit.problem(lineNumber, 'chat.unknown_line', text);
    },
    end: () => flush(),
  };
}
