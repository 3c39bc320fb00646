import { open } from 'node:fs/promises';
import type { ChatExportFormat } from '@seedbed/core';

/**
 * A generated export of `count` messages in one format, written in slices (for the bounded-memory test
 * and the parse benchmark): 60 members take turns, one message every 15 seconds from 2020-01-01 08:00
 * Shanghai, with Chinese text, emoji, an @mention on every 7th message and a reply on every 5th.
 * Deterministic: the same count gives the same file.
 */
export type SampleChatFormat = Exclude<ChatExportFormat, never>;
const start = Date.UTC(2020, 0, 1, 0, 0, 0); // 08:00 in Shanghai
const pad = (n: number) => String(n).padStart(2, '0');

function message(i: number) {
  const at = start + i * 15_000;
  const local = new Date(at + 8 * 3_600_000);
  const day = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const member = i % 60;
  const mention = i % 7 === 0 ? `@成员${(member + 1) % 60} ` : '';
  return {
    at,
    day,
    time,
    local,
    member,
    text: `${mention}第${i}条：明天的活动大家都来吗？🌱`,
    replyTo: i % 5 === 0 && i > 0 ? i - 1 : null,
  };
}

function line(format: SampleChatFormat, i: number): string {
  const m = message(i);
  switch (format) {
    case 'wechat-csv':
      return `${i + 1},12,1,0,0,${m.at / 1000},2,${m.text},${m.day} ${m.time},,成员${m.member},wxid_${m.member}\n`;
    case 'wechat-txt':
      return `${m.day} ${m.time} 成员${m.member}\n${m.text}\n\n`;
    case 'wecom-json':
      return `${JSON.stringify({ msgid: `m${i}`, action: 'send', from: `user${m.member}`, tolist: [], roomid: 'wrSample', msgtime: m.at, msgtype: 'text', text: { content: m.text } })}\n`;
    case 'telegram-json':
      return `${i === 0 ? '' : ',\n'}  ${JSON.stringify({ id: i + 1, type: 'message', date: `${m.day}T${m.time}`, date_unixtime: String(m.at / 1000), from: `成员${m.member}`, from_id: `user${m.member}`, ...(m.replyTo === null ? {} : { reply_to_message_id: m.replyTo + 1 }), text: m.text, text_entities: [{ type: 'plain', text: m.text }] })}`;
    case 'whatsapp-txt':
      return `${m.local.getUTCDate()}/${m.local.getUTCMonth() + 1}/${String(m.local.getUTCFullYear()).slice(2)}, ${m.time.slice(0, 5)} - 成员${m.member}: ${m.text}\n`;
    case 'csv':
      return `m${i},${m.day}T${m.time}+08:00,成员${m.member},${m.text},${m.replyTo === null ? '' : `m${m.replyTo}`}\n`;
  }
}

const headers: Record<SampleChatFormat, string> = {
  'wechat-csv':
    '\uFEFFlocalId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\n',
  'wechat-txt': '',
  'wecom-json': '',
  'telegram-json': '{\n "name": "样例群",\n "type": "private_supergroup",\n "id": 1001,\n "messages": [\n',
  'whatsapp-txt': '',
  csv: 'id,time,sender,text,reply\n',
};

/** The mapping that reads the generated generic CSV. */
export const sampleCsvMapping = {
  time: 'time',
  sender: 'sender',
  text: 'text',
  id: 'id',
  replyTo: 'reply',
  timeFormat: 'iso',
};

export async function writeSampleChatExport(path: string, format: SampleChatFormat, count: number): Promise<void> {
  const file = await open(path, 'w');
  try {
    await file.write(headers[format]);
    for (let from = 0; from < count; from += 10_000) {
      let slice = '';
      for (let i = from; i < Math.min(count, from + 10_000); i++) slice += line(format, i);
      await file.write(slice);
    }
    if (format === 'telegram-json') await file.write('\n ]\n}\n');
  } finally {
    await file.close();
  }
}
