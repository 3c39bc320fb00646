import { fullYear } from './clock';
import { chatEmitter, messageByName, nameKey } from './emitter';
import type { ChatImportOptions, ChatImportSink, ChatLineParser, ChatMessageKind } from './record';

/**
 * WhatsApp's "Export chat" text (no media). A message starts with its time, then the sender:
 *   Android  `12/31/20, 9:05 PM - Name: text`      `31/12/2020, 21:05 - Name: text`
 *   iOS      `[31/12/2020, 21:05:03] Name: text`   `[12/31/20, 9:05:03 PM] Name: text`
 *   Chinese  `2020/12/31 下午9:05 - Name: text`     `[2020/12/31 21:05:03] Name: text`
 * (newer exports put U+202F before AM/PM; iOS marks system and attachment lines with U+200E). Lines
 * without that prefix continue the message before. A line with a time but no `Name: ` is a system line
 * (`Alice added Bob`, `Bob left`, `张三 添加了 李四`, `李四 已退出`). The day/month order is not written in
 * the file: `dateOrder` says it (see `whatsAppDateOrder` to infer it from the first lines).
 */
export type WhatsAppDateOrder = 'dmy' | 'mdy';
export interface WhatsAppParserOptions {
  dateOrder?: WhatsAppDateOrder;
}

export const whatsAppLine =
  /^[\u200e\u200f]?\[?(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})[,，]?\s(上午|下午|中午|凌晨|晚上|早上)?\s?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:[\s\u202f\u00a0]?([AaPp])\.?\s?[Mm]\.?)?(?:\]\s|\s[-–]\s)(.*)$/;

/** The day/month order proven by the first lines (a first field over 12 is a day), else null. */
export function whatsAppDateOrder(lines: readonly string[]): WhatsAppDateOrder | null {
  for (const line of lines) {
    const match = whatsAppLine.exec(line);
    if (!match || match[1]!.length === 4) continue;
    if (Number(match[1]) > 12) return 'dmy';
    if (Number(match[2]) > 12) return 'mdy';
  }
  return null;
}

/** Whether any line dates a message day- or month-first (a year-first date needs no order). */
export function hasDayMonthDates(lines: readonly string[]): boolean {
  return lines.some((line) => {
    const match = whatsAppLine.exec(line);
    return match !== null && match[1]!.length !== 4;
  });
}

const systemPatterns: [RegExp, 'join' | 'leave' | 'system'][] = [
  [/^(?:.+?) added (.+)$/, 'join'],
  [/^(.+?) joined using this group['’]s invite link$/, 'join'],
  [/^(.+?) joined$/, 'join'],
  [/^(?:.+?) ?添加了 ?(.+)$/, 'join'],
  [/^(.+?) ?(?:通过此群组的邀请链接加入|已加入)/, 'join'],
  [/^(.+?) left$/, 'leave'],
  [/^(?:.+?) removed (.+)$/, 'leave'],
  [/^(.+?) ?(?:已退出|退出了群组)/, 'leave'],
  [/^(?:.+?) ?移除了 ?(.+)$/, 'leave'],
  [/end-to-end encrypted|端到端加密| created group | changed the subject | 创建了群组| 更改了群组/, 'system'],
];
const splitNames = (names: string) =>
  names
    .split(/, | and |、|和/)
    .map((name) => name.trim())
    .filter(Boolean);

const recallTexts =
  /^(?:This message was deleted|You deleted this message|此消息已删除|你删除了此消息|此訊息已刪除)\.?$/;
const omitted = /^<(?:Media omitted|媒体文件已省略|省略影音内容|媒體已略去)>$/;
const attachment = /^(?:<(?:attached|附件)[:：]\s*(.+?)>|(\S+\.\w{2,5}) \((?:file attached|文件附件)\))$/;
const iosOmitted = new Map<string, ChatMessageKind>([
  ['image omitted', 'image'],
  ['video omitted', 'video'],
  ['audio omitted', 'voice'],
  ['sticker omitted', 'sticker'],
  ['GIF omitted', 'video'],
  ['document omitted', 'file'],
  ['图片已忽略', 'image'],
  ['视频已忽略', 'video'],
  ['音频已忽略', 'voice'],
  ['贴图已忽略', 'sticker'],
]);
/** The first characters a deletion, an omitted medium or an attachment can start with (`<`, This, You, 此, 你). */
const markerStarts = new Set(['<', 'T', 'Y', '此', '你']);
/** The text without WhatsApp's leading direction mark (U+200E or U+200F). */
const withoutMark = (text: string) => {
  const first = text.charCodeAt(0);
  return first === 0x200e || first === 0x200f ? text.slice(1) : text;
};

function fileKind(name: string): ChatMessageKind {
  if (/PHOTO|^IMG-|\.(jpe?g|png|heic)$/i.test(name)) return 'image';
  if (/VIDEO|^VID-|\.(mp4|mov)$/i.test(name)) return 'video';
  if (/AUDIO|^PTT-|\.(opus|m4a|aac)$/i.test(name)) return 'voice';
  if (/STICKER|^STK-|\.webp$/i.test(name)) return 'sticker';
  return 'file';
}

/** A message's kind from its (first-line) text: media placeholders, attachments, deletions. */
function messageKind(text: string): ChatMessageKind {
  const plain = withoutMark(text);
  const mayBeMarker = markerStarts.has(plain.charAt(0)) || plain.endsWith(')') || iosOmitted.has(plain);
  if (!mayBeMarker) return 'text';
  if (recallTexts.test(plain)) return 'recall';
  if (omitted.test(plain)) return 'other'; // Android says only that some media was left out
  const ios = iosOmitted.get(plain);
  if (ios) return ios;
  const attached = attachment.exec(plain);
  if (attached) return fileKind(attached[1] ?? attached[2] ?? '');
  return 'text';
}

interface Pending {
  line: number;
  sentAt: number;
  name: string | null;
  lines: string[];
}

export function whatsAppParser(
  options: ChatImportOptions & WhatsAppParserOptions,
  sink: ChatImportSink,
): ChatLineParser {
  const emit = chatEmitter(options, sink);
  const order = options.dateOrder ?? 'dmy';
  let pending: Pending | null | 'broken' = null;
  const flush = () => {
    if (!pending || pending === 'broken') return;
    const { line, sentAt, name } = pending;
    const text = pending.lines.length === 1 ? pending.lines[0]! : pending.lines.join('\n');
    pending = null;
    const plain = withoutMark(text);
    const system =
      name === null || text.startsWith('\u200e') ? systemPatterns.find(([pattern]) => pattern.test(plain)) : undefined;
    if (name === null || system) {
      const [pattern, kind] = system ?? [null, 'system' as const];
      const captured = pattern?.exec(plain)?.[1];
      const names = captured ? splitNames(captured) : [];
      if (names.length === 0)
        return emit.message({
          line,
          sentAt,
          senderKey: 'system',
          senderName: '',
          kind: 'system',
          text: plain,
          sourceId: null,
        });
      for (const person of names)
        emit.message({
          line,
          sentAt,
          senderKey: nameKey(person),
          senderName: person,
          kind,
          text: plain,
          sourceId: null,
        });
      return;
    }
    const kind = messageKind(text);
    emit.message(messageByName(line, sentAt, name, kind, kind === 'text' ? text : plain));
  };
  return {
    line(text, lineNumber) {
      const match = whatsAppLine.exec(text);
      if (!match) {
        if (pending === 'broken') return;
        if (pending && pending.lines.length < 5_000) pending.lines.push(text);
        else if (text.trim() !== '') emit.problem(lineNumber, 'chat.unknown_line', text);
        return;
      }
      flush();
      // by index, not destructured: an array pattern walks an iterator, for every message of the file
      const first = match[1]!;
      const second = match[2];
      const third = match[3];
      const dayPart = match[4];
      const meridiem = match[8];
      const rest = match[9]!;
      const isYearFirst = first.length === 4;
      const year = fullYear(Number(isYearFirst ? first : third));
      const month = Number(isYearFirst ? second : order === 'mdy' ? first : second);
      const day = Number(isYearFirst ? third : order === 'mdy' ? second : first);
      let hour = Number(match[5]);
      const isAfternoon = meridiem
        ? /p/i.test(meridiem)
        : dayPart
          ? /下午|晚上/.test(dayPart) || (dayPart === '中午' && hour < 11)
          : false;
      // 12 o'clock is noon only by day: 上午/凌晨/AM 12 and 晚上12 are the hour after midnight.
      const isMidnightHour = hour === 12 && ((!isAfternoon && dayPart !== '中午') || dayPart === '晚上');
      if ((meridiem || dayPart) && isMidnightHour) hour = 0;
      else if (isAfternoon && hour < 12) hour += 12;
      const clock = { year, month, day, hour, minute: Number(match[6]), second: Number(match[7] ?? 0) };
      const sentAt = emit.localTime(clock, lineNumber, text);
      if (sentAt === null) {
        pending = 'broken';
        return;
      }
      const colon = rest.indexOf(': ');
      const isSender = colon > 0 && colon <= 80;
      pending = {
        line: lineNumber,
        sentAt,
        name: isSender ? rest.slice(0, colon).replace(/^[\u200e\u200f~\s]+/, '') : null,
        lines: [isSender ? rest.slice(colon + 2) : rest],
      };
    },
    end: () => flush(),
  };
}
