import { chatHintTemplates } from '@seedbed/core';
import { chatPanelMessagesZh } from './panel-messages';

const hintsIn = (language: 'zh-CN' | 'en') => ({
  unanswered_members: chatHintTemplates['chat.hint.unanswered_members'][language],
  outside_core_quiet: chatHintTemplates['chat.hint.outside_core_quiet'][language],
  one_voice: chatHintTemplates['chat.hint.one_voice'][language],
  density_falling: chatHintTemplates['chat.hint.density_falling'][language],
  marginalised_members: chatHintTemplates['chat.hint.marginalised_members'][language],
  staff_group_quiet: chatHintTemplates['chat.hint.staff_group_quiet'][language],
});

/**
 * The chat trail's views (issue 19): a group's page, an organization's 群聊 section and the street's
 * page. Each metric's definition is here as help text, from core's doc comments in plain words.
 */
const zhCN = {
  chat: {
    hint: hintsIn('zh-CN'),
    unit: { week: '周', month: '个月' },
    groupPage: {
      title: '群聊分析',
      builtByStaff: '这个群是社工代建的：热闹的讨论往往发生在只有成员的群里，这里的互动可能偏少。',
      agreement: '组织同意分析：{{date}}',
      network: '互动网络',
      networkDescription: '每个点是一位成员，线表示谁回应、引用或@了谁，越粗越多。',
      showNames: '显示姓名',
      member: '成员 {{letter}}',
      trends: '变化趋势',
      members: '成员表',
      hints: '辅导提示',
      noHints: '暂时没有需要注意的地方。',
      noMessages: '这段时间没有消息。',
      flagged: '有边缘化趋势',
      flagExplained:
        '中心度从最高 {{peak}} 降到 {{last}}；Mann–Kendall 检验 S = {{s}}，Z = {{z}}，p = {{p}}（p < 0.05 才标记）。',
      links: { senders: '发言人与匹配', imports: '导入记录', edit: '编辑群信息', agreement: '同意记录' },
      staffIn: '社工在群里',
      adoptionStep: '采纳阶段：第 {{step}} 步',
    },
    period: {
      label: '时间',
      months3: '近3个月',
      months6: '近半年',
      year: '近一年',
      custom: '自定',
      from: '从',
      to: '到',
      window: '按',
      week: '周',
      month: '月',
    },
    column: {
      member: '成员',
      group: '群',
      role: '网络位置',
      sent: '发言',
      degree: '联系人数（入/出）',
      strength: '互动次数（入/出）',
      betweenness: '中介度',
      responseShare: '有人回应的比例',
      flag: '提醒',
      window: '时间段',
      messages: '消息',
      speakers: '发言人数',
      density: '关系密度',
      centralization: '中心化程度',
      activeShare: '活跃比例',
      newVoices: '新声音',
      lostVoices: '沉默的声音',
      groups: '群数',
      activeGroups: '有消息的群',
      groupsOnRecord: '登记的群（含未分析）',
      memberCount: '成员（去重）',
      memberships: '成员（按群累计）',
      populationShare: '占街道人口',
      layer: '类型',
      flaggedMembers: '有边缘化趋势的成员',
      headcount: '登记的群人数',
    },
    role: { core: '核心', semi_periphery: '半边缘', periphery: '边缘', silent: '不发言' },
    layer: {
      general: '总群',
      core: '核心群',
      notice: '通知群',
      squad: '分队群',
      chat: '聊天群',
      activists: '骨干管理群',
    },
    help: {
      density: '关系密度：实际有互动的成员对数，占所有可能成员对数的比例（有向）。越高说明群内合作越多。',
      centralization: '中心化程度（Freeman）：互动是否集中在一个人身上，1 表示完全“一言堂”，0 表示人人相当。',
      activeShare: '活跃比例：这段时间发过言的成员占群成员的比例。',
      betweenness: '中介度：别人之间的互动要经过这位成员的程度（不看次数，只看有没有联系）。',
      role: '网络位置：按 k-核划分——核心（在最紧密的圈子里）、半边缘、边缘（发过言但联系少）、不发言。',
      responseShare: '有人回应的比例：这位成员的消息中，被别人引用或紧接着回应的比例。',
      voices: '新声音：第一次发言的成员；沉默的声音：连续 4 周（或 2 个月）不再发言的成员。',
    },
    section: {
      title: '群聊',
      add: '添加一个群',
      empty: '还没有记录这个组织的群。',
      notAnalysed: '未同意分析',
      headcountOn: '{{count}} 人（{{date}}）',
      open: '查看',
    },
    streetPage: {
      title: '街道的群聊',
      topicWords: '话题词典',
      population: '街道人口（社区调查的常住人口合计）：{{population}}',
      populationUnknown: '街道人口未知：社区调查里还没有常住人口数。',
      bridges: '桥梁人物',
      bridgesHelp: '同时在几个组织的群里的人，他们把组织连在一起。',
      bridge: '桥梁 {{number}}',
      places: '连接 {{organizations}} 个组织、{{groups}} 个街道群',
      noBridges: '这段时间没有跨组织的成员。',
      links: '组织之间',
      link: '{{source}} — {{target}}：{{people}} 人',
      groups: '各群',
    },
    panels: chatPanelMessagesZh,
    chartUnavailable: '图表没有加载出来，下面是数字。',
  },
};

/** The zh-CN strings; English is in messages.en.ts, loaded only when chosen. */
export type ChatMessages = typeof zhCN;
export const chatMessagesZh: ChatMessages = zhCN;
export { hintsIn };
