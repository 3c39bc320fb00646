import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ChatImportProblem, ChatImportRecord } from '@seedbed/core';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { openChatExport, type ReadChatExportOptions } from './read-export';
import { sampleCsvMapping, writeSampleChatExport } from './sample-export';

const directory = mkdtempSync(join(tmpdir(), 'seedbed-chat-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const options: ReadChatExportOptions = { now: Date.UTC(2030, 0, 1), groupKey: 'g1' };
let fileNumber = 0;
const file = (content: Buffer | string) => {
  const path = join(directory, `export-${fileNumber++}`);
  writeFileSync(path, content);
  return path;
};

async function readAll(path: string, extra: Partial<ReadChatExportOptions> = {}) {
  const opened = await openChatExport(path, { ...options, ...extra });
  if (!opened.ok) return { error: opened.error.code, records: [], problems: [] };
  const records: ChatImportRecord[] = [];
  const problems: ChatImportProblem[] = [];
  for await (const batch of opened.value.batches()) {
    records.push(...batch.records);
    problems.push(...batch.problems);
  }
  return { format: opened.value.format, encoding: opened.value.encoding, records, problems };
}

const wechatTxt =
  '2021-01-01 08:01:00 王阿姨\n大家早上好，今天去社区花园浇水🌱\n\n2021-01-01 08:02:00 李叔\n@王阿姨 好的\n\n';

describe('reading a chat export from disk', () => {
  it('reads a GBK (GB18030) WeChat TXT export as Chinese text', async () => {
    const gbk = iconv.encode(wechatTxt.replace('🌱', ''), 'gbk');
    const read = await readAll(file(gbk));
    expect(read).toMatchObject({ format: 'wechat-txt', encoding: 'gb18030', problems: [] });
    expect(read.records.map((record) => [record.senderName, record.text])).toEqual([
      ['王阿姨', '大家早上好，今天去社区花园浇水'],
      ['李叔', '@王阿姨 好的'],
    ]);
  });

  it('reads UTF-8 with and without a BOM, UTF-16 LE and BE with CRLF line ends alike', async () => {
    const crlf = wechatTxt.replaceAll('\n', '\r\n');
    const encodings = [
      Buffer.from(wechatTxt),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(crlf, 'utf16le')]),
      iconv.encode(crlf, 'utf16-be', { addBOM: true }),
      iconv.encode(wechatTxt, 'utf16le'), // no BOM: the zero bytes tell
    ];
    const reads = await Promise.all(encodings.map((content) => readAll(file(content))));
    expect(reads.map((read) => read.encoding)).toEqual(['utf8', 'utf8', 'utf16le', 'utf16be', 'utf16le']);
    for (const read of reads) {
      expect(read.problems).toEqual([]);
      expect(read.records.map((record) => record.text)).toEqual(['大家早上好，今天去社区花园浇水🌱', '@王阿姨 好的']);
    }
  });

  it('reports a line too long for any message once, drops it, and reads on (no string grows without end)', async () => {
    const long = 'x'.repeat(3 * 1024 * 1024);
    const content = `2021-01-01 08:01:00 王阿姨\n大家早上好\n\n${long}\n2021-01-01 08:02:00 李叔\n@王阿姨 好的\n\n`;
    const read = await readAll(file(content));
    expect(read.problems).toEqual([{ line: 4, code: 'chat.unknown_line', detail: `${'x'.repeat(80)}…` }]);
    expect(read.records.map((record) => record.text)).toEqual(['大家早上好', '@王阿姨 好的']);
  });

  it('asks for the date order of a WhatsApp export whose dates never show it, and reads it once told', async () => {
    const ambiguous = file('1/5/21, 9:05 PM - Wang: hello\n1/6/21, 9:06 PM - Li: hi\n');
    expect((await readAll(ambiguous)).error).toBe('chat.date_order_unknown');
    const told = await readAll(ambiguous, { dateOrder: 'mdy' });
    expect(told.records.map((record) => record.sentAt)).toEqual([
      Date.parse('2021-01-05T13:05:00Z'),
      Date.parse('2021-01-06T13:06:00Z'),
    ]);
    // Year-first dates need no order.
    expect((await readAll(file('2021/1/5 下午9:05 - 王阿姨: 好\n'))).records).toHaveLength(1);
  });

  it('streams a Telegram result.json and reports a file cut in the middle as truncated after the last whole message', async () => {
    const path = file('');
    await writeSampleChatExport(path, 'telegram-json', 50);
    const whole = await readAll(path);
    expect(whole.records).toHaveLength(50);
    expect(whole.records[5]).toMatchObject({
      sourceKey: 'telegram:6',
      replyToSourceKey: 'telegram:5',
      senderKey: 'user5',
    });
    const text = readFileSync(path, 'utf8');
    const cut = await readAll(file(text.slice(0, Math.floor(text.length / 2))));
    expect(cut.records.length).toBeGreaterThan(10);
    expect(cut.records.length).toBeLessThan(50);
    expect(cut.problems).toEqual([expect.objectContaining({ code: 'chat.truncated', line: cut.records.length + 1 })]);
  });

  it('reads a WeCom archive saved as one JSON array', async () => {
    const array = `[${['a', 'b'].map((id, i) => JSON.stringify({ msgid: id, action: 'send', from: 'u', tolist: [], roomid: 'r', msgtime: 1609459200000 + i, msgtype: 'text', text: { content: id } })).join(',\n')}]`;
    const read = await readAll(file(array));
    expect(read.format).toBe('wecom-json');
    expect(read.records.map((record) => record.sourceKey)).toEqual(['wecom:a', 'wecom:b']);
  });

  it('reports a CSV cut inside a quoted message as truncated at its first line', async () => {
    const read = await readAll(
      file('localId,Type,CreateTime,StrContent,Sender\n1,1,1609459200,好的,a\n2,1,1609459260,"写到一半\n'),
    );
    expect(read.records).toHaveLength(1);
    expect(read.problems).toEqual([expect.objectContaining({ line: 3, code: 'chat.truncated' })]);
  });

  it('refuses a file over the size limit, an unknown format and a generic CSV without… its mapping', async () => {
    expect(await readAll(file(wechatTxt), { maxBytes: 10 })).toMatchObject({ error: 'chat.file_too_large' });
    expect(await readAll(file('name,age\nx,1\n'))).toMatchObject({ error: 'chat.unknown_format' });
    const csv = await readAll(file('id,time,sender,text,reply\nm1,2021-01-01T08:00:00,王阿姨,你好,\n'), {
      format: 'csv',
      mapping: sampleCsvMapping,
    });
    expect(csv.records).toEqual([expect.objectContaining({ sourceKey: 'csv:m1', senderName: '王阿姨' })]);
  });
});

describe('a large export', () => {
  it('is read in bounded memory: 200,000 WhatsApp messages keep the live heap within a few MB', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const path = join(directory, 'large.txt');
    await writeSampleChatExport(path, 'whatsapp-txt', 200_000);
    const opened = await openChatExport(path, { ...options, dateOrder: 'dmy' });
    if (!opened.ok) throw new Error(opened.error.code);
    gc();
    const before = process.memoryUsage().heapUsed;
    let count = 0;
    let batches = 0;
    let peak = 0;
    let largestBatch = 0;
    for await (const batch of opened.value.batches()) {
      count += batch.records.length;
      largestBatch = Math.max(largestBatch, batch.records.length);
      expect(batch.problems).toEqual([]);
      if (++batches % 200 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      }
    }
    expect(count).toBe(200_000);
    // handed over as they come, not a chunk of the file (hundreds of messages) at a time: see batchSize
    expect(largestBatch).toBe(64);
    expect(opened.value.bytes).toBeGreaterThan(15 * 1024 ** 2);
    // Holding every record would take far more than the file's size (about 17 MB) in live heap.
    expect(peak).toBeLessThan(8 * 1024 ** 2);
  }, 120_000);
});
