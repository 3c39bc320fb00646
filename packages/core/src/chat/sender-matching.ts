import { z } from 'zod';
import { idSchema } from '../shared/schemas';

/**
 * Suggesting people for a chat sender (issue 19, "Senders are matched to people and members (suggested
 * by name and nickname, confirmed by staff)"). A sender carries every name the exports gave it (WeChat:
 * remark, nickname, group nickname; WeCom: name, group nickname); people have one name. Why a person is
 * suggested is a reason code the web renders in zh-CN and en:
 * - `same`: one of the sender's names is the person's full name (🌸王秀英🌸 = 王秀英);
 * - `contains`: a name contains the person's full name (王秀英-舞蹈队 ⊇ 王秀英);
 * - `contained`: the person's name contains a name of two characters or more (秀英 ⊆ 王秀英);
 * - `surname_form`: a name holds a common form of address for the person's surname (王阿姨, 王姐, 老王,
 *   小王 … for 王秀英). Many residents share a surname, so this reason suggests members of the group's
 *   organization only.
 * Nothing here matches by itself: staff confirm.
 */
export const matchReasons = ['same', 'contains', 'contained', 'surname_form'] as const;
export type MatchReason = (typeof matchReasons)[number];

export const chatSenderSuggestionSchema = z.object({
  senderId: idSchema,
  pseudonym: z.string(),
  displayName: z.string(),
  candidates: z.array(
    z.object({
      personId: idSchema,
      name: z.string(),
      isMember: z.boolean(),
      /** the reason code (see matchReasons) */
      closeness: z.enum(matchReasons),
      /** the sender's name the reason is about (the display name or another name the export gave) */
      matchedName: z.string(),
    }),
  ),
});
export const chatSenderSuggestionListSchema = z.object({ suggestions: z.array(chatSenderSuggestionSchema) });
export type ChatSenderSuggestion = z.infer<typeof chatSenderSuggestionSchema>;

export interface MatchCandidate {
  personId: string;
  name: string;
  isMember: boolean;
}
export type RankedCandidate = MatchCandidate & { closeness: MatchReason; matchedName: string };

/** WeChat names carry decorations (🌸王秀英🌸, 王秀英-舞蹈队, "A 王秀英"): compare letters and digits only. */
export function normalisedChatName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Two-character surnames common enough to meet in a street (欧阳秀英's surname is 欧阳, not 欧). */
const compoundSurnames = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '夏侯',
  '端木',
  '司徒',
  '申屠',
]);

/** The surname of a Chinese full name, or null when the name is too short to have a given name. */
export function surnameOf(name: string): string | null {
  const letters = [...normalisedChatName(name)];
  if (letters.length < 2 || !/^\p{Script=Han}+$/u.test(letters.join(''))) return null;
  const two = letters.slice(0, 2).join('');
  if (letters.length >= 3 && compoundSurnames.has(two)) return two;
  return letters[0]!;
}

const surnameSuffixes = ['阿姨', '姨', '姐', '大姐', '叔', '大爷', '奶奶', '老师'];
const surnamePrefixes = ['老', '小'];

/** How a group addresses someone by surname: 王阿姨, 王姨, 王姐, 王大姐, 王叔, 王大爷, 王奶奶, 王老师, 老王, 小王. */
export function surnameForms(surname: string): string[] {
  return [...surnameSuffixes.map((suffix) => surname + suffix), ...surnamePrefixes.map((prefix) => prefix + surname)];
}

const order: Record<MatchReason, number> = { same: 0, contains: 1, contained: 2, surname_form: 3 };

function reasonFor(senderNames: readonly string[], person: MatchCandidate): { reason: MatchReason; at: number } | null {
  const name = normalisedChatName(person.name);
  if (!name) return null;
  let best: { reason: MatchReason; at: number } | null = null;
  const consider = (reason: MatchReason, at: number) => {
    if (!best || order[reason] < order[best.reason]) best = { reason, at };
  };
  const surname = person.isMember ? surnameOf(person.name) : null;
  const forms = surname ? surnameForms(surname) : [];
  senderNames.forEach((sender, at) => {
    if (!sender) return;
    if (name === sender) consider('same', at);
    else if (name.length >= 2 && sender.includes(name)) consider('contains', at);
    else if (sender.length >= 2 && name.includes(sender)) consider('contained', at);
    else if (forms.some((form) => sender.includes(form))) consider('surname_form', at);
  });
  return best;
}

/**
 * People who may be the sender, best first: by reason (same, contains, contained, surname form), then
 * members of the group's organization before other people, then by name. `names` is the sender's
 * display name or every name the exports gave it. A name of one character matches only exactly (a
 * single 王 is in too many names).
 */
export function rankMatchCandidates(
  names: string | readonly string[],
  people: readonly MatchCandidate[],
): RankedCandidate[] {
  const given = typeof names === 'string' ? [names] : [...names];
  const normalised = given.map(normalisedChatName);
  if (!normalised.some(Boolean)) return [];
  const ranked: RankedCandidate[] = [];
  for (const person of people) {
    const found = reasonFor(normalised, person);
    if (found) ranked.push({ ...person, closeness: found.reason, matchedName: given[found.at]! });
  }
  return ranked.sort(
    (a, b) =>
      order[a.closeness] - order[b.closeness] ||
      Number(b.isMember) - Number(a.isMember) ||
      a.name.localeCompare(b.name, 'zh-CN') ||
      a.personId.localeCompare(b.personId),
  );
}
