import {
  type ChatImportProblem,
  type ChatImportRecord,
  type ChatImportSink,
  type ChatLineParser,
  detectChatExport,
  wechatCsvParser,
  whatsAppParser,
} from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { chatCast } from './chat-cast';
import { chatSampleExports, chatSamplePeriod } from './chat-sample';
import { generateDemo } from './index';

const demo = generateDemo({ seed: 20171, today: '2026-06-30' });
const samples = chatSampleExports(demo);
/** The tests' "now" (tests/support/template.ts): the journey imports the samples then. */
const now = Date.parse('2026-06-30T10:00:00+08:00');

function parse(make: (sink: ChatImportSink) => ChatLineParser, text: string) {
  const records: ChatImportRecord[] = [];
  const problems: ChatImportProblem[] = [];
  const parser = make({ record: (r) => records.push(r), problem: (p) => problems.push(p) });
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const [index, line] of lines.entries()) parser.line(line, index + 1);
  parser.end(lines.length);
  return { records, problems };
}

describe('the journey’s sample exports', { timeout: 30_000 }, () => {
  it('name the leader and a member of the team whose group the demo registered without messages', () => {
    const team = chatCast(demo).sample;
    const group = demo.chat_groups.find((g) => g.organization_id === team?.id);
    expect(group && demo.chat_messages.some((m) => m.group_id === group.id)).toBe(false);
    const members = demo.organization_members.filter((m) => m.organization_id === team?.id && m.left_on === null);
    const names = new Set(members.map((m) => demo.people.find((p) => p.id === m.person_id)?.name));
    expect(samples.matchedNames.every((name) => names.has(name))).toBe(true);
    // The names do not depend on the day the demo is loaded (npm start loads it as of the real today).
    const later = chatSampleExports(generateDemo({ seed: 20171, today: '2026-12-06', size: 'full' }));
    expect(later.wechatCsv).toBe(samples.wechatCsv);
  });

  it('parse as WeChatMsg CSV: ~200 messages, the two names, a reply, an @mention, a recall and a join, none in the future', () => {
    expect(detectChatExport(samples.wechatCsv.slice(0, 4000))).toEqual({ detection: { format: 'wechat-csv' } });
    const { records, problems } = parse(
      (sink) => wechatCsvParser({ now, groupKey: 'sample' }, sink),
      samples.wechatCsv,
    );
    expect(problems).toEqual([]);
    expect(records.length).toBeGreaterThan(150);
    expect(records.length).toBeLessThan(260);
    const names = new Set(records.map((r) => r.senderName));
    for (const name of samples.matchedNames) expect(names.has(name)).toBe(true);
    expect(records.filter((r) => r.replyToAuthor === samples.matchedNames[1])).toHaveLength(1);
    expect(records.filter((r) => r.mentions.includes(samples.matchedNames[0]))).toHaveLength(1);
    expect(records.filter((r) => r.kind === 'recall')).toHaveLength(1);
    expect(records.filter((r) => r.kind === 'join')).toHaveLength(1);
    const first = Date.parse(`${chatSamplePeriod.from}T00:00:00+08:00`);
    const last = Date.parse(`${chatSamplePeriod.to}T24:00:00+08:00`);
    expect(records.every((r) => r.sentAt >= first && r.sentAt < last && r.sentAt < now)).toBe(true);
    expect(new Set(records.map((r) => r.sourceKey)).size).toBe(records.length);
  });

  it('parse as WhatsApp text with the same messages at the same minutes', () => {
    expect(detectChatExport(samples.whatsappTxt.slice(0, 4000))).toMatchObject({
      detection: { format: 'whatsapp-txt' },
    });
    const csv = parse((sink) => wechatCsvParser({ now, groupKey: 'sample' }, sink), samples.wechatCsv).records;
    const { records, problems } = parse(
      (sink) => whatsAppParser({ now, groupKey: 'sample' }, sink),
      samples.whatsappTxt,
    );
    expect(problems).toEqual([]);
    // WeChat writes a recall as the group's system line, WhatsApp as the sender's message.
    const minutes = (list: ChatImportRecord[]) =>
      list.map((r) => [Math.floor(r.sentAt / 60_000), r.kind === 'recall' ? 'recall' : r.senderName]);
    expect(minutes(records)).toEqual(minutes(csv));
    expect(records.filter((r) => r.mentions.includes(samples.matchedNames[0]))).toHaveLength(1);
    expect(records.filter((r) => r.kind === 'recall')).toHaveLength(1);
    expect(records.filter((r) => r.kind === 'join')).toHaveLength(1);
  });
});
