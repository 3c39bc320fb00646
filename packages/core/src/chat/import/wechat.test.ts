import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectLines, sampleOptions, shanghai } from './collect.test-helper';
import { readWechatStrTime, wechatCsvParser } from './wechat-csv';
import { wechatTxtParser } from './wechat-txt';

// A group export as WeChatMsg's CSV exporter writes it: a BOM, the MSG table's columns, the sender's
// note, nickname and wxid last. The quote (49/57) keeps its appmsg XML; 10000 lines are the group's own.
const csv = `\uFEFFlocalId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender
1,12,10000,0,0,1609459200,4,"""王阿姨""邀请""李叔、张姐""加入了群聊",2021-01-01 08:00:00,,,
2,12,1,0,0,1609459260,2,大家早上好🌞,2021-01-01 08:01:00,王阿姨,王秀英,wxid_wang
3,12,1,0,0,1609459320,2,"@王阿姨\u2005明天几点集合？
带不带水杯？",2021-01-01 08:02:00,,李叔,wxid_li
4,12,3,0,0,1609459380,2,,2021-01-01 08:03:00,,张姐,wxid_zhang
5,12,34,0,0,1609459380,2,,2021-01-01 08:03:00,,张姐,wxid_zhang
6,12,49,57,1,1609459440,2,"<msg><appmsg><title>九点，在社区门口</title><type>57</type><refermsg><type>1</type><svrid>7001</svrid><displayname>李叔</displayname><content>明天几点集合？</content></refermsg></appmsg></msg>",2021-01-01 08:04:00,,王秀英,wxid_wang
7,12,10000,0,0,1609459500,4,"""张姐"" 撤回了一条消息",2021-01-01 08:05:00,,,
8,12,47,0,0,1609459560,2,,2021-01-01 08:06:00,,张姐,wxid_zhang
9,12,49,5,0,1609459620,2,"<msg><appmsg><title>垃圾分类新规</title><type>5</type></appmsg></msg>",2021-01-01 08:07:00,,李叔,wxid_li
10,12,10000,0,0,1609459680,4,"你将""张姐""移出了群聊",2021-01-01 08:08:00,,,
11,12,1,0,0,abc,2,时间坏了,2021-13-01 08:09:00,,李叔,wxid_li
12,12,x,0,0,1609459800,2,类型坏了,2021-01-01 08:10:00,,李叔,wxid_li
13,12,1,0,0,1893456000,2,来自未来,2030-01-01 08:00:00,,李叔,wxid_li
`;

describe('the WeChatMsg CSV parser', () => {
  const { records, problems } = collectLines((sink) => wechatCsvParser(sampleOptions, sink), csv);

  it('reads joins per invited member, text with emoji, multi-line text and @mentions', () => {
    expect(records.slice(0, 2).map((record) => [record.kind, record.senderName, record.line])).toEqual([
      ['join', '李叔', 2],
      ['join', '张姐', 2],
    ]);
    expect(records[2]).toMatchObject({
      kind: 'text',
      text: '大家早上好🌞',
      senderKey: 'wxid_wang',
      senderName: '王阿姨',
      senderOtherName: '王秀英',
    });
    expect(records[3]!.senderOtherName).toBeNull();
    expect(records[2]!.sentAt).toBe(shanghai('2021-01-01 08:01:00'));
    expect(records[3]).toMatchObject({
      line: 4,
      text: '@王阿姨\u2005明天几点集合？\n带不带水杯？',
      mentions: ['王阿姨'],
    });
  });

  it('reads media, quotes with the quoted message and author, recalls, links, removals', () => {
    const kinds = records.map((record) => record.kind);
    expect(kinds).toEqual([
      'join',
      'join',
      'text',
      'text',
      'image',
      'voice',
      'text',
      'recall',
      'sticker',
      'link',
      'leave',
    ]);
    const quote = records[6]!;
    expect(quote).toMatchObject({
      text: '九点，在社区门口',
      replyToAuthor: '李叔',
      replyToSourceKey: 'wechat:7001',
      line: 8,
    });
    expect(records[9]!.text).toBe('垃圾分类新规');
    expect(records[10]).toMatchObject({ kind: 'leave', senderName: '张姐', line: 12 });
  });

  it("gives a recall line to the member it names and the group's own lines to no member", () => {
    expect(records[7]).toMatchObject({ kind: 'recall', senderKey: 'name:张姐', senderName: '张姐' });
    const renamed = `localId,Type,CreateTime,StrContent,Sender\n1,10000,1609459200,"""王阿姨""修改群名为""舞蹈队""",\n`;
    const own = collectLines((sink) => wechatCsvParser(sampleOptions, sink), renamed).records;
    expect(own.map((record) => [record.kind, record.senderKey])).toEqual([['system', 'system']]);
  });

  it('reports a broken time, a broken type and a future date with their lines, and emits none of them', () => {
    expect(problems.map((problem) => [problem.line, problem.code])).toEqual([
      [13, 'chat.broken_time'],
      [14, 'chat.wrong_format'],
      [15, 'chat.future_date'],
    ]);
    expect(records.every((record) => record.line < 13)).toBe(true);
  });

  it('keys messages without a server id by a content hash that differs for identical messages in one second', () => {
    expect(records[4]!.sourceKey).toMatch(/^h[0-9a-f]{22}$/);
    const twice = `localId,Type,CreateTime,StrContent,Sender\n1,1,1609459200,好的,a\n2,1,1609459200,好的,a\n`;
    const again = collectLines((sink) => wechatCsvParser(sampleOptions, sink), twice).records;
    expect(new Set(again.map((record) => record.sourceKey)).size).toBe(2);
    const reread = collectLines((sink) => wechatCsvParser(sampleOptions, sink), twice).records;
    expect(reread.map((record) => record.sourceKey)).toEqual(again.map((record) => record.sourceKey));
  });

  it('refuses a file that is no WeChatMsg CSV at its header, once', () => {
    const { problems } = collectLines((sink) => wechatCsvParser(sampleOptions, sink), 'a,b,c\n1,2,3\n4,5,6\n');
    expect(problems).toEqual([expect.objectContaining({ line: 1, code: 'chat.wrong_format' })]);
  });

  it('reports a file cut inside a quoted field as truncated at the record’s first line', () => {
    const cut = 'localId,Type,CreateTime,StrContent,Sender\n1,1,1609459200,"没有写完\n的消息';
    const { records, problems } = collectLines((sink) => wechatCsvParser(sampleOptions, sink), cut);
    expect(records).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ line: 2, code: 'chat.truncated' })]);
  });
});

// WeChatMsg's TXT: "time sender", the content lines, a blank line.
const txt = `2021-01-01 08:00:00 "王阿姨"邀请"李叔"加入了群聊

2021-01-01 08:01:00 王阿姨
大家早上好🌞

2021-01-01 08:02:00 李叔
@王阿姨 明天几点集合？

带不带水杯？

2021-01-01 08:03:00 王阿姨
[图片]

2021-01-01 08:04:00 王阿姨
九点，在社区门口
引用:李叔:明天几点集合？

2021-01-01 08:05:00 系统消息
"李叔" 撤回了一条消息

2021-02-30 08:06:00 李叔
不存在的日子
`;

describe('the WeChatMsg TXT parser', () => {
  const { records, problems } = collectLines((sink) => wechatTxtParser(sampleOptions, sink), `前言一行\n${txt}`);

  it('reads header lines, multi-line content with blank lines, placeholders, quotes, system lines', () => {
    expect(records.map((record) => [record.line, record.kind, record.senderName])).toEqual([
      [2, 'join', '李叔'],
      [4, 'text', '王阿姨'],
      [7, 'text', '李叔'],
      [12, 'image', '王阿姨'],
      [15, 'text', '王阿姨'],
      [19, 'recall', '系统消息'],
    ]);
    expect(records[2]).toMatchObject({ text: '@王阿姨 明天几点集合？\n\n带不带水杯？', mentions: ['王阿姨'] });
    expect(records[4]).toMatchObject({ text: '九点，在社区门口', replyToAuthor: '李叔' });
    expect(records[1]!.sentAt).toBe(shanghai('2021-01-01 08:01:00'));
  });

  it('reports a line before the first message and a day that does not exist', () => {
    expect(problems.map((problem) => [problem.line, problem.code])).toEqual([
      [1, 'chat.unknown_line'],
      [22, 'chat.broken_time'],
    ]);
  });
});

describe("the WeChatMsg CSV exporter's own messages (IsSender 1)", () => {
  // WeChatMsg leaves Sender (and often Remark and NickName) empty on the exporter's own rows.
  const own = `\uFEFFlocalId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender
1,12,1,0,1,1609459200,2,我先到,2021-01-01 08:00:00,,,
2,12,1,0,0,1609459260,2,好的,2021-01-01 08:01:00,,李叔,wxid_li
3,12,1,0,1,1609459320,2,我带水,2021-01-01 08:02:00,,王秀英,
4,12,1,0,1,1609459380,2,我带伞,2021-01-01 08:03:00,我自己,王秀英,
`;

  it('are one sender under one key, however many of the name columns each row fills', () => {
    const { records } = collectLines((sink) => wechatCsvParser(sampleOptions, sink), own);
    const mine = records.filter((record) => record.text?.startsWith('我'));
    expect(mine.map((record) => record.senderKey)).toEqual(['self', 'self', 'self']);
    expect(records.find((record) => record.text === '好的')?.senderKey).toBe('wxid_li');
  });

  it('keep the same source keys when the same export is read again', () => {
    const first = collectLines((sink) => wechatCsvParser(sampleOptions, sink), own).records;
    const again = collectLines((sink) => wechatCsvParser(sampleOptions, sink), own).records;
    expect(again.map((record) => record.sourceKey)).toEqual(first.map((record) => record.sourceKey));
    expect(new Set(first.map((record) => record.sourceKey)).size).toBe(first.length);
  });
});

describe('StrTime read by hand', () => {
  // The patterns the hand reader replaced: it must read exactly what they read.
  const strTime = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
  const header = /^(\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}(?::\d{2})?)(?: (.*))?$/;
  const timeLike = fc.stringMatching(
    /^[ 0-9T:-]{0,6}\d{4}-\d{1,3}-\d{1,3}[ T:]\d{1,3}:\d{1,3}(:\d{0,3})?[ 张a:]{0,3}$/,
  );
  const anyText = fc.oneof(timeLike, fc.string({ maxLength: 30 }), fc.stringMatching(/^[0-9 :T-]{0,24}$/));

  it('reads a StrTime as the pattern did, and nothing else', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const match = strTime.exec(text.trim());
        const expected = match && {
          year: Number(match[1]),
          month: Number(match[2]),
          day: Number(match[3]),
          hour: Number(match[4]),
          minute: Number(match[5]),
          second: Number(match[6] ?? 0),
        };
        const read = readWechatStrTime(text);
        expect(read && { ...read, end: undefined }).toEqual(expected && { ...expected, end: undefined });
      }),
      { numRuns: 2_000 },
    );
  });

  it('takes a TXT header line as the pattern did: a message begins, or the line is no header', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { records, problems } = collectLines((sink) => wechatTxtParser(sampleOptions, sink), `${text}\n正文\n`);
        const unknown = problems.filter((problem) => problem.code === 'chat.unknown_line');
        // a header makes 正文 its content; any other line leaves both lines outside a message
        if (header.exec(text)) expect(unknown).toEqual([]);
        else expect([records, unknown.at(-1)?.line]).toEqual([[], 2]);
      }),
      { numRuns: 1_000 },
    );
  });
});
