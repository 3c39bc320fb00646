import { fail, ok, type Result } from '../errors';
import type { Locale } from '../shared/locale';
import { shanghaiDate } from '../shared/time';
import { defaultPublicityPhotoCount, maxPublicityPhotos, type PublicityQuote } from './schemas';

/** What the lead paragraph is made from: the record's facts. */
export interface LeadFacts {
  title: string;
  startsAt: Date;
  placeName: string | null;
  organizationNames: readonly string[];
  organizerCount: number;
  servedCount: number;
}

function shanghaiHour(instant: Date): number {
  return new Date(instant.getTime() + 8 * 3_600_000).getUTCHours();
}

/** 上午 / 中午 / 下午 / 晚上 by the Shanghai hour the activity starts. */
function partOfDayZh(hour: number): string {
  if (hour < 11) return '上午';
  if (hour < 13) return '中午';
  if (hour < 18) return '下午';
  return '晚上';
}

function partOfDayEn(hour: number): string {
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

const monthsEn = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Joins names as a person would say them: 甲、乙和丙 / A, B and C. */
function joinNames(names: readonly string[], locale: Locale): string {
  if (names.length <= 1) return names[0] ?? '';
  const and = locale === 'zh-CN' ? '和' : ' and ';
  const comma = locale === 'zh-CN' ? '、' : ', ';
  return `${names.slice(0, -1).join(comma)}${and}${names[names.length - 1]}`;
}

/**
 * The lead paragraph of a draft, in plain words from the record: when (Shanghai date and part of
 * day), who (the organizations; "jointly" when several), what (the title), where (when known) and
 * how many (organizers and people served, each left out when zero).
 *
 * zh-CN: 2026年6月29日上午，夕阳红舞蹈队在槐荫社区活动室举办了“重阳节联欢”，共有5名组织者、30位居民参加。
 */
export function leadParagraph(facts: LeadFacts, locale: Locale): string {
  const date = shanghaiDate(facts.startsAt);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const hour = shanghaiHour(facts.startsAt);
  const organizers = facts.organizationNames.filter((name) => name.trim().length > 0);
  if (locale === 'zh-CN') {
    const who =
      organizers.length === 0 ? '' : organizers.length === 1 ? organizers[0] : `${joinNames(organizers, locale)}联合`;
    const where = facts.placeName ? `在${facts.placeName}` : '';
    const counts = [
      facts.organizerCount > 0 ? `${facts.organizerCount}名组织者` : '',
      facts.servedCount > 0 ? `${facts.servedCount}位居民` : '',
    ].filter(Boolean);
    const howMany = counts.length > 0 ? `，共有${counts.join('、')}参加` : '';
    return `${year}年${month}月${day}日${partOfDayZh(hour)}，${who}${where}举办了“${facts.title}”${howMany}。`;
  }
  const who = organizers.length === 0 ? 'the community' : joinNames(organizers, locale);
  const jointly = organizers.length > 1 ? ' jointly' : '';
  const where = facts.placeName ? ` at ${facts.placeName}` : '';
  const counts = [
    facts.organizerCount > 0 ? `${facts.organizerCount} organizer${facts.organizerCount === 1 ? '' : 's'}` : '',
    facts.servedCount > 0 ? `${facts.servedCount} resident${facts.servedCount === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  const howMany = counts.length > 0 ? `, with ${joinNames(counts, locale)} taking part` : '';
  return `On the ${partOfDayEn(hour)} of ${day} ${monthsEn[month - 1]} ${year}, ${who}${jointly} held “${facts.title}”${where}${howMany}.`;
}

/**
 * The title WeChat shows for a shared link (it reads the page's <title>):
 * 【夕阳红舞蹈队】重阳节联欢 | 槐荫社区. Several organizations: the first, "等" (and others).
 */
export function shareTitle(input: {
  title: string;
  organizationNames: readonly string[];
  communityName: string | null;
}): string {
  const [first] = input.organizationNames;
  const who = first ? `【${first}${input.organizationNames.length > 1 ? '等' : ''}】` : '';
  const where = input.communityName ? ` | ${input.communityName}` : '';
  return `${who}${input.title}${where}`;
}

/** The record's content as paragraphs: split on line breaks, blank lines dropped. */
export function splitParagraphs(content: string): string[] {
  return content
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The record's feedback as draft quotes: each shown, its speaker hidden until the leader keeps it. */
export function defaultQuotes(feedback: readonly { text: string; saidBy: string | null }[]): PublicityQuote[] {
  return feedback.map((f) => ({ text: f.text, saidBy: f.saidBy, included: true, showSaidBy: false }));
}

/** The quotes a public page shows: included ones; the speaker only when kept. */
export function publicQuotes(quotes: readonly PublicityQuote[]): { text: string; saidBy: string | null }[] {
  return quotes
    .filter((q) => q.included)
    .map((q) => ({ text: q.text, saidBy: q.showSaidBy && q.saidBy ? q.saidBy : null }));
}

/**
 * May this person be named on a public page? Children never are (the activities' sign-in rule: a
 * child signs in with a guardian and no phone). Age from the birth date when known; with only a
 * birth year, anyone who may still be under 18 (this year − birth year ≤ 18) counts as a child.
 * Nobody known = an adult (a guest by name, whose age the record does not hold: the leader decides).
 */
export function isPossiblyChild(
  person: { birthDate: string | null; birthYear: number | null },
  today: string,
): boolean {
  if (person.birthDate) {
    const [y, m, d] = person.birthDate.split('-').map(Number) as [number, number, number];
    const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
    const age = ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
    return age < 18;
  }
  if (person.birthYear !== null) return Number(today.slice(0, 4)) - person.birthYear <= 18;
  return false;
}

/** The first photos of an activity, as a new draft chooses them. */
export function defaultPhotoIds(photoIds: readonly string[]): string[] {
  return photoIds.slice(0, defaultPublicityPhotoCount);
}

/**
 * Checks a photo choice against the activity's photos: each once, each a photo of this activity,
 * at most nine; the cover must be one of them (null = the first). Order is the leader's.
 */
export function checkPhotoChoice(
  photoIds: readonly string[],
  coverPhotoId: string | null,
  activityPhotoIds: ReadonlySet<string>,
): Result<{ photoIds: string[]; coverPhotoId: string | null }> {
  const unique = [...new Set(photoIds)];
  if (unique.length > maxPublicityPhotos) return fail('publicity.too_many_photos', { max: maxPublicityPhotos });
  const foreign = unique.find((id) => !activityPhotoIds.has(id));
  if (foreign) return fail('publicity.photo_not_of_activity', { mediaId: foreign });
  if (coverPhotoId !== null && !unique.includes(coverPhotoId)) return fail('publicity.cover_not_chosen');
  return ok({ photoIds: unique, coverPhotoId: coverPhotoId ?? unique[0] ?? null });
}

/** The chosen photos in the order a page shows them: the cover first, then the rest in order. */
export function coverFirst(photoIds: readonly string[], coverPhotoId: string | null): string[] {
  if (!coverPhotoId || !photoIds.includes(coverPhotoId)) return [...photoIds];
  return [coverPhotoId, ...photoIds.filter((id) => id !== coverPhotoId)];
}

/** The feed's position: the last card's publication instant and id, opaque to clients. */
export function encodeFeedCursor(position: { publishedAt: Date; id: string }): string {
  return `${position.publishedAt.toISOString()}_${position.id}`;
}

export function decodeFeedCursor(cursor: string): Result<{ publishedAt: Date; id: string }> {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f-]{36})$/.exec(cursor);
  const at = match ? new Date(match[1]!) : null;
  if (!match || !at || Number.isNaN(at.getTime())) return fail('publicity.invalid_cursor');
  return ok({ publishedAt: at, id: match[2]! });
}

/** Public URLs of a chosen photo of a published draft (no account needed). */
export function publicPhotoUrls(code: string, mediaId: string) {
  const base = `/api/public/publicity/${encodeURIComponent(code)}/photos/${mediaId}`;
  return { url: base, thumbnailUrl: `${base}?size=thumb` };
}

export function sharePath(code: string): string {
  return `/p/${code}`;
}

/** Share codes: 8 characters of the readable alphabet, like sign-in codes but a separate namespace. */
export const publicityCodeLength = 8;
