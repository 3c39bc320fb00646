import { defaultTopicDictionary, type TopicDictionary } from './topic-dictionary';
import { titleWords } from './topics';

/**
 * Activity corroboration 聊天佐证 (issue 19, beyond the seed): the chat trail joined to the activity record
 * against the 蚊子馆 problem. Seed 002's online tracking asks each organization to post up to five photos
 * and a short report of every activity in its group; a day whose group shows them is a further evidence
 * mark, and a planned activity whose group is silent that day is a question for staff (not a verdict: the
 * activity may have been moved, or talked about elsewhere).
 *
 * Definitions (days are calendar days in Asia/Shanghai, `YYYY-MM-DD`; the caller groups messages so):
 * - The **evidence days** of an activity: its date and the day after (reports and photos are often posted
 *   that evening or the next morning).
 * - A message is **about the activity** when its topic words (the dictionary's words and the activity
 *   title words recorded at import, see `topicOf`'s `alsoRecord`) include at least one of the activity's
 *   **title words** (`titleWords`), leaving out words too general to tell one activity from another
 *   (`generalTitleWords`: 活动, 社区, 居民…).
 * - **Photos**: image messages in the organization's groups on the evidence days.
 * - The mark, the first that holds: `not_covered` — the date is outside the imported trail;
 *   `corroborated` — at least one photo and at least one message about the activity on the evidence days;
 *   `partial` — one of the two; `silent` — no message at all on the activity's own date; `unrelated` —
 *   messages that day, but neither photos nor any about it.
 * - **Question for staff**: a `planned` activity (announced, not yet recorded as held) that is `silent`.
 */
export interface CorroborationActivity {
  id: string;
  /** the activity's date, YYYY-MM-DD (Asia/Shanghai) */
  date: string;
  title: string;
  status: 'planned' | 'held';
}

/** One day of the organization's groups' messages: counts and each message's topic words — no text. */
export interface ChatDaySummary {
  date: string;
  messages: number;
  photos: number;
  /** the topic words of each of the day's messages that has any (messages without words may be left out) */
  messageWords: readonly (readonly string[])[];
}

export type CorroborationMark = 'corroborated' | 'partial' | 'unrelated' | 'silent' | 'not_covered';

export interface ActivityCorroboration {
  activityId: string;
  mark: CorroborationMark;
  questionForStaff: boolean;
  /** on the evidence days */
  messages: number;
  photos: number;
  aboutMessages: number;
  /** the title words that some message of the evidence days carried */
  matchedWords: string[];
}

/** Title words that say nothing about which activity it was. */
export const generalTitleWords: readonly string[] = [
  '活动',
  '社区',
  '居民',
  '大家',
  '我们',
  '今天',
  '明天',
  '本周',
  '第一',
  '一次',
  '开展',
  '举办',
  '组织',
];

/** The title words messages are matched on: `titleWords` without `generalTitleWords`. */
export function activityMatchWords(title: string, dictionary: TopicDictionary = defaultTopicDictionary): string[] {
  return titleWords(title, dictionary).filter((word) => !generalTitleWords.includes(word));
}

/** The day after a `YYYY-MM-DD` date. */
export function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * Each activity's chat evidence (see the file's comment). `covered` is the span of days the imported trail
 * covers (the agreement's start or the first import's first message, to the last import's last day);
 * an activity whose date lies outside is `not_covered`. Days missing from `days` had no messages.
 */
export function corroborateActivities(
  activities: readonly CorroborationActivity[],
  days: readonly ChatDaySummary[],
  covered: { from: string; to: string },
  dictionary: TopicDictionary = defaultTopicDictionary,
): ActivityCorroboration[] {
  const byDate = new Map(days.map((day) => [day.date, day]));
  return activities.map((activity) => {
    const evidenceDays = [activity.date, nextDay(activity.date)]
      .map((date) => byDate.get(date))
      .filter((day): day is ChatDaySummary => day !== undefined);
    const words = activityMatchWords(activity.title, dictionary);
    const matched = new Set<string>();
    let messages = 0;
    let photos = 0;
    let aboutMessages = 0;
    for (const day of evidenceDays) {
      messages += day.messages;
      photos += day.photos;
      for (const messageWords of day.messageWords) {
        const hits = words.filter((word) => messageWords.includes(word));
        if (hits.length > 0) aboutMessages += 1;
        for (const hit of hits) matched.add(hit);
      }
    }
    const isCovered = activity.date >= covered.from && activity.date <= covered.to;
    const onTheDay = byDate.get(activity.date)?.messages ?? 0;
    const mark: CorroborationMark = !isCovered
      ? 'not_covered'
      : photos > 0 && aboutMessages > 0
        ? 'corroborated'
        : photos > 0 || aboutMessages > 0
          ? 'partial'
          : onTheDay === 0
            ? 'silent'
            : 'unrelated';
    return {
      activityId: activity.id,
      mark,
      questionForStaff: activity.status === 'planned' && mark === 'silent',
      messages,
      photos,
      aboutMessages,
      matchedWords: words.filter((word) => matched.has(word)),
    };
  });
}
