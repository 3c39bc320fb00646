/**
 * Rows of the chat trail's tables (packages/db/src/migrations/0038-chat.ts), named as the columns.
 * Instants are ISO strings, dates 'YYYY-MM-DD'. A message is its group and `source_ref` (no id of its own):
 * its links go through `source_ref`.
 */
export type ChatGroupLayerColumn = 'general' | 'core' | 'notice' | 'squad' | 'chat' | 'activists';
export type ChatCreationWayColumn = 'by_organization' | 'by_staff_on_trust' | 'existing_invited_staff' | 'unknown';
export type ChatTopicClassColumn = 'public' | 'greeting' | 'article' | 'other';

export interface ChatGroupDemoRow {
  id: string;
  street_id: string;
  organization_id: string | null;
  name: string;
  platform: 'wechat' | 'wecom' | 'telegram' | 'whatsapp' | 'other';
  creation_way: ChatCreationWayColumn;
  layer: ChatGroupLayerColumn;
  sub_team_id: string | null;
  staff_in: boolean;
  adoption_step: number | null;
  adoption_step_confirmed_at: string | null;
  adoption_step_confirmed_by: string | null;
  created_by: string | null;
  created_at: string;
  archived_at: string | null;
  /** the days the group was set up and closed (0040: the registry's columns, one table since issue 19) */
  created_on: string | null;
  closed_on: string | null;
}

export interface ChatAgreementDemoRow {
  id: string;
  street_id: string;
  group_id: string;
  agreed_by_person_id: string | null;
  agreed_by_role: 'leader' | 'deputy' | 'members_meeting' | 'other';
  agreed_on: string;
  scope: 'analysis' | 'analysis_and_text';
  text_retention_days: number | null;
  note: string;
  recorded_by: string | null;
  recorded_at: string;
  withdrawn_on: null;
  withdrawn_by: null;
  withdrawn_at: null;
}

export interface ChatSenderDemoRow {
  id: string;
  street_id: string;
  group_id: string;
  sender_ref: string;
  display_name: string | null;
  pseudonym_number: number;
  person_id: string | null;
  matched_by: string | null;
  matched_at: string | null;
  is_staff: boolean;
  joined_at: string | null;
  left_at: string | null;
}

export interface ChatMessageDemoRow {
  group_id: string;
  source_ref: string;
  sender_id: string | null;
  sent_at: string;
  kind: 'text' | 'image' | 'voice' | 'sticker' | 'link' | 'join';
  reply_to_source_ref: string | null;
  quoted_sender_id: string | null;
  mention_sender_ids: string[];
  topic_words: string[];
  topic_class: ChatTopicClassColumn | null;
  text: string | null;
  text_expires_at: string | null;
  import_id: null;
}

export interface ChatDemoData {
  chat_groups: ChatGroupDemoRow[];
  chat_agreements: ChatAgreementDemoRow[];
  chat_senders: ChatSenderDemoRow[];
  chat_messages: ChatMessageDemoRow[];
}

/**
 * What a message is about, with the words the street's topic dictionary would find in it and a
 * harmless sentence for the one group whose agreement keeps text (never a name, phone or id number).
 */
export interface ChatTopic {
  topicClass: ChatTopicClassColumn;
  words: readonly string[];
  texts: readonly string[];
}

export const greetingTopic: ChatTopic = {
  topicClass: 'greeting',
  words: ['早安'],
  texts: ['早上好，大家早安！', '早安，今天天气不错', '早安，降温了注意添衣', '大家早安，问好🌞'],
};

export const articleTopic: ChatTopic = {
  topicClass: 'article',
  words: ['美文'],
  texts: ['分享一篇美文：《秋天的问候》', '美文分享：《慢慢走，欣赏啊》', '转一篇养生美文，大家看看'],
};

export const chatterTopic: ChatTopic = {
  topicClass: 'other',
  words: [],
  texts: ['哈哈，说得好', '今天菜市场的白菜真新鲜', '孙子今天放假回来了', '好久没见，挺想大家的', '👍👍'],
};

/** Public matters 公共事务 (seed 002's move from 自益 to 公益): what the dictionary counts as public. */
export const publicTopics: readonly ChatTopic[] = [
  { topicClass: 'public', words: ['助老'], texts: ['三号楼的独居老人这周谁去看看？', '助老送餐的排班表更新了'] },
  { topicClass: 'public', words: ['环境', '垃圾分类'], texts: ['垃圾分类宣传单印好了', '楼下的绿地又有人乱扔垃圾'] },
  { topicClass: 'public', words: ['议事'], texts: ['议事会的议题大家再想想', '停车的事下次议事会上说'] },
  { topicClass: 'public', words: ['志愿'], texts: ['周末需要几位志愿者帮忙', '志愿服务的时长记好了'] },
  { topicClass: 'public', words: ['安全'], texts: ['楼道里堆的杂物有消防安全隐患', '冬天用电注意安全'] },
];

/** Short answers in a thread: they carry no topic of their own. */
export const replyTexts = ['收到', '好的', '辛苦了', '同意', '我可以去', '明天见', '谢谢大家', '👍'] as const;

let segmenter: Intl.Segmenter | undefined;

/** The words the dictionary finds in an activity's title, and whether the activity is a public matter. */
export function activityTopic(title: string): ChatTopic {
  const publicWords: [RegExp, string][] = [
    [/敬老|助老|老人/, '助老'],
    [/清洁|垃圾|环境/, '环境'],
    [/议事/, '议事'],
    [/走访|志愿|课堂|讲座/, '志愿'],
  ];
  const words = publicWords.filter(([pattern]) => pattern.test(title)).map(([, word]) => word);
  // The title's own words are recorded too (as the importer's `alsoRecord` does), so the day's messages
  // can be told to be about this activity when the chat is held against the activity record.
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const titleWords = [...segmenter.segment(title)]
    .filter((segment) => segment.isWordLike && [...segment.segment].length >= 2)
    .map((segment) => segment.segment);
  return {
    topicClass: words.length > 0 ? 'public' : 'other',
    words: [...new Set([...words, ...titleWords])],
    texts: ['今天的活动圆满结束，大家辛苦了', '活动照片发群里了，大家看看', '今天来的人真不少', '下次活动再见'],
  };
}
