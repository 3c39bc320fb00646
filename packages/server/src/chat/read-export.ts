import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { pipeline, type Readable } from 'node:stream';
import {
  type ChatExportDetection,
  type ChatExportFormat,
  type ChatImportOptions,
  type ChatImportProblem,
  type ChatImportRecord,
  type ChatImportSink,
  type ChatLineParser,
  type ChatObjectParser,
  detectChatExport,
  fail,
  type GenericCsvMapping,
  genericCsvParser,
  hasDayMonthDates,
  ok,
  type Result,
  telegramMessageParser,
  type WhatsAppDateOrder,
  wechatCsvParser,
  wechatTxtParser,
  wecomJsonLinesParser,
  wecomMessageParser,
  whatsAppDateOrder,
  whatsAppParser,
} from '@seedbed/core';
import iconv from 'iconv-lite';
import chain from 'stream-chain';
import { parser as jsonParser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { type ChatFileEncoding, chatFileEncodings, detectEncoding } from './encoding';

/** Issue 19: a file over 2 GB is refused before a byte of it is parsed. */
export const chatExportMaxBytes = 2 * 1024 ** 3;
const headBytes = 64 * 1024;
const batchSize = 1_000;
/** A longer line is no message of any format (a WeChat text is at most a few thousand characters). */
const maxLineChars = 1024 * 1024;

export interface ReadChatExportOptions extends ChatImportOptions {
  /** the format staff chose; detected from the first lines when absent (a generic CSV is never guessed) */
  format?: ChatExportFormat;
  encoding?: ChatFileEncoding;
  mapping?: GenericCsvMapping;
  /** WeCom: the group's roomid */
  roomId?: string | null;
  /** WhatsApp: when the first lines do not prove the day/month order */
  dateOrder?: WhatsAppDateOrder;
  maxBytes?: number;
  /** called as the file is read, with the bytes read so far (an import's progress bar) */
  onBytesRead?: (bytes: number) => void;
}

/** A stretch of the file's messages: at most `batchSize` records and the problems met on the way. */
export interface ChatExportBatch {
  records: ChatImportRecord[];
  problems: ChatImportProblem[];
}

export interface ChatExportReader {
  format: ChatExportFormat;
  encoding: ChatFileEncoding;
  bytes: number;
  /** the file's records and problems, in file order, read as they are consumed (bounded memory) */
  batches(): AsyncGenerator<ChatExportBatch>;
}

/**
 * Opens a chat export: refuses a file over the size limit (`chat.file_too_large`), an encoding it cannot
 * decode (`chat.unknown_encoding`) and a file whose first lines match no format (`chat.unknown_format`),
 * before anything is parsed. The reader then streams the file: text exports line by line through the
 * decoder, JSON exports through a streaming JSON parser — never the whole file in memory.
 */
export async function openChatExport(path: string, options: ReadChatExportOptions): Promise<Result<ChatExportReader>> {
  const { size } = await stat(path);
  const maxBytes = options.maxBytes ?? chatExportMaxBytes;
  if (size > maxBytes) return fail('chat.file_too_large', { limit: `${Math.round(maxBytes / 1024 ** 2)} MB` });
  const head = await readHead(path);
  const encoding = options.encoding ?? detectEncoding(head);
  if (!chatFileEncodings.includes(encoding) || !iconv.encodingExists(encoding)) return fail('chat.unknown_encoding');
  const sample = iconv.decode(Buffer.from(head), encoding);
  let detection: ChatExportDetection | { format: 'csv' } | null = null;
  if (options.format === 'csv') detection = { format: 'csv' };
  else {
    const found = detectChatExport(sample);
    if ('detection' in found) detection = found.detection;
    if (options.format && detection?.format !== options.format) detection = fallbackDetection(options.format, sample);
    if (!detection) return fail('chat.unknown_format', { line: 'problem' in found ? found.problem.line : 1 });
  }
  if (detection.format === 'whatsapp-txt' && !detection.dateOrder && !options.dateOrder) {
    // The first lines may all be ambiguous (1/5/21): the whole sample read, then the order asked for,
    // never guessed — a guess would put every message of a US export on the wrong day, silently.
    const lines = sample.split(/\r?\n/);
    const order = whatsAppDateOrder(lines);
    if (order) detection = { ...detection, dateOrder: order };
    else if (hasDayMonthDates(lines)) return fail('chat.date_order_unknown');
  }
  const found = detection;
  return ok({
    format: found.format,
    encoding,
    bytes: size,
    batches: () => readBatches(path, encoding, found, options),
  });
}

/** The format staff named, where the first lines did not show it (a JSON export's shape still matters). */
function fallbackDetection(format: ChatExportFormat, sample: string): ChatExportDetection | { format: 'csv' } {
  if (format === 'wecom-json') return { format, isArray: sample.trimStart().startsWith('[') };
  if (format === 'whatsapp-txt') return { format, dateOrder: null };
  return { format } as ChatExportDetection;
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(headBytes);
    const { bytesRead } = await handle.read(buffer, 0, headBytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function collector() {
  let batch: ChatExportBatch = { records: [], problems: [] };
  const sink: ChatImportSink = {
    record: (record) => batch.records.push(record),
    problem: (problem) => batch.problems.push(problem),
  };
  return {
    sink,
    isFull: () => batch.records.length >= batchSize || batch.problems.length >= batchSize,
    take(): ChatExportBatch | null {
      if (batch.records.length === 0 && batch.problems.length === 0) return null;
      const taken = batch;
      batch = { records: [], problems: [] };
      return taken;
    },
  };
}

async function* readBatches(
  path: string,
  encoding: ChatFileEncoding,
  detection: ChatExportDetection | { format: 'csv' },
  options: ReadChatExportOptions,
): AsyncGenerator<ChatExportBatch> {
  const collected = collector();
  // pipeline: when reading stops early (a consumer's break, a JSON error) the file is closed too.
  const decoded = () => {
    const file = createReadStream(path);
    let bytesRead = 0;
    if (options.onBytesRead) {
      const report = options.onBytesRead;
      file.on('data', (chunk) => {
        bytesRead += chunk.length;
        report(bytesRead);
      });
    }
    return pipeline(
      file,
      iconv.decodeStream(encoding) as unknown as NodeJS.WritableStream,
      () => {},
    ) as unknown as Readable;
  };
  if (detection.format === 'telegram-json' || (detection.format === 'wecom-json' && detection.isArray)) {
    const parser =
      detection.format === 'telegram-json'
        ? telegramMessageParser(options, collected.sink)
        : wecomMessageParser(options, collected.sink);
    yield* readJsonArray(decoded(), detection.format === 'telegram-json' ? 'messages' : null, parser, collected);
    return;
  }
  const parser = lineParser(detection, options, collected.sink);
  let lineNumber = 0;
  let rest = '';
  // Skipping the remainder of a line over the cap until its line feed.
  let isSkipping = false;
  for await (const chunk of decoded() as AsyncIterable<string>) {
    const text = rest + chunk;
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      lineNumber += 1;
      if (isSkipping) isSkipping = false;
      else
        parser.line(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end), lineNumber);
      start = end + 1;
    }
    rest = text.slice(start);
    if (rest.length > maxLineChars || (isSkipping && rest !== '')) {
      // A file with no line feeds (CR-only line ends, a corrupt file) would otherwise grow one string
      // until memory runs out: the line is reported once and dropped up to its end.
      if (!isSkipping) {
        collected.sink.problem({ line: lineNumber + 1, code: 'chat.unknown_line', detail: `${rest.slice(0, 80)}…` });
      }
      isSkipping = true;
      rest = '';
    }
    if (collected.isFull()) {
      const batch = collected.take();
      if (batch) yield batch;
    }
  }
  if (rest !== '' && !isSkipping) parser.line(rest.endsWith('\r') ? rest.slice(0, -1) : rest, ++lineNumber);
  parser.end(lineNumber);
  const last = collected.take();
  if (last) yield last;
}

function lineParser(
  detection: ChatExportDetection | { format: 'csv' },
  options: ReadChatExportOptions,
  sink: ChatImportSink,
): ChatLineParser {
  switch (detection.format) {
    case 'wechat-csv':
      return wechatCsvParser(options, sink);
    case 'wechat-txt':
      return wechatTxtParser(options, sink);
    case 'wecom-json':
      return wecomJsonLinesParser(options, sink);
    case 'whatsapp-txt':
      // openChatExport refused an unknown order; 'dmy' is left only for a file of year-first dates.
      return whatsAppParser({ ...options, dateOrder: detection.dateOrder ?? options.dateOrder ?? 'dmy' }, sink);
    case 'csv':
      if (!options.mapping) throw new Error('a generic CSV needs its column mapping');
      return genericCsvParser({ ...options, mapping: options.mapping }, sink);
    default:
      throw new Error(`no line parser for ${detection.format}`);
  }
}

/**
 * The elements of one JSON array — the top level (`key` null) or a top-level key's value — one at a time
 * through stream-json, so a 2 GB Telegram export is never one string. A file that ends inside the
 * array is `chat.truncated` at the position after the last whole message.
 */
async function* readJsonArray(
  text: Readable,
  key: string | null,
  parser: ChatObjectParser,
  collected: ReturnType<typeof collector>,
): AsyncGenerator<ChatExportBatch> {
  const pipeline = chain([text, jsonParser(), ...(key ? [pick({ filter: key })] : []), streamArray()]);
  let position = 0;
  try {
    for await (const item of pipeline as AsyncIterable<{ key: number; value: unknown }>) {
      position += 1;
      parser.message(item.value, position);
      if (collected.isFull()) {
        const batch = collected.take();
        if (batch) yield batch;
      }
    }
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    collected.sink.problem({ line: position + 1, code: 'chat.truncated', detail: error.message.slice(0, 200) });
  } finally {
    text.destroy();
  }
  parser.end(position);
  const last = collected.take();
  if (last) yield last;
}
