import {
  activityTopic,
  articleTopic,
  type ChatMessageDemoRow,
  type ChatTopic,
  chatterTopic,
  greetingTopic,
  publicTopics,
  replyTexts,
} from './chat-rows';
import { addDays, daysBetween } from './dates';
import type { Random } from './random';

/**
 * The rhythm of one group's talk over its year (issue 19's demo): threads on most days — morning
 * greetings 早安问好, shared articles 美文分享, chatter and public matters 公共事务 — more on weekdays
 * and in the evening; the leader's notice a day or two before each activity and a burst on its day
 * (photos, the leader's short report, thanks), a few activities with a silent group (a question for
 * staff); replies that quote, @mentions and answers within minutes, so the interaction network has
 * structure. A member's weight and responsiveness may change over the year: that is how the demo
 * draws a member drifting to the margin, or core members moving their talk to a new 核心群.
 */
export interface Speaker {
  senderId: string;
  /** how much they talk at `progress` (0 = the talk's first day, 1 = today); 0 = silent */
  weight: (progress: number) => number;
  /** the chance others answer them at `progress` (1 by default) */
  answered?: (progress: number) => number;
  /** from this day on (a member who joined later) */
  since: string;
  isLeader: boolean;
}

export interface GroupActivity {
  day: string;
  /** epoch ms of the activity's start and end */
  startsAt: number;
  endsAt: number;
  title: string;
  /** who reports it in this group (the activists' group: the team's leader); else the group's leader after a notice */
  reporter?: Speaker;
}

export interface GroupTalk {
  groupId: string;
  /** unique per group; message source refs are `${refPrefix}:${n}` */
  refPrefix: string;
  speakers: readonly Speaker[];
  /** first day of talk, and the day after the last (today) */
  from: string;
  to: string;
  /** threads a day at `progress` (before the weekday and ramp factors) */
  threadsPerDay: (progress: number) => number;
  /** the share of topical threads that are about public matters at `progress` */
  publicShare: (progress: number) => number;
  activities: readonly GroupActivity[];
  /** the chance an activity day passes without a word in this group */
  silentActivityChance: number;
  /** how likely a thread goes on after each message (0.6 a lively group, 0.2 a quiet one) */
  liveliness: number;
  /** messages sent from this instant on keep their text for `textDays` (the agreement's scope) */
  keepTextFrom: number | null;
  textDays: number;
}

const minute = 60_000;
const day = 24 * 60 * minute;
/** Local hours (Asia/Shanghai) when threads start: early greetings, a midday lull, evening peak. */
const hours: readonly (readonly [number, number])[] = [
  [7, 3],
  [8, 2],
  [9, 1.5],
  [10, 1.5],
  [11, 1],
  [12, 0.8],
  [14, 0.8],
  [15, 1],
  [16, 1],
  [18, 1.2],
  [19, 2.5],
  [20, 3],
  [21, 2],
  [22, 0.6],
];

export const shanghaiMidnight = (date: string) => Date.parse(`${date}T00:00:00+08:00`);

export function talkOf(random: Random, talk: GroupTalk): ChatMessageDemoRow[] {
  const messages: ChatMessageDemoRow[] = [];
  const span = Math.max(1, daysBetween(talk.from, talk.to));
  const progressOf = (at: number) => Math.min(1, Math.max(0, (at - shanghaiMidnight(talk.from)) / (span * day)));
  let counter = 0;
  const post = (
    at: number,
    speaker: Speaker,
    topic: ChatTopic,
    options: { kind?: ChatMessageDemoRow['kind']; quote?: ChatMessageDemoRow; mention?: Speaker; text?: string } = {},
  ): ChatMessageDemoRow => {
    const kind = options.kind ?? 'text';
    const hasText = kind === 'text' || kind === 'link';
    const keep = hasText && talk.keepTextFrom !== null && at >= talk.keepTextFrom;
    counter += 1;
    const message: ChatMessageDemoRow = {
      group_id: talk.groupId,
      source_ref: `${talk.refPrefix}:${counter}`,
      sender_id: speaker.senderId,
      sent_at: new Date(at).toISOString(),
      kind,
      reply_to_source_ref: options.quote?.source_ref ?? null,
      quoted_sender_id: options.quote?.sender_id ?? null,
      mention_sender_ids: options.mention && options.mention !== speaker ? [options.mention.senderId] : [],
      topic_words: hasText ? [...topic.words] : [],
      topic_class: hasText ? topic.topicClass : null,
      text: keep ? (options.text ?? random.pick(topic.texts)) : null,
      text_expires_at: keep ? new Date(at + talk.textDays * day).toISOString() : null,
      import_id: null,
    };
    messages.push(message);
    return message;
  };
  // Who is in the group and how much they talk, worked out once a day (the weights change slowly).
  const cache = new Map<string, (readonly [Speaker, number])[]>();
  const speakersOn = (at: number) => {
    const date = new Date(at + 8 * 60 * minute).toISOString().slice(0, 10);
    let entries = cache.get(date);
    if (!entries) {
      const progress = progressOf(shanghaiMidnight(date));
      entries = talk.speakers.filter((s) => s.since <= date).map((s) => [s, s.weight(progress)] as const);
      cache.set(date, entries);
    }
    return entries;
  };
  const pickSpeaker = (at: number, except?: Speaker) => {
    const entries = speakersOn(at).filter(([s, weight]) => s !== except && weight > 0);
    return entries.length > 0 ? random.weighted(entries) : undefined;
  };
  const leader = talk.speakers.find((s) => s.isLeader);

  /** A thread: the opening message, then answers within minutes while the talk goes on. */
  const thread = (start: number, topic: ChatTopic, opener: Speaker, firstKind: ChatMessageDemoRow['kind']) => {
    let at = start;
    let last = post(at, opener, topic, { kind: firstKind });
    let lastSpeaker = opener;
    for (let n = 1; n < 10; n += 1) {
      const answered = lastSpeaker.answered?.(progressOf(at)) ?? 1;
      if (!random.chance(talk.liveliness * answered)) break;
      const next = pickSpeaker(at, lastSpeaker);
      if (!next) break;
      at += random.int(20, 240) * 1000;
      const answer = topic.topicClass === 'greeting' ? greetingTopic : n <= 2 ? topic : chatterTopic;
      const kind = random.chance(0.08) ? 'sticker' : random.chance(0.04) ? 'voice' : 'text';
      last = post(at, next, answer, {
        kind,
        quote: random.chance(0.15) ? last : undefined,
        mention: random.chance(0.08) ? opener : undefined,
        text: answer === chatterTopic && n > 1 ? random.pick(replyTexts) : undefined,
      });
      lastSpeaker = next;
    }
  };

  const activitiesByDay = new Map<string, GroupActivity[]>();
  for (const activity of talk.activities)
    activitiesByDay.set(activity.day, [...(activitiesByDay.get(activity.day) ?? []), activity]);

  for (let index = 0; index < span; index += 1) {
    const date = addDays(talk.from, index);
    const midnight = shanghaiMidnight(date);
    const progress = index / span;
    const weekday = new Date(midnight + 12 * 60 * minute).getUTCDay();
    // Adoption takes months (seed 002: five steps over about six months): the talk ramps up.
    const ramp = Math.min(1, 0.35 + (0.65 * index) / 90);
    const rate = talk.threadsPerDay(progress) * ramp * (weekday === 0 || weekday === 6 ? 0.8 : 1.1);
    const count = Math.floor(rate) + (random.chance(rate - Math.floor(rate)) ? 1 : 0);
    for (let k = 0; k < count; k += 1) {
      const hour = random.weighted(hours);
      const start = midnight + hour * 60 * minute + random.int(0, 59) * minute + random.int(0, 59) * 1000;
      const opener = pickSpeaker(start);
      if (!opener) continue;
      if (hour <= 8 && random.chance(0.6)) {
        thread(start, greetingTopic, opener, random.chance(0.3) ? 'sticker' : 'text');
        continue;
      }
      const roll = random.next();
      if (roll < 0.15) thread(start, articleTopic, opener, 'link');
      else if (roll < 0.15 + 0.85 * talk.publicShare(progress))
        thread(start, random.pick(publicTopics), opener, 'text');
      else thread(start, chatterTopic, opener, random.chance(0.2) ? 'image' : 'text');
    }
    for (const activity of activitiesByDay.get(date) ?? []) activityBurst(activity);
  }

  function activityBurst(activity: GroupActivity) {
    if (random.chance(talk.silentActivityChance)) return;
    const topic = activityTopic(activity.title);
    // The leader's notice, a day or two before, in the evening; members answer 收到.
    const noticeAt = shanghaiMidnight(addDays(activity.day, -random.int(1, 2))) + random.int(19 * 60, 21 * 60) * minute;
    const announcer = !activity.reporter && noticeAt >= shanghaiMidnight(talk.from) ? leader : undefined;
    if (announcer && announcer.since <= activity.day) {
      const notice = post(noticeAt, announcer, topic, { text: `【通知】${activity.title}，请大家准时参加` });
      let at = noticeAt;
      for (let n = random.int(1, 4); n > 0; n -= 1) {
        const member = pickSpeaker(at, announcer);
        if (!member) break;
        at += random.int(1, 30) * minute;
        post(at, member, chatterTopic, { quote: random.chance(0.3) ? notice : undefined, text: '收到' });
      }
    }
    // After the activity: photos, the leader's report, thanks.
    let at = activity.endsAt + random.int(0, 30) * minute;
    const photographer = activity.reporter ?? pickSpeaker(at) ?? leader;
    if (!photographer) return;
    for (let n = random.int(2, 5); n > 0; n -= 1) {
      post(at, photographer, topic, { kind: 'image' });
      at += random.int(5, 40) * 1000;
    }
    const reporter = activity.reporter ?? leader ?? photographer;
    at += random.int(1, 4) * minute;
    const report = post(at, reporter, topic);
    for (let n = random.int(1, 5); n > 0; n -= 1) {
      const member = pickSpeaker(at, reporter);
      if (!member) break;
      at += random.int(1, 4) * minute;
      post(at, member, chatterTopic, {
        kind: random.chance(0.2) ? 'sticker' : 'text',
        quote: random.chance(0.25) ? report : undefined,
        text: random.pick(['辛苦了', '👍', '大家真棒', '下次还来']),
      });
    }
  }

  // Nothing after the talk's last day (an evening thread may run past midnight into "today").
  const end = new Date(shanghaiMidnight(talk.to)).toISOString();
  const first = new Date(shanghaiMidnight(talk.from)).toISOString();
  return messages
    .filter((m) => m.sent_at < end && m.sent_at >= first)
    .sort((a, b) => (a.sent_at < b.sent_at ? -1 : a.sent_at > b.sent_at ? 1 : 0));
}
