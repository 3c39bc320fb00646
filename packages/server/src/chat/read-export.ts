import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import {
  type ChatExportDetection,
  type ChatExportFormat,
  type ChatImportEncoding,
  type ChatImportOptions,
  type ChatImportProblem,
  type ChatImportRecord,
  type ChatImportSink,
  type ChatLineParser,
  type ChatObjectParser,
  chatImportEncodings,
  chatImportMaxBytes,
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
import { detectEncoding } from './encoding';
import { JsonArrayElements, JsonArrayError } from './json-array';

/** Issue 19: a file over 2 GB is refused before a byte of it is parsed (core's limit, also the upload's). */
export const chatExportMaxBytes = chatImportMaxBytes;
const headBytes = 64 * 1024;
/** Records handed over at a time, as soon as parsed: waiting records outlive young collections (docs/chat-import.md). */
const batchSize = 64;
/** A JSON export's text scanned at a time: a few dozen Telegram messages */
const jsonPieceChars = 8 * 1024;
/** Bytes read at a time (Node's default): larger chunks measured no faster, and held more in the RSS. */
const chunkBytes = 64 * 1024;
/** A longer line is no message of any format (a WeChat text is at most a few thousand characters). */
const maxLineChars = 1024 * 1024;

export interface ReadChatExportOptions extends ChatImportOptions {
  /** the format staff chose; detected from the first lines when absent (a generic CSV is never guessed) */
  format?: ChatExportFormat;
  encoding?: ChatImportEncoding;
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
  encoding: ChatImportEncoding;
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
  if (!(chatImportEncodings as readonly string[]).includes(encoding) || !iconv.encodingExists(encoding))
    return fail('chat.unknown_encoding');
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

/**
 * The records and problems met so far, handed out in batches of at most `batchSize` of each (a JSON
 * chunk of the file may hold a few hundred short messages: they wait here, a chunk's worth at most).
 */
function collector() {
  let records: ChatImportRecord[] = [];
  let problems: ChatImportProblem[] = [];
  const sink: ChatImportSink = {
    record: (record) => records.push(record),
    problem: (problem) => problems.push(problem),
  };
  return {
    sink,
    isFull: () => records.length >= batchSize || problems.length >= batchSize,
    take(): ChatExportBatch | null {
      if (records.length === 0 && problems.length === 0) return null;
      const batch = {
        records: records.length > batchSize ? records.slice(0, batchSize) : records,
        problems: problems.length > batchSize ? problems.slice(0, batchSize) : problems,
      };
      records = records.length > batchSize ? records.slice(batchSize) : [];
      problems = problems.length > batchSize ? problems.slice(batchSize) : [];
      return batch;
    },
  };
}

async function* readBatches(
  path: string,
  encoding: ChatImportEncoding,
  detection: ChatExportDetection | { format: 'csv' },
  options: ReadChatExportOptions,
): AsyncGenerator<ChatExportBatch> {
  const collected = collector();
  const text = decodedChunks(path, encoding, options.onBytesRead);
  if (detection.format === 'telegram-json' || (detection.format === 'wecom-json' && detection.isArray)) {
    const parser =
      detection.format === 'telegram-json'
        ? telegramMessageParser(options, collected.sink)
        : wecomMessageParser(options, collected.sink);
    yield* readJsonArray(text, detection.format === 'telegram-json' ? 'messages' : null, parser, collected);
    return;
  }
  const parser = lineParser(detection, options, collected.sink);
  let lineNumber = 0;
  let rest = '';
  // Skipping the remainder of a line over the cap until its line feed.
  let isSkipping = false;
  for await (const chunk of text) {
    const joined = rest === '' ? chunk : rest + chunk;
    let start = 0;
    for (let end = joined.indexOf('\n'); end >= 0; end = joined.indexOf('\n', start)) {
      lineNumber += 1;
      if (isSkipping) isSkipping = false;
      else
        parser.line(
          joined.charCodeAt(end - 1) === 13 ? joined.slice(start, end - 1) : joined.slice(start, end),
          lineNumber,
        );
      start = end + 1;
      if (collected.isFull()) yield collected.take()!;
    }
    rest = joined.slice(start);
    if (rest.length > maxLineChars || (isSkipping && rest !== '')) {
      // A file with no line feeds (CR-only line ends, a corrupt file) would otherwise grow one string
      // until memory runs out: the line is reported once and dropped up to its end.
      if (!isSkipping) {
        collected.sink.problem({ line: lineNumber + 1, code: 'chat.unknown_line', detail: `${rest.slice(0, 80)}…` });
      }
      isSkipping = true;
      rest = '';
    }
    while (collected.isFull()) yield collected.take()!;
  }
  if (rest !== '' && !isSkipping) parser.line(rest.endsWith('\r') ? rest.slice(0, -1) : rest, ++lineNumber);
  parser.end(lineNumber);
  for (let batch = collected.take(); batch; batch = collected.take()) yield batch;
}

/**
 * The file's text in pieces, decoded as it is read: iconv-lite's decoder called on each chunk (no stream
 * between the file and the parser, so nothing is read ahead beyond one chunk; leaving the loop closes the
 * file). The decoder keeps a character cut between two chunks for the next one.
 */
async function* decodedChunks(
  path: string,
  encoding: ChatImportEncoding,
  onBytesRead?: (bytes: number) => void,
): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(encoding);
  let bytesRead = 0;
  for await (const bytes of createReadStream(path, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    bytesRead += bytes.length;
    onBytesRead?.(bytesRead);
    const text = decoder.write(bytes);
    if (text !== '') yield text;
  }
  const tail = decoder.end();
  if (tail) yield tail;
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
 * (./json-array.ts), so a 2 GB Telegram export is never one string. A file that ends inside the array, or
 * whose JSON breaks, is `chat.truncated` at the position after the last whole message; an element over
 * the line limit is `chat.wrong_format` at its position and skipped.
 */
async function* readJsonArray(
  text: AsyncIterable<string>,
  key: string | null,
  parser: ChatObjectParser,
  collected: ReturnType<typeof collector>,
): AsyncGenerator<ChatExportBatch> {
  const elements = new JsonArrayElements(key, maxLineChars);
  let position = 0;
  const sink = {
    element(json: string) {
      const value: unknown = JSON.parse(json);
      position += 1;
      parser.message(value, position);
    },
    oversized(excerpt: string) {
      position += 1;
      collected.sink.problem({ line: position, code: 'chat.wrong_format', detail: `${excerpt.slice(0, 80)}…` });
    },
  };
  try {
    for await (const chunk of text) {
      // pieces of a few dozen messages, each one's records handed over before the next (see batchSize)
      for (let at = 0; at < chunk.length; at += jsonPieceChars) {
        elements.push(chunk.length <= jsonPieceChars ? chunk : chunk.slice(at, at + jsonPieceChars), sink);
        for (let batch = collected.take(); batch; batch = collected.take()) yield batch;
      }
    }
    elements.end(sink);
  } catch (error) {
    if (!(error instanceof JsonArrayError || error instanceof SyntaxError)) throw error;
    collected.sink.problem({ line: position + 1, code: 'chat.truncated', detail: error.message.slice(0, 200) });
  }
  parser.end(position);
  for (let batch = collected.take(); batch; batch = collected.take()) yield batch;
}
