import type { Locale } from '@seedbed/core';

/** The words of a meeting's printed minutes and ballot slips (minutes-pdf.ts), en typed against zh-CN. */
const zhCN = {
  minutes: '会议纪要',
  type: '会议类型',
  day: '日期',
  place: '地点',
  attendees: '参会人',
  attendeeCount: (n: number) => `共 ${n} 人`,
  agenda: '议程',
  motions: '动议',
  amends: '（修正案）',
  votes: '表决',
  decisions: '决定',
  followUps: '跟进事项',
  owner: '负责人',
  due: '期限',
  done: '已完成',
  notDone: '未完成',
  record: '会议记录',
  none: '（无）',
  secret: '不记名',
  open: '记名',
  result: (r: { cast: number; eligible: number; outcome: string }) =>
    `应投 ${r.eligible} 票，实投 ${r.cast} 票；结果：${r.outcome}`,
  stillOpen: '投票还没有结束',
  outcomes: {
    carried: '通过',
    lost: '未通过',
    no_quorum: '不足法定人数',
    chosen: '选出',
    tie: '平票',
    none: '没有选出',
  } as Record<string, string>,
  objections: (n: number) => `反对/保留意见 ${n} 条`,
  motion: { for: '赞成', against: '反对', abstain: '弃权' } as Record<string, string>,
  slipsTitle: '选票',
  slipHint: '用手机扫码投票，每张只能投一次。没有手机的，请在背面写下你的选择交给主持人。',
};

const en: typeof zhCN = {
  minutes: 'Minutes',
  type: 'Type',
  day: 'Date',
  place: 'Place',
  attendees: 'Attendees',
  attendeeCount: (n: number) => `${n} in all`,
  agenda: 'Agenda',
  motions: 'Motions',
  amends: ' (amendment)',
  votes: 'Votes',
  decisions: 'Decisions',
  followUps: 'Follow-ups',
  owner: 'Owner',
  due: 'Due',
  done: 'done',
  notDone: 'not done',
  record: 'Record of the meeting',
  none: '(none)',
  secret: 'secret',
  open: 'open',
  result: (r: { cast: number; eligible: number; outcome: string }) =>
    `${r.cast} of ${r.eligible} eligible voted; outcome: ${r.outcome}`,
  stillOpen: 'voting still open',
  outcomes: {
    carried: 'carried',
    lost: 'lost',
    no_quorum: 'no quorum',
    chosen: 'chosen',
    tie: 'tie',
    none: 'none chosen',
  },
  objections: (n: number) => `${n} objection(s) recorded`,
  motion: { for: 'for', against: 'against', abstain: 'abstain' },
  slipsTitle: 'Ballot slips',
  slipHint: 'Scan with a phone to vote, once. No phone? Write your choice on the back and hand it to the chair.',
};

export function minutesText(locale: Locale): typeof zhCN {
  return locale === 'en' ? en : zhCN;
}
