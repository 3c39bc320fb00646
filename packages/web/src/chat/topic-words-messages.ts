/**
 * Strings of the street's topic dictionary page 话题词典 (issue 19, "What the group talks about"), merged
 * into the catalogues by i18n/zh-CN-whole.ts and i18n/en.ts. zh-CN gives the shape; en is typed against it.
 */
const zhCN = {
  chatTopicWords: {
    title: '群聊话题词典',
    intro:
      '消息里出现这些词，就算作这一类话题。分析时统计“公共事务”的消息比例，看群里是不是从聊家常、转文章走向了为社区做事。',
    usesDefaults: '本街道还没有自己的词，分析用的是系统默认词典（下面列出）。添加第一个词后，只用本街道的词。',
    category: {
      public: '公共事务',
      greeting: '问候',
      article: '转发文章',
    },
    categoryHelp: {
      public: '助老、环境、议事、志愿……这些是组织走向公益的证据。',
      greeting: '早安、晚安、问好——热闹，但不是公共讨论。',
      article: '美文分享、养生文章、转发链接。',
    },
    defaultWord: '默认',
    none: '这一类还没有词。',
    word: '词',
    wordHint: '一个词，不要空格，最多 20 个字',
    chooseCategory: '属于哪一类',
    add: '添加',
    remove: '删除“{{word}}”',
    removed: '已删除“{{word}}”',
  },
};

export type ChatTopicWordsMessages = typeof zhCN;
export const chatTopicWordsMessagesZh: ChatTopicWordsMessages = zhCN;
