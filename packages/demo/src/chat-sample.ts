import { chatCast } from './chat-cast';
import { addDays } from './dates';
import { createRandom } from './random';
import type { BaseDemoData } from './rows';

/**
 * The sample exports of the end-to-end journey (issue 19): about four weeks of one demo team's 总群 —
 * the team `chatCast` names `sample`, whose group the demo registers with an agreement but no messages
 * — as WeChatMsg's CSV and as WhatsApp's Chinese-locale text (docs/chat-import.md). Two senders show the
 * names of the team's leader and of one member, so staff can match them; the others are nicknames.
 * There is one quoted reply (the CSV's 49/57; WhatsApp's text export writes no quotes), one @mention, a
 * recall and a join. Dates are fixed and before the tests' "today" (2026-06-30), so the files never
 * read as "in the future". Written to packages/demo/samples/ by packages/cli/src/chat-samples.ts, whose test checks
 * the committed files are what this makes from the demo.
 */
export interface ChatSampleExports {
  organizationName: string;
  /** the two display names that are demo people's names: the leader's, then a member's */
  matchedNames: [string, string];
  wechatCsv: string;
  whatsappTxt: string;
}

interface SampleMessage {
  at: number;
  sender: number;
  kind: 'text' | 'image' | 'sticker' | 'quote' | 'recall' | 'join';
  text: string;
  /** for a quote: the quoted message */
  quoted?: SampleMessage;
  svrid: number;
}

export const chatSampleFirstDay = '2026-05-11';
const days = 30;
const nicknames = ['开心果', '蓝天白云', '静待花开', '小草', '荷塘月色'];
const texts = [
  '早上好，大家早安！',
  '今天天气真好',
  '周六的活动大家记得带水杯',
  '楼道清洁日需要几位志愿者',
  '辛苦了',
  '收到',
  '好的',
  '分享一篇美文：《初夏的风》',
  '垃圾分类宣传单印好了',
  '议事会的议题大家再想想',
  '明天见',
  '👍',
];

export function chatSampleExports(base: BaseDemoData): ChatSampleExports {
  const organization = chatCast(base).sample;
  if (!organization) throw new Error('the demo has no team for the chat sample');
  const members = base.organization_members.filter((m) => m.organization_id === organization.id && m.left_on === null);
  const nameOf = new Map(base.people.map((p) => [p.id, p.name]));
  const leader = members.find((m) => m.role === 'leader');
  const member = members.find((m) => m.role === 'member');
  const matchedNames: [string, string] = [
    nameOf.get(leader?.person_id ?? '') ?? '',
    nameOf.get(member?.person_id ?? '') ?? '',
  ];
  const senders = [...matchedNames, ...nicknames];
  const random = createRandom(2017).fork('chat-sample');
  const start = Date.parse(`${chatSampleFirstDay}T00:00:00+08:00`);

  const messages: SampleMessage[] = [];
  let svrid = 7_310_000_000_000_000;
  const add = (message: Omit<SampleMessage, 'svrid'>) => {
    svrid += random.int(1, 9_999);
    const added = { ...message, svrid };
    messages.push(added);
    return added;
  };
  for (let day = 0; day < days; day += 1) {
    const midnight = start + day * 86_400_000;
    for (let thread = random.int(1, 3); thread > 0; thread -= 1) {
      let at = midnight + random.pick([7, 8, 10, 15, 19, 20, 21]) * 3_600_000 + random.int(0, 3_000) * 1000;
      for (let n = random.int(1, 5); n > 0; n -= 1) {
        const kind = random.chance(0.12) ? 'image' : random.chance(0.06) ? 'sticker' : 'text';
        add({ at, sender: random.int(0, senders.length - 1), kind, text: kind === 'text' ? random.pick(texts) : '' });
        at += random.int(20, 240) * 1000;
      }
    }
  }
  messages.sort((a, b) => a.at - b.at);
  // The join, the @mention, the quoted reply and the recall, each once, on days the journey can see.
  const on = (day: number, hour: number, minute: number) => start + day * 86_400_000 + (hour * 60 + minute) * 60_000;
  add({ at: on(0, 6, 50), sender: 5, kind: 'join', text: `"${senders[0]}"邀请"${senders[5]}"加入了群聊` });
  const question = add({ at: on(3, 20, 1), sender: 1, kind: 'text', text: '周六上午几点集合？' });
  add({ at: on(3, 20, 4), sender: 0, kind: 'quote', text: '九点，在社区活动室门口', quoted: question });
  add({ at: on(3, 20, 6), sender: 2, kind: 'text', text: `@${senders[0]}\u2005收到，我带音箱` });
  add({ at: on(9, 19, 30), sender: 3, kind: 'recall', text: `"${senders[3]}" 撤回了一条消息` });
  messages.sort((a, b) => a.at - b.at);
  return {
    organizationName: organization.name,
    matchedNames,
    wechatCsv: wechatCsvOf(messages, senders),
    whatsappTxt: whatsappTxtOf(messages, senders),
  };
}

const wxidOf = (sender: number) => `wxid_sample${String(sender + 1).padStart(2, '0')}`;
const field = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const local = (at: number) => new Date(at + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

function wechatCsvOf(messages: readonly SampleMessage[], senders: readonly string[]): string {
  const header = 'localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender';
  const rows = messages.map((m, index) => {
    const isSystem = m.kind === 'join' || m.kind === 'recall';
    const [type, subType] = {
      text: [1, 0],
      image: [3, 0],
      sticker: [47, 0],
      quote: [49, 57],
      recall: [10000, 0],
      join: [10000, 0],
    }[m.kind];
    const content =
      m.kind === 'quote' && m.quoted
        ? `<msg><appmsg><title>${m.text}</title><type>57</type><refermsg><type>1</type><svrid>${m.quoted.svrid}</svrid><displayname>${senders[m.quoted.sender]}</displayname><content>${m.quoted.text}</content></refermsg></appmsg></msg>`
        : m.text;
    const sender = isSystem ? ['', '', ''] : ['', senders[m.sender] ?? '', wxidOf(m.sender)];
    return [index + 1, 31, type, subType, 0, Math.floor(m.at / 1000), isSystem ? 4 : 2, content, local(m.at), ...sender]
      .map((cell) => field(String(cell)))
      .join(',');
  });
  return `\uFEFF${[header, ...rows].join('\n')}\n`;
}

function whatsappTxtOf(messages: readonly SampleMessage[], senders: readonly string[]): string {
  const stamp = (at: number) => {
    const [date, time] = local(at).split(' ') as [string, string];
    const [year, month, day] = date.split('-').map(Number);
    const [hour = 0, minute = 0] = time.split(':').map(Number);
    const clock = `${hour < 12 ? '上午' : '下午'}${hour > 12 ? hour - 12 : hour}:${String(minute).padStart(2, '0')}`;
    return `${year}/${month}/${day} ${clock}`;
  };
  const lines = messages.map((m) => {
    const name = senders[m.sender] ?? '';
    if (m.kind === 'join') return `${stamp(m.at)} - ${senders[0]} 添加了 ${name}`;
    const body = {
      text: m.text,
      quote: m.text,
      image: '<媒体文件已省略>',
      sticker: '<媒体文件已省略>',
      recall: '此消息已删除',
      join: '',
    }[m.kind];
    return `${stamp(m.at)} - ${name}: ${body.replace('\u2005', ' ')}`;
  });
  return `${lines.join('\n')}\n`;
}

/** The sample's first and last day, for a test or the journey to choose a period. */
export const chatSamplePeriod = { from: chatSampleFirstDay, to: addDays(chatSampleFirstDay, days - 1) };
