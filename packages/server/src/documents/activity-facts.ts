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

/** The organizations that ran it, or who ran it when no organization did. */
export function organizersLine(activity: PrintableActivity, locale: Locale): string {
  if (activity.organizations.length > 0) return activity.organizations.map((o) => o.name).join('、');
  const labels = documentLabels(locale);
  return activity.runBy === 'committee' ? labels.runBy.committee : labels.runBy.incubator;
}

export function timeLine(activity: PrintableActivity, locale: Locale): string {
  return formatActivityTime(activity.startsAt, activity.endsAt, locale);
}

export function placeLine(activity: PrintableActivity): string {
  return activity.place?.name ?? activity.place?.text ?? '';
}
