import { describe, expect, it } from 'vitest';
import { collectLines, collectObjects, sampleOptions, shanghai } from './collect.test-helper';
import { interactionRecordOf } from './record';
import { telegramMessageParser } from './telegram';
import { wecomGroupMembers, wecomJsonLinesParser, wecomMessageParser } from './wecom';

// Decrypted 会话内容存档 messages, one per line, as the archive SDK's DecryptData returns them.
const wecom = [
  '{"msgid":"CAQQluDa4QUY0On2rYSAgAMgzPrShAE=","action":"send","from":"wangxiuying","tolist":["lishu","zhangjie"],"roomid":"wrAbc123","msgtime":1609459260000,"msgtype":"text","text":{"content":"大家早上好🌞 @李叔 明天见"}}',
  '{"msgid":"m2","action":"send","from":"lishu","tolist":["wangxiuying"],"roomid":"wrAbc123","msgtime":1609459320000,"msgtype":"image","image":{"md5sum":"50de8e5ae8ffe4f1df7a93841f71993a","filesize":70961,"sdkfileid":"CtYBMzA2OTAy"}}',
  '{"msgid":"m3","action":"recall","from":"lishu","tolist":["wangxiuying"],"roomid":"wrAbc123","msgtime":1609459380000,"msgtype":"revoke","revoke":{"pre_msgid":"m2"}}',
  '{"msgid":"m4","action":"switch","time":1609459400000,"user":"lishu"}',
  '{"msgid":"m5","action":"send","from":"lishu","tolist":["zhou"],"roomid":"","msgtime":1609459440000,"msgtype":"text","text":{"content":"私聊不该导入"}}',
  '',
  '{"msgid":"m6","action":"send","from":"zhangjie","tolist":[],"roomid":"wrAbc123","msgtime":"yesterday","msgtype":"text","text":{"content":"坏时间"}}',
  '{"msgid":"m7","action":"send","from":"zhangjie","tolist":[],"roomid":"wrAbc123","msgtime":1609459500000,"msgtype":"emotion","emotion":{"type":1}}',
  '{"msgid":"m8","action":"send","from":"zhangjie","roomid":"wrAbc1',
].join('\n');

describe('the WeCom archive parser', () => {
  it('reads the group’s messages with ids, kinds, recalls and mentions; leaves out other chats, counted', () => {
    const { records, problems } = collectLines((sink) => wecomJsonLinesParser(sampleOptions, sink), wecom);
    expect(records.map((record) => [record.line, record.sourceKey, record.kind, record.senderKey])).toEqual([
      [1, 'wecom:CAQQluDa4QUY0On2rYSAgAMgzPrShAE=', 'text', 'wangxiuying'],
      [2, 'wecom:m2', 'image', 'lishu'],
      [3, 'wecom:m3', 'recall', 'lishu'],
      [8, 'wecom:m7', 'sticker', 'zhangjie'],
    ]);
    expect(records[0]).toMatchObject({ mentions: ['李叔'], sentAt: 1609459260000 });
    expect(records[2]).toMatchObject({ replyToSourceKey: 'wecom:m2', text: null });
    expect(problems.map((problem) => [problem.line, problem.code])).toEqual([
      [7, 'chat.broken_time'],
      [9, 'chat.wrong_format'],
      [5, 'chat.other_group'],
    ]);
  });

  it('takes the chosen room only, from an array as from lines', () => {
    const values = wecom
      .split('\n')
      .slice(0, 3)
      .map((line) => JSON.parse(line));
    const { records, problems } = collectObjects(
      (sink) => wecomMessageParser({ ...sampleOptions, roomId: 'wrOther' }, sink),
      values,
    );
    expect(records).toEqual([]);
    expect(problems).toEqual([{ line: 1, code: 'chat.other_group', detail: '3' }]);
  });

  it('reads join times from either member-list answer', () => {
    const external = {
      errcode: 0,
      group_chat: {
        chat_id: 'wrAbc123',
        name: '幸福里花友会',
        member_list: [
          { userid: 'wangxiuying', type: 1, join_time: 1572505491, group_nickname: '王阿姨', name: '王秀英' },
          { userid: 'wmLiShu', type: 2, join_time: 1572505600, name: '李叔' },
        ],
      },
    };
    expect(wecomGroupMembers(external)).toEqual({
      roomId: 'wrAbc123',
      name: '幸福里花友会',
      members: [
        { senderKey: 'wangxiuying', displayName: '王阿姨', joinedAt: 1572505491000, otherNames: ['王秀英', '王阿姨'] },
        { senderKey: 'wmLiShu', displayName: '李叔', joinedAt: 1572505600000, otherNames: ['李叔'] },
      ],
    });
    const internal = { roomname: '核心群', members: [{ memberid: 'lishu', jointime: 1554119421 }] };
    expect(wecomGroupMembers(internal)?.members).toEqual([
      { senderKey: 'lishu', displayName: 'lishu', joinedAt: 1554119421000 },
    ]);
    expect(wecomGroupMembers([1, 2])).toBeNull();
  });
});

// messages[] of a Telegram Desktop result.json (a private supergroup), as tdesktop writes them.
const telegram = [
  {
    id: 1,
    type: 'service',
    date: '2021-01-01T08:00:00',
    date_unixtime: '1609459200',
    actor: 'Wang',
    actor_id: 'user101',
    action: 'create_group',
    title: '花友会',
    members: ['Wang'],
    text: '',
    text_entities: [],
  },
  {
    id: 2,
    type: 'service',
    date: '2021-01-01T08:00:30',
    date_unixtime: '1609459230',
    actor: 'Wang',
    actor_id: 'user101',
    action: 'invite_members',
    members: ['Li Shu', 'Zhang'],
    text: '',
    text_entities: [],
  },
  {
    id: 3,
    type: 'message',
    date: '2021-01-01T08:01:00',
    date_unixtime: '1609459260',
    from: 'Wang',
    from_id: 'user101',
    text: '大家早上好🌞',
    text_entities: [{ type: 'plain', text: '大家早上好🌞' }],
  },
  {
    id: 4,
    type: 'message',
    date: '2021-01-01T08:02:00',
    date_unixtime: '1609459320',
    from: 'Li Shu',
    from_id: 'user102',
    reply_to_message_id: 3,
    text: [
      { type: 'mention', text: '@wang_ayi' },
      ' 明天几点？\n带水杯吗',
      { type: 'mention_name', text: 'Zhang', user_id: 103 },
    ],
  },
  {
    id: 5,
    type: 'message',
    date: '2021-01-01T08:03:00',
    date_unixtime: '1609459380',
    from: 'Zhang',
    from_id: 'user103',
    photo: 'photos/photo_1@01-01-2021_08-03-00.jpg',
    width: 1280,
    height: 960,
    text: '',
  },
  {
    id: 6,
    type: 'message',
    date: '2021-01-01T08:04:00',
    date_unixtime: '1609459440',
    from: 'Zhang',
    from_id: 'user103',
    file: 'voice_messages/audio_1.ogg',
    media_type: 'voice_message',
    duration_seconds: 4,
    text: '',
  },
  {
    id: 7,
    type: 'message',
    date: '2021-01-01T08:05:00',
    from: null,
    from_id: 'user104',
    text: 'from a deleted account, local time only',
  },
  {
    id: 8,
    type: 'service',
    date: '2021-01-01T08:06:00',
    date_unixtime: '1609459560',
    actor: 'Zhang',
    actor_id: 'user103',
    action: 'remove_members',
    members: ['Zhang'],
    text: '',
  },
  { id: 9, type: 'message', date: 'yesterday', from: 'Wang', from_id: 'user101', text: 'x' },
  { type: 'message', text: 'no id' },
  { id: 11, type: 'message', date_unixtime: '1924992000', from: 'Wang', from_id: 'user101', text: '2031' },
];

describe('the Telegram result.json parser', () => {
  const { records, problems } = collectObjects((sink) => telegramMessageParser(sampleOptions, sink), telegram);

  it('reads service joins and leaves per member, replies, mention entities, photos and voice', () => {
    expect(records.map((record) => [record.sourceKey, record.kind, record.senderKey])).toEqual([
      ['telegram:1', 'system', 'user101'],
      ['telegram:2:0', 'join', 'name:Li Shu'],
      ['telegram:2:1', 'join', 'name:Zhang'],
      ['telegram:3', 'text', 'user101'],
      ['telegram:4', 'text', 'user102'],
      ['telegram:5', 'image', 'user103'],
      ['telegram:6', 'voice', 'user103'],
      ['telegram:7', 'text', 'user104'],
      ['telegram:8:0', 'leave', 'user103'],
    ]);
    expect(records[4]).toMatchObject({
      text: '@wang_ayi 明天几点？\n带水杯吗Zhang',
      mentions: ['wang_ayi', 'Zhang'],
      replyToSourceKey: 'telegram:3',
    });
    expect(records[7]).toMatchObject({ senderName: 'Deleted Account', sentAt: shanghai('2021-01-01 08:05:00') });
    expect(interactionRecordOf(records[4]!)).toEqual({
      id: 'telegram:4',
      sender: 'user102',
      sentAt: 1609459320000,
      quotedMessageId: 'telegram:3',
      quotedSender: null,
      mentions: ['wang_ayi', 'Zhang'],
    });
  });

  it('reports a broken date, a message without an id and one after "now" by their position', () => {
    expect(problems.map((problem) => [problem.line, problem.code])).toEqual([
      [9, 'chat.broken_time'],
      [10, 'chat.wrong_format'],
      [11, 'chat.future_date'],
    ]);
  });
});

describe('types the parsers do not know', () => {
  it('read as "other", even when named like a property every object has', () => {
    const wecomLines = ['constructor', 'toString', '__proto__', 'hasOwnProperty']
      .map((msgtype, i) =>
        JSON.stringify({ msgid: `x${i}`, action: 'send', from: 'u', roomid: 'r', msgtime: 1609459200000, msgtype }),
      )
      .join('\n');
    const wecom = collectLines((sink) => wecomJsonLinesParser(sampleOptions, sink), wecomLines);
    expect(wecom.records.map((record) => [record.kind, record.text])).toEqual(Array(4).fill(['other', null]));
    const telegram = collectObjects(
      (sink) => telegramMessageParser(sampleOptions, sink),
      ['constructor', 'valueOf'].map((media_type, i) => ({
        id: i + 1,
        type: 'message',
        date_unixtime: '1609459200',
        from: 'Wang',
        media_type,
        text: '',
      })),
    );
    expect(telegram.records.map((record) => record.kind)).toEqual(['other', 'other']);
  });
});
