import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectLines, sampleOptions, shanghai } from './collect.test-helper';
import { detectChatExport } from './detect';
import { csvTimeReader, genericCsvParser } from './generic-csv';
import { whatsAppDateOrder, whatsAppParser } from './whatsapp';

const android = `12/31/20, 9:05 PM - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
12/31/20, 9:05 PM - Wang created group "Garden club"
12/31/20, 9:06 PM - Wang added Li Shu and Zhang
12/31/20, 9:07 PM - Li Shu: Happy new year 🎉
see you all
tomorrow
12/31/20, 9:08 PM - Zhang: <Media omitted>
12/31/20, 9:09 PM - Zhang: This message was deleted
12/31/20, 9:10 PM - Li Shu: @Wang what time?
12/31/20, 12:15 AM - Wang: after midnight
1/1/21, 12:30 PM - Zhang left
13/31/20, 9:11 PM - Wang: no such month
`;

describe('the WhatsApp parser', () => {
  it('reads Android lines: 12-hour clock, continuation lines, media, deletions, mentions, system lines', () => {
    const { records, problems } = collectLines(
      (sink) => whatsAppParser({ ...sampleOptions, dateOrder: 'mdy' }, sink),
      android,
    );
    expect(records.map((record) => [record.line, record.kind, record.senderName])).toEqual([
      [1, 'system', ''],
      [2, 'system', ''],
      [3, 'join', 'Li Shu'],
      [3, 'join', 'Zhang'],
      [4, 'text', 'Li Shu'],
      [7, 'other', 'Zhang'],
      [8, 'recall', 'Zhang'],
      [9, 'text', 'Li Shu'],
      [10, 'text', 'Wang'],
      [11, 'leave', 'Zhang'],
    ]);
    expect(records[4]).toMatchObject({
      text: 'Happy new year 🎉\nsee you all\ntomorrow',
      sentAt: shanghai('2020-12-31 21:07:00'),
    });
    expect(records[7]!.mentions).toEqual(['Wang']);
    expect(records[8]!.sentAt).toBe(shanghai('2020-12-31 00:15:00'));
    expect(records[9]!.sentAt).toBe(shanghai('2021-01-01 12:30:00'));
    expect(problems).toEqual([expect.objectContaining({ line: 12, code: 'chat.broken_time' })]);
  });

  it('reads iOS lines with seconds, U+200E system lines and attachments', () => {
    const ios = `[31/12/2020, 21:05:03] Garden club: \u200eMessages and calls are end-to-end encrypted.
[31/12/2020, 21:06:00] Garden club: \u200eWang added Li Shu
[31/12/2020, 21:07:10] Li Shu: \u200eimage omitted
[31/12/2020, 21:07:11] Li Shu: \u200e<attached: 00000012-PHOTO-2020-12-31-21-07-11.jpg>
[31/12/2020, 21:08:00] Wang: 好的👌`;
    const { records, problems } = collectLines((sink) => whatsAppParser(sampleOptions, sink), ios);
    expect(records.map((record) => record.kind)).toEqual(['system', 'join', 'image', 'image', 'text']);
    expect(records[4]!.sentAt).toBe(shanghai('2020-12-31 21:08:00'));
    expect(problems).toEqual([]);
  });

  it('reads Chinese-locale lines with 上午/下午 and <附件：…> placeholders, 24-hour lines, and Chinese system lines', () => {
    const chinese = `2020/12/31 下午9:05 - 王阿姨: 大家新年好
2020/12/31 下午9:06 - 王阿姨 添加了 李叔、张姐
[2020/12/31 21:07:00] 李叔: <附件：00000013-VIDEO-2020-12-31-21-07-00.mp4>
2020/12/31 上午12:10 - 张姐: 半夜
2021/1/1 08:00 - 张姐 已退出
2021/1/1 晚上12:20 - 李叔: 还没睡
2021/1/1 中午12:30 - 李叔: 吃饭了`;
    const { records } = collectLines((sink) => whatsAppParser(sampleOptions, sink), chinese);
    expect(records.map((record) => [record.kind, record.senderName])).toEqual([
      ['text', '王阿姨'],
      ['join', '李叔'],
      ['join', '张姐'],
      ['video', '李叔'],
      ['text', '张姐'],
      ['leave', '张姐'],
      ['text', '李叔'],
      ['text', '李叔'],
    ]);
    expect(records[0]!.sentAt).toBe(shanghai('2020-12-31 21:05:00'));
    expect(records[4]!.sentAt).toBe(shanghai('2020-12-31 00:10:00'));
    expect(records[6]!.sentAt).toBe(shanghai('2021-01-01 00:20:00'));
    expect(records[7]!.sentAt).toBe(shanghai('2021-01-01 12:30:00'));
  });

  it('infers the day/month order from a field over 12, and reports lines before the first message', () => {
    expect(whatsAppDateOrder(['1/2/21, 9:00 - a: b', '13/2/21, 9:00 - a: b'])).toBe('dmy');
    expect(whatsAppDateOrder(['1/2/21, 9:00 - a: b', '2/13/21, 9:00 - a: b'])).toBe('mdy');
    expect(whatsAppDateOrder(['1/2/21, 9:00 - a: b'])).toBeNull();
    const { problems } = collectLines((sink) => whatsAppParser(sampleOptions, sink), 'hello\n');
    expect(problems).toEqual([{ line: 1, code: 'chat.unknown_line', detail: 'hello' }]);
  });
});

describe('the generic CSV time reader', () => {
  it('refuses an impossible ISO date with or without an offset, instead of rolling it over', () => {
    const read = csvTimeReader('iso')!;
    expect(read('2021-02-30T10:00:00+08:00')).toBeNull();
    expect(read('2021-02-28T10:00:00+08:00')).toEqual({ instant: Date.parse('2021-02-28T02:00:00Z') });
  });
});

describe('the generic CSV parser', () => {
  const mapping = {
    time: '时间',
    sender: '昵称',
    text: '内容',
    id: '编号',
    replyTo: '回复',
    timeFormat: 'YYYY/M/D H:mm',
  };
  it('reads mapped columns, ids and replies, and reports broken rows by line', () => {
    const text = `编号,时间,昵称,内容,回复
1,2021/1/1 8:01,王阿姨,"大家好，
新年快乐",
2,2021/1/1 8:02,李叔,@王阿姨 同乐,1
3,2021/1/32 8:03,李叔,坏日期,
4,2021/1/1
`;
    const { records, problems } = collectLines((sink) => genericCsvParser({ ...sampleOptions, mapping }, sink), text);
    expect(records).toEqual([
      expect.objectContaining({
        line: 2,
        sourceKey: 'csv:1',
        text: '大家好，\n新年快乐',
        sentAt: shanghai('2021-01-01 08:01:00'),
      }),
      expect.objectContaining({
        line: 4,
        sourceKey: 'csv:2',
        replyToSourceKey: 'csv:1',
        mentions: ['王阿姨'],
        senderKey: 'name:李叔',
      }),
    ]);
    expect(problems.map((problem) => [problem.line, problem.code])).toEqual([
      [5, 'chat.broken_time'],
      [6, 'chat.wrong_format'],
    ]);
  });

  it('refuses a mapping naming a column the file lacks, at the header', () => {
    const { records, problems } = collectLines(
      (sink) => genericCsvParser({ ...sampleOptions, mapping }, sink),
      'a,b\n1,2\n',
    );
    expect(records).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 1, code: 'chat.wrong_format' });
  });

  it('reads any wall-clock time a pattern writes back (property)', () => {
    const reader = csvTimeReader('DD.MM.YYYY HH:mm:ss')!;
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1971-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          const pad = (n: number) => String(n).padStart(2, '0');
          const text = `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
          const read = reader(text);
          expect(
            read &&
              'clock' in read &&
              Date.UTC(
                read.clock.year,
                read.clock.month - 1,
                read.clock.day,
                read.clock.hour,
                read.clock.minute,
                read.clock.second,
              ),
          ).toBe(Math.floor(date.getTime() / 1000) * 1000);
        },
      ),
    );
    expect(csvTimeReader('unix-seconds')!('1609459200')).toEqual({ instant: 1609459200000 });
    expect(csvTimeReader('iso')!('2021-01-01T00:00:00Z')).toEqual({ instant: Date.UTC(2021, 0, 1) });
  });
});

describe('format detection', () => {
  it('names each format from its first lines, and a clear problem for anything else', () => {
    const detect = (text: string) => {
      const found = detectChatExport(text);
      return 'detection' in found ? found.detection.format : found.problem.code;
    };
    expect(
      detect(
        '{\n "name": "花友会",\n "type": "private_supergroup",\n "id": 1,\n "messages": [\n  {\n   "id": 1,\n   "type": "service",',
      ),
    ).toBe('telegram-json');
    expect(detect('{"msgid":"a","action":"send","from":"x","msgtime":1}')).toBe('wecom-json');
    expect(detectChatExport('[{"msgid":"a","msgtime":1}')).toEqual({
      detection: { format: 'wecom-json', isArray: true },
    });
    expect(
      detect(
        '\uFEFFlocalId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\n',
      ),
    ).toBe('wechat-csv');
    expect(detect('2021-01-01 08:01:00 王阿姨\n大家好\n')).toBe('wechat-txt');
    expect(detectChatExport('31/12/20, 21:05 - a: b\n')).toEqual({
      detection: { format: 'whatsapp-txt', dateOrder: 'dmy' },
    });
    expect(detectChatExport('name,age\nx,1\n')).toEqual({
      problem: { line: 1, code: 'chat.unknown_format', detail: 'name,age' },
    });
  });
});
