import { bookLabels } from '@seedbed/core';

/**
 * This capability's strings (a team's own cash book 账本), merged into the catalogues by i18n/zh-CN.ts
 * and i18n/en.ts. zh-CN gives the shape; en is typed against it. Plain words for treasurers of 55–75.
 */
const zhCN = {
  books: {
    title: '账本',
    foldSummary: '队里的钱：收入、支出、余额',
    balance: '账上还有',
    empty: '还没有记过账。',
    record: '记一笔',
    statement: '财务公开',
    handover: '财务交接',
    fullBook: '全部账目',
    export: '下载账本（Excel）',
    lastEntries: '最近几笔',
    reversed: '已冲销',
    reversal: '冲销：{{reason}}',
    receipt: '票据',
    direction: bookLabels['zh-CN'].direction,
    source: bookLabels['zh-CN'].source,
    category: bookLabels['zh-CN'].category,
    form: {
      title: '记一笔',
      directionLabel: '是收钱还是花钱？',
      amount: '多少钱（元）',
      amountHint: '比如 12.5',
      amountInvalid: '请写钱数，最多两位小数，比如 12.50',
      sourceLabel: '钱从哪里来？',
      categoryLabel: '钱花在哪里？',
      date: '哪一天',
      note: '备注（可以不写）',
      photo: '拍票据照片（可以不拍）',
      photoChosen: '已选照片：{{name}}',
      save: '记下来',
      saving: '正在保存…',
      saved: '记好了',
      photoFailed: '账记好了，但票据照片没传上去：{{message}}。再按一次只补传照片，不会重复记账。',
    },
    reverse: {
      action: '记错了，冲销',
      reason: '为什么冲销？',
      confirm: '冲销这一笔',
    },
    statementPage: {
      title: '财务公开',
      month: '本月',
      year: '今年',
      opening: '期初',
      income: '收入',
      expense: '支出',
      closing: '期末余额',
      bySource: '收入从哪里来',
      byCategory: '钱花在哪里',
      nothing: '这段时间没有收支。',
    },
    handoverPage: {
      title: '财务交接',
      intro: '交接时双方核对账上的钱。双方都点了“确认”，新的财务才开始管账。',
      to: '交给谁',
      start: '开始交接',
      balance: '交接时账上有 {{amount}}',
      from: '交出：{{name}}',
      incoming: '接手：{{name}}',
      confirmOutgoing: '我是交出的人，钱数对，确认',
      confirmIncoming: '我是接手的人，钱数对，确认',
      confirmed: '已确认',
      waiting: '等待确认',
      done: '交接完成',
      nobody: '（原来没有财务）',
    },
  },
};

/** The zh-CN strings; English is in messages.en.ts, loaded only when chosen. */
export type BooksMessages = typeof zhCN;
export const booksMessagesZh: BooksMessages = zhCN;
