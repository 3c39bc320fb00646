import type { Locale } from '@seedbed/core';

/**
 * The words of a meeting's public summary page /m/{code} (meeting-summary-page.ts), in both
 * languages. zh-CN gives the shape; en is typed against it. Error messages come from core's catalogue.
 */
const zhCN = {
  title: '会议公开摘要',
  back: '回到会议摘要',
  unknownHint: '请检查链接是否完整；会议摘要可能还没有分享，可以问问会议主持人。',
  place: '地点：{place}',
  organizer: '召集：{name}',
  attendees: '参会 {n} 人',
  summary: '会议概要',
  agenda: '议程',
  decisions: '决定',
  followUps: '跟进事项',
  owner: '负责人：{name}',
  ownerRole: '已有负责人',
  due: '期限：{date}',
  done: '已完成',
  open: '进行中',
  none: '（无）',
  privacy: '这一页不显示任何居民的姓名。',
};

type MeetingSummaryPageText = typeof zhCN;

const en: MeetingSummaryPageText = {
  title: 'Meeting summary',
  back: 'Back to the meeting summary',
  unknownHint: 'Check that the link is whole; the summary may not be shared yet — ask the chair.',
  place: 'Place: {place}',
  organizer: 'Convened by {name}',
  attendees: '{n} attended',
  summary: 'Summary',
  agenda: 'Agenda',
  decisions: 'Decisions',
  followUps: 'Follow-ups',
  owner: 'Owner: {name}',
  ownerRole: 'Has an owner',
  due: 'Due {date}',
  done: 'Done',
  open: 'Under way',
  none: '(none)',
  privacy: 'This page shows no resident’s name.',
};

export function meetingSummaryPageText(locale: Locale): MeetingSummaryPageText {
  return locale === 'en' ? en : zhCN;
}
