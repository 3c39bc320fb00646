import { type ActivityDetail, documentLabels, formatActivityTime, type Locale } from '@seedbed/core';

/** The parts of an activity record the printed sheets show. */
export type PrintableActivity = Pick<
  ActivityDetail,
  | 'title'
  | 'runBy'
  | 'organizations'
  | 'coHosts'
  | 'startsAt'
  | 'endsAt'
  | 'place'
  | 'openness'
  | 'beneficiaryGroups'
  | 'organizerCount'
  | 'servedCount'
  | 'content'
  | 'reflection'
  | 'feedback'
  | 'isPlannedInProject'
  | 'signInCode'
>;

/**
 * What a sign-in sheet shows: also known of a planned date before it is held (its plan's title,
 * organization, times and place), so one renderer prints both.
 */
export interface SignInSheetFacts {
  title: string;
  runBy: PrintableActivity['runBy'];
  organizations: readonly { name: string }[];
  startsAt: string;
  endsAt: string;
  place: { name: string | null; text: string | null } | null;
}

/** The organizations that ran it, or who ran it when no organization did. */
export function organizersLine(activity: Pick<SignInSheetFacts, 'organizations' | 'runBy'>, locale: Locale): string {
  if (activity.organizations.length > 0) return activity.organizations.map((o) => o.name).join('、');
  const labels = documentLabels(locale);
  return activity.runBy === 'committee' ? labels.runBy.committee : labels.runBy.incubator;
}

export function timeLine(activity: Pick<SignInSheetFacts, 'startsAt' | 'endsAt'>, locale: Locale): string {
  return formatActivityTime(activity.startsAt, activity.endsAt, locale);
}

export function placeLine(activity: Pick<SignInSheetFacts, 'place'>): string {
  return activity.place?.name ?? activity.place?.text ?? '';
}
