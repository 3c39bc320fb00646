/** The dictionary's categories (chat_topic_words.category); a message matching none is of class `other`. */
export const topicCategories = ['public', 'greeting', 'article'] as const;
export type TopicCategory = (typeof topicCategories)[number];

export type TopicDictionary = { readonly [category in TopicCategory]: readonly string[] };

/**
 * The dictionary a street starts with (a street's own words in chat_topic_words replace it once it edits
 * them). Public matters follow the kinds of self-organization and the public issues the seeds name
 * (助老, 环保, 垃圾分类, 加装电梯, 议事会, 志愿服务…); greetings the morning/evening messages and festival
 * wishes that fill elderly groups; articles the shared-post vocabulary.
 */
export const defaultTopicDictionary: TopicDictionary = {
  public: [
    '助老',
    '养老',
    '敬老',
    '独居老人',
    '空巢老人',
    '老人',
    '助残',
    '环境',
    '环保',
    '卫生',
    '垃圾分类',
    '垃圾',
    '绿化',
    '停车',
    '楼道',
    '堆物',
    '加装电梯',
    '电梯',
    '议事',
    '协商',
    '提案',
    '投票',
    '居民公约',
    '志愿',
    '志愿者',
    '公益',
    '服务',
    '互助',
    '邻里',
    '巡逻',
    '安全',
    '消防',
    '防疫',
    '社区',
    '居委会',
    '物业',
    '业委会',
    '维修',
    '儿童',
    '儿童议事会',
    '四点半课堂',
    '义诊',
    '义剪',
    '探访',
    '慰问',
    '捐赠',
    '募捐',
    '众筹',
    '活动报告',
    '签到',
    '通知',
    '开会',
    '会议',
  ],
  greeting: [
    '早安',
    '早上好',
    '早晨好',
    '午安',
    '中午好',
    '下午好',
    '晚安',
    '晚上好',
    '问好',
    '问候',
    '大家好',
    '你好',
    '您好',
    '吉祥',
    '如意',
    '快乐',
    '节日快乐',
    '新年快乐',
    '春节快乐',
    '中秋快乐',
    '生日快乐',
    '祝福',
    '平安',
    '健康长寿',
    '身体健康',
    '开心',
    '周末愉快',
  ],
  article: [
    '美文',
    '分享',
    '转发',
    '转载',
    '链接',
    '文章',
    '好文',
    '推荐阅读',
    '公众号',
    '养生',
    '视频号',
    '抖音',
    '点击',
    '阅读原文',
    '收藏',
    'http',
    'https',
    'www',
  ],
};

/** A dictionary from a street's rows (chat_topic_words): words trimmed and de-duplicated per category. */
export function topicDictionaryOf(entries: Iterable<{ word: string; category: TopicCategory }>): TopicDictionary {
  const words: { [category in TopicCategory]: Set<string> } = {
    public: new Set(),
    greeting: new Set(),
    article: new Set(),
  };
  for (const entry of entries) {
    const word = entry.word.trim();
    if (word.length > 0) words[entry.category].add(word);
  }
  return { public: [...words.public], greeting: [...words.greeting], article: [...words.article] };
}
