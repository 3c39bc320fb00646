import { z } from 'zod';
import { fullYear, isValidClock, type WallClock } from './clock';
import { csvRecordReader } from './csv-records';
import { chatEmitter, mentionsInText, nameKey } from './emitter';
import type { ChatImportOptions, ChatImportSink, ChatLineParser } from './record';

/**
 * Any CSV with a header row, read through a column mapping chosen by staff (the mapping step of issue 19):
 * which column holds the time, the sender, the text, and optionally the message id, the id it replies to,
 * and the sender's id. Time formats: ISO 8601 (with or without an offset; without, local in the import's
 * zone), epoch seconds or milliseconds, or a pattern of YYYY YY MM M DD D HH H mm ss (local).
 */
export const genericCsvMappingSchema = z.object({
  delimiter: z.enum([',', ';', '\t', '|']).default(','),
  time: z.string().min(1).max(100),
  sender: z.string().min(1).max(100),
  text: z.string().min(1).max(100),
  senderId: z.string().max(100).nullable().default(null),
  id: z.string().max(100).nullable().default(null),
  replyTo: z.string().max(100).nullable().default(null),
  timeFormat: z.string().min(1).max(40).default('iso'),
});
export type GenericCsvMapping = z.input<typeof genericCsvMappingSchema>;

type TimeReader = (text: string) => { instant: number } | { clock: WallClock } | null;

const tokenPatterns: Record<string, string> = {
  YYYY: '(?<year>\\d{4})',
  YY: '(?<year>\\d{2})',
  MM: '(?<month>\\d{2})',
  M: '(?<month>\\d{1,2})',
  DD: '(?<day>\\d{2})',
  D: '(?<day>\\d{1,2})',
  HH: '(?<hour>\\d{2})',
  H: '(?<hour>\\d{1,2})',
  mm: '(?<minute>\\d{2})',
  ss: '(?<second>\\d{2})',
};

/** A reader of the mapping's time format; null for a pattern with an unknown or repeated field. */
export function csvTimeReader(format: string): TimeReader | null {
  if (format === 'unix-seconds' || format === 'unix-ms') {
    const scale = format === 'unix-seconds' ? 1000 : 1;
    return (text) => (/^\d{1,13}$/.test(text.trim()) ? { instant: Number(text.trim()) * scale } : null);
  }
  if (format === 'iso') {
    const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
    return (text) => {
      const match = iso.exec(text.trim());
      if (!match) return null;
      const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
      const clock = { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! };
      if (!match[7]) return { clock };
      // Date.parse rolls an impossible day over (02-30 → 03-02) when an offset is given: check first.
      if (!isValidClock(clock)) return null;
      const instant = Date.parse(text.trim().replace(' ', 'T'));
      return Number.isNaN(instant) ? null : { instant };
    };
  }
  const source = format
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/YYYY|YY|MM|M|DD|D|HH|H|mm|ss/g, (token) => tokenPatterns[token]!);
  let pattern: RegExp;
  try {
    pattern = new RegExp(`^${source}$`);
  } catch {
    return null; // a field twice: duplicate group names
  }
  return (text) => {
    const groups = pattern.exec(text.trim())?.groups;
    if (!groups?.year || !groups.month || !groups.day) return null;
    const number = (name: string) => Number(groups[name] ?? 0);
    return {
      clock: {
        year: fullYear(number('year')),
        month: number('month'),
        day: number('day'),
        hour: number('hour'),
        minute: number('minute'),
        second: number('second'),
      },
    };
  };
}

export function genericCsvParser(
  options: ChatImportOptions & { mapping: GenericCsvMapping },
  sink: ChatImportSink,
): ChatLineParser {
  const emit = chatEmitter(options, sink);
  const mapping = genericCsvMappingSchema.parse(options.mapping);
  const readTime = csvTimeReader(mapping.timeFormat);
  let columns: Record<'time' | 'sender' | 'text' | 'senderId' | 'id' | 'replyTo', number> | null = null;
  let isRefused = readTime === null;
  if (isRefused) emit.problem(1, 'chat.wrong_format', `time format ${mapping.timeFormat}`);
  const reader = csvRecordReader(mapping.delimiter, {
    unclosed: (line, detail) => emit.problem(line, 'chat.truncated', detail),
    record(fields, line) {
      if (isRefused) return;
      if (!columns) {
        const header = fields.map((name) => name.replace(/^\uFEFF/, '').trim());
        const at = (name: string | null) => (name === null ? -1 : header.indexOf(name));
        columns = {
          time: at(mapping.time),
          sender: at(mapping.sender),
          text: at(mapping.text),
          senderId: at(mapping.senderId),
          id: at(mapping.id),
          replyTo: at(mapping.replyTo),
        };
        const missing = (['time', 'sender', 'text', 'senderId', 'id', 'replyTo'] as const).filter(
          (key) => columns![key] < 0 && mapping[key] !== null,
        );
        if (missing.length > 0) {
          emit.problem(line, 'chat.wrong_format', `missing columns: ${missing.map((key) => mapping[key]).join(', ')}`);
          isRefused = true;
        }
        return;
      }
      const cell = (index: number) => (index >= 0 ? (fields[index] ?? '').trim() : '');
      if (fields.length <= Math.max(columns.time, columns.sender, columns.text))
        return emit.problem(line, 'chat.wrong_format', fields.join(mapping.delimiter));
      const time = readTime!(cell(columns.time));
      if (!time) return emit.problem(line, 'chat.broken_time', cell(columns.time));
      const sentAt = 'instant' in time ? time.instant : emit.localTime(time.clock, line, cell(columns.time));
      if (sentAt === null) return;
      const name = cell(columns.sender);
      const text = fields[columns.text] ?? '';
      const id = cell(columns.id);
      const replyTo = cell(columns.replyTo);
      emit.message({
        line,
        sentAt,
        senderKey: cell(columns.senderId) || nameKey(name),
        senderName: name,
        kind: 'text',
        text,
        sourceId: id ? `csv:${id}` : null,
        replyToSourceKey: replyTo ? `csv:${replyTo}` : null,
        mentions: mentionsInText(text),
      });
    },
  });
  return {
    line: (text, lineNumber) => reader.line(text, lineNumber),
    end(lastLine) {
      reader.end();
      if (!columns && !isRefused) emit.problem(lastLine, 'chat.wrong_format', 'no header row');
    },
  };
}
