import { deliberationLabels } from '@seedbed/core';
import { deliberationRecordMessagesZh } from './messages-record';
import { deliberationVoteMessagesZh } from './vote-messages';

/**
 * This capability's strings (meetings and votes 议事协商), merged into the catalogues by i18n/zh-CN.ts
 * and i18n/en.ts. zh-CN gives the shape; en is typed against it.
 */
const zhCN = {
  deliberation: {
    ...deliberationVoteMessagesZh,
    nav: '议事',
    title: '议事协商',
    intro: '会议、表决和会议纪要。',
    empty: '还没有会议。',
    type: deliberationLabels['zh-CN'].type,
    rule: deliberationLabels['zh-CN'].rule,
    ...deliberationRecordMessagesZh,
    meeting: {
      place: '地点：{{place}}',
      agenda: '议程',
      attendees: '参会人（{{count}} 人）',
      child: '未成年人，监护人已同意',
      motions: '动议',
      amendment: '修正案',
      decisions: '决定',
      followUps: '跟进事项',
      owner: '负责人：{{name}}',
      due: '期限：{{date}}',
      done: '已完成',
      markDone: '标为完成',
      minutes: '会议记录',
      noMinutes: '还没有写会议记录。',
      printMinutes: '打印会议纪要（PDF）',
      none: '（无）',
    },
    vote: {
      title: '表决',
      secret: '不记名',
      open: '记名',
      used: '已投 {{used}} / {{eligible}} 票',
      paper: '纸质票 {{ballots}} 张',
      printSlips: '打印选票（PDF）',
      close: '结束投票，计票',
      closing: '正在计票…',
      stillOpen: '投票中',
      cast: '实投 {{cast}} 票，应投 {{eligible}} 票，法定人数 {{quorum}}%（{{met}}）',
      quorumMet: '够了',
      quorumNotMet: '不够',
      objections: '反对/保留意见 {{count}} 条',
      outcome: {
        carried: '通过',
        lost: '未通过',
        no_quorum: '不足法定人数，不作决定',
        chosen: '选出',
        tie: '平票',
        none: '没有选出',
      } as Record<string, string>,
      choice: { for: '赞成', against: '反对', abstain: '弃权' } as Record<string, string>,
      ballots: '记名投票',
    },
    proposalVotes: {
      countOnly: '{{question}}：得 {{count}} 票，共 {{cast}} 票',
      title: '议事会投票',
      line: '{{meeting}}（{{date}}）：得 {{count}} 票，共 {{cast}} 票',
      leads: '得票最多',
    },
  },
};

/** The zh-CN strings; English is in messages.en.ts, loaded only when chosen. */
export type DeliberationMessages = typeof zhCN;
export const deliberationMessagesZh: DeliberationMessages = zhCN;
