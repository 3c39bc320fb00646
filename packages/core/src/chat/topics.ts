import { type ChatMessageKind, unspokenChatKinds } from './import/record';
import { defaultTopicDictionary, type TopicCategory, type TopicDictionary, topicCategories } from './topic-dictionary';
import { topicPrefilter } from './topic-prefilter';

export * from './topic-dictionary';

/**
 * What a group talks about 群里聊什么 (issue 19): each message gets the topic words of a dictionary found in
 * its text and one topic class — public matters 公共事务 (助老, 环境, 议事, 志愿…), greetings 问候 (早安,
 * 问好…), shared articles 转发文章 (美文, 转发, 链接…), or other. The per-window share of public matters
 * against greetings and articles is evidence of the move from 自益 to 公益 that an organization's
 * orientation history claims. Only the words and the class are kept — never the text (unless agreed).
 *
 * Segmentation: the runtime's `Intl.Segmenter('zh', { granularity: 'word' })` (ICU's dictionary-based
 * word breaker; in Node and every current browser, no dependency). ICU alone splits short domain words
 * (助|老, 垃圾|分类, 志愿|者, 加|装|电梯), so the dictionary is matched over the text, anchored on ICU's
 * word starts: a dictionary word is found where it **begins at a word boundary** of ICU's segmentation
 * (so 问好 is not read in 请问|好的 and 助老 not in 帮助|老人), and may end inside a longer ICU word (议事
 * in 议事厅). At each boundary the longest dictionary word wins and matches do not overlap (垃圾分类, not
 * also 分类). Text is compared after Unicode NFKC normalisation and lower-casing (全角 ＡＢ → ab).
 */
export type TopicClass = TopicCategory | 'other';
export const topicClasses = ['public', 'greeting', 'article', 'other'] as const satisfies readonly TopicClass[];

export interface TopicOfMessage {
  /** the dictionary's words found, each once, in the order of their first appearance */
  words: string[];
  topicClass: TopicClass;
}

export interface TopicOptions {
  /**
   * Further words to record when found, without changing the class — e.g. the words of the
   * organization's activity titles (`titleWords`), so that `corroborateActivities` can tell which
   * messages of a day were about the day's activity while the text itself is not kept.
   */
  alsoRecord?: readonly string[];
}

/**
 * The topic of one message: the dictionary's words found in its text (see the file's comment for how
 * words are found) and its class:
 * - a shared link or article (`kind` = `link`) is an **article**, whatever its words;
 * - a line the platform wrote (`system`, `join`, `leave`, `recall`) is **other**, with no words;
 * - any other message (text, or a photo, video or file with a caption) is classed by its text's words,
 *   and is **other** without text;
 * - a text is classed by the category with the most word occurrences (a word found twice counts twice);
 *   a **tie goes to public matters**, then articles, then greetings — a greeting that also names a
 *   public matter (“早上好，明天九点楼道清理”) carries that matter, and a shared article's greeting line is
 *   still the article; a text with no dictionary word is **other**.
 */
export function topicOf(
  text: string | null | undefined,
  kind: ChatMessageKind,
  dictionary: TopicDictionary = defaultTopicDictionary,
  options: TopicOptions = {},
): TopicOfMessage {
  // lines the platform wrote: their text (a group's name, a nickname) says nothing
  if (unspokenChatKinds.includes(kind)) return { words: [], topicClass: 'other' };
  const matcher = matcherOf(dictionary, options.alsoRecord ?? []);
  const found = text ? matcher.find(text) : [];
  const counts = { public: 0, greeting: 0, article: 0 };
  const words: string[] = [];
  for (const match of found) {
    if (!words.includes(match.word)) words.push(match.word);
    if (match.category !== null) counts[match.category] += 1;
  }
  if (kind === 'link') return { words, topicClass: 'article' };
  return { words, topicClass: classOfCounts(counts) };
}

/** Tie order: public, then article, then greeting (see `topicOf`). */
const tieOrder = ['public', 'article', 'greeting'] as const;

function classOfCounts(counts: { [category in TopicCategory]: number }): TopicClass {
  let best: TopicClass = 'other';
  let bestCount = 0;
  for (const category of tieOrder) {
    if (counts[category] > bestCount) {
      best = category;
      bestCount = counts[category];
    }
  }
  return best;
}

/**
 * The words of a short text such as an activity's title: the dictionary's words found (as in `topicOf`)
 * and ICU's other word-like segments of two or more characters (一字词 such as 的, 在, 去 say too little to
 * match on), each once, lower-cased, in order. 「广场舞练习」 → 广场, 练习 (ICU splits 广场|舞).
 */
export function titleWords(title: string, dictionary: TopicDictionary = defaultTopicDictionary): string[] {
  const normalised = normalise(title);
  const matcher = matcherOf(dictionary, []);
  const found = matcher.find(title);
  const covered = new Uint8Array(normalised.length);
  const words: string[] = [];
  for (const match of found) {
    covered.fill(1, match.start, match.start + match.word.length);
    if (!words.includes(match.word)) words.push(match.word);
  }
  for (const segment of segmenter().segment(normalised)) {
    if (!segment.isWordLike || [...segment.segment].length < 2) continue;
    if (covered[segment.index] === 1) continue;
    if (!words.includes(segment.segment)) words.push(segment.segment);
  }
  return words;
}

/** One window's messages by topic class (null: a message imported before topics were derived). */
export interface TopicWindow {
  readonly classes: Iterable<TopicClass | null | undefined>;
}

export interface TopicShares {
  /** messages with a topic class (the shares' denominator) */
  messages: number;
  counts: { [category in TopicClass]: number };
  /** each class's share of `messages`; all 0 in a window without messages */
  shares: { [category in TopicClass]: number };
  /**
   * public / (public + greeting + article): of the messages that are about something the dictionary
   * knows, the share about public matters; null when there are none. This is the 自益 → 公益 signal.
   */
  publicOfClassified: number | null;
}

/** Per window, the count and share of each topic class — counts only, no text, no words. */
export function topicShares(windows: readonly TopicWindow[]): TopicShares[] {
  return windows.map((window) => {
    const counts = { public: 0, greeting: 0, article: 0, other: 0 };
    for (const topicClass of window.classes) if (topicClass) counts[topicClass] += 1;
    const messages = counts.public + counts.greeting + counts.article + counts.other;
    const share = (count: number) => (messages === 0 ? 0 : count / messages);
    const classified = counts.public + counts.greeting + counts.article;
    return {
      messages,
      counts,
      shares: {
        public: share(counts.public),
        greeting: share(counts.greeting),
        article: share(counts.article),
        other: share(counts.other),
      },
      publicOfClassified: classified === 0 ? null : counts.public / classified,
    };
  });
}

interface WordMatch {
  word: string;
  /** null for a word recorded through `alsoRecord` only */
  category: TopicCategory | null;
  start: number;
}

interface Matcher {
  find(text: string): WordMatch[];
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

let cachedSegmenter: Intl.Segmenter | null = null;
function segmenter(): Intl.Segmenter {
  cachedSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return cachedSegmenter;
}

const matchers = new WeakMap<TopicDictionary, Map<string, Matcher>>();

/** Matchers are cached per dictionary object (an import classifies millions of messages with one). */
function matcherOf(dictionary: TopicDictionary, alsoRecord: readonly string[]): Matcher {
  let byExtra = matchers.get(dictionary);
  if (!byExtra) {
    byExtra = new Map();
    matchers.set(dictionary, byExtra);
  }
  const key = alsoRecord.join('\u0000');
  let matcher = byExtra.get(key);
  if (!matcher) {
    matcher = buildMatcher(dictionary, alsoRecord);
    if (byExtra.size > 64) byExtra.clear();
    byExtra.set(key, matcher);
  }
  return matcher;
}

function buildMatcher(dictionary: TopicDictionary, alsoRecord: readonly string[]): Matcher {
  // first character → candidate words, longest first; a word in two categories keeps the first listed
  const byFirst = new Map<string, { word: string; category: TopicCategory | null }[]>();
  const seen = new Set<string>();
  const add = (raw: string, category: TopicCategory | null) => {
    const word = normalise(raw.trim());
    if (word.length === 0 || seen.has(word)) return;
    seen.add(word);
    const list = byFirst.get(word[0]!) ?? [];
    list.push({ word, category });
    byFirst.set(word[0]!, list);
  };
  for (const category of topicCategories) for (const word of dictionary[category]) add(word, category);
  for (const word of alsoRecord) add(word, null);
  for (const list of byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  const mayHoldWord = (normalised: string) => {
    for (let i = 0; i < normalised.length; i++) {
      const candidates = byFirst.get(normalised[i]!);
      if (candidates?.some((candidate) => normalised.startsWith(candidate.word, i))) return true;
    }
    return false;
  };
  const mayHoldRaw = topicPrefilter([...seen]);
  return {
    find(text) {
      if (mayHoldRaw && !mayHoldRaw(text)) return [];
      const normalised = normalise(text);
      const found: WordMatch[] = [];
      // Most messages hold no dictionary word anywhere: they skip ICU's segmentation (the costly part).
      if (!mayHoldWord(normalised)) return found;
      let end = 0;
      for (const segment of segmenter().segment(normalised)) {
        const start = segment.index;
        if (start < end) continue;
        const candidates = byFirst.get(normalised[start]!);
        if (!candidates) continue;
        const hit = candidates.find((candidate) => normalised.startsWith(candidate.word, start));
        if (!hit) continue;
        found.push({ word: hit.word, category: hit.category, start });
        end = start + hit.word.length;
      }
      return found;
    },
  };
}
