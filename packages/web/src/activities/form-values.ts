import type { ActivityDetail, ActivityInput, BeneficiaryGroup, Openness } from '@seedbed/core';

/**
 * What the leader's activity form holds, as typed (strings and ticks), and its translation to the
 * API's input. Pure: `now` is passed in. Kept free of zod so the form's chunk stays small on a
 * phone; the server validates with core's `activityInputSchema` and its field issues are shown
 * beside the inputs (see `formFieldOf`).
 */
export interface FeedbackValues {
  text: string;
  saidBy: string;
}

export type PlaceKind = 'none' | 'space' | 'estate' | 'text';

export interface ActivityFormValues {
  title: string;
  /** YYYY-MM-DD, in Shanghai. */
  date: string;
  /** HH:MM, in Shanghai. */
  startTime: string;
  endTime: string;
  placeKind: PlaceKind;
  spaceId: string;
  estateId: string;
  courtyardId: string;
  placeText: string;
  content: string;
  /** Free text, separated by commas (，、, ;). */
  coHosts: string;
  /** Other organizations that ran it together with this one. */
  jointOrganizationIds: string[];
  beneficiaryGroups: BeneficiaryGroup[];
  openness: Openness;
  organizerCount: number;
  servedCount: number;
  memberIds: string[];
  guests: string[];
  reflection: string;
  feedback: FeedbackValues[];
  isPlannedInProject: boolean;
  /**
   * The plan item (计划内) picked from the team's approved proposals; '' when none. Drafts kept from
   * before it existed have none, and may carry the old free-text planItemRef: see draftValues.
   */
  planItemId: string;
  /**
   * 举办了: the planned date this record is (opened from the date's button). Absent in drafts
   * kept from before it existed. Sent only while the date stays that day (toActivityInput).
   */
  plannedOccurrence?: PlannedOccurrenceLink | null;
}

/** One planned date (预告) of the team: its plan and its Shanghai day. */
export interface PlannedOccurrenceLink {
  plannedActivityId: string;
  on: string;
}

const shanghaiOffsetMinutes = 8 * 60;

/** The Shanghai wall clock of an instant: date and HH:MM. */
export function shanghaiClock(instant: Date): { date: string; time: string } {
  const shifted = new Date(instant.getTime() + shanghaiOffsetMinutes * 60_000).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * A new form: today, and a two-hour span ending at the last full hour (leaders record after the
 * activity); before 02:00 the span would cross midnight, so 09:00–11:00 instead.
 */
export function emptyFormValues(now: Date): ActivityFormValues {
  const { date, time } = shanghaiClock(now);
  const hour = Number(time.slice(0, 2));
  const [start, end] = hour >= 2 ? [hour - 2, hour] : [9, 11];
  return {
    title: '',
    date,
    startTime: `${pad(start)}:00`,
    endTime: `${pad(end)}:00`,
    placeKind: 'none',
    spaceId: '',
    estateId: '',
    courtyardId: '',
    placeText: '',
    content: '',
    coHosts: '',
    jointOrganizationIds: [],
    beneficiaryGroups: [],
    openness: 'members_only',
    organizerCount: 0,
    servedCount: 0,
    memberIds: [],
    guests: [],
    reflection: '',
    feedback: [],
    isPlannedInProject: false,
    planItemId: '',
    plannedOccurrence: null,
  };
}

/**
 * A Shanghai date and wall-clock time as an ISO instant with its offset: core's shanghaiInstantText,
 * written again here because the leader's phone form takes nothing from core at run time (its
 * bundle budget; see activity-form-page.tsx).
 */
export function shanghaiInstant(date: string, time: string): string {
  return `${date}T${time}:00+08:00`;
}

export function splitCoHosts(text: string): string[] {
  return text
    .split(/[,，、;；\n]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function placeOf(values: ActivityFormValues): ActivityInput['place'] {
  switch (values.placeKind) {
    case 'space':
      return values.spaceId ? { kind: 'space', spaceId: values.spaceId } : undefined;
    case 'estate':
      return values.estateId
        ? {
            kind: 'estate',
            estateId: values.estateId,
            ...(values.courtyardId ? { courtyardId: values.courtyardId } : {}),
          }
        : undefined;
    case 'text':
      return values.placeText.trim() ? { kind: 'text', text: values.placeText.trim() } : undefined;
    default:
      return undefined;
  }
}

/** The body of POST /api/activities (and, without runBy/organizationIds, of PATCH). */
export function toActivityInput(values: ActivityFormValues, organizationId: string): ActivityInput {
  const place = placeOf(values);
  const reflection = values.reflection.trim();
  // A draft from before plan items has none: it is sent as 计划外 rather than refused (the team
  // links the item on the activity's page later); a new form asks for the item before it queues.
  const planItemId = values.isPlannedInProject ? (values.planItemId ?? '') : '';
  return {
    runBy: 'organizations',
    organizationIds: [organizationId, ...values.jointOrganizationIds.filter((id) => id !== organizationId)],
    coHosts: splitCoHosts(values.coHosts),
    title: values.title.trim(),
    content: values.content.trim(),
    startsAt: shanghaiInstant(values.date, values.startTime),
    endsAt: shanghaiInstant(values.date, values.endTime),
    ...(place ? { place } : {}),
    beneficiaryGroups: values.beneficiaryGroups,
    openness: values.openness,
    organizerCount: values.organizerCount,
    servedCount: values.servedCount,
    participants: [
      ...values.memberIds.map((personId) => ({ personId, role: 'participant' as const })),
      ...values.guests
        .map((name) => name.trim())
        .filter((name) => name.length > 0)
        .map((guestName) => ({ guestName, role: 'participant' as const })),
    ],
    ...(reflection ? { reflection } : {}),
    feedback: values.feedback
      .filter((entry) => entry.text.trim().length > 0)
      .map((entry) => ({
        text: entry.text.trim(),
        ...(entry.saidBy.trim() ? { saidBy: entry.saidBy.trim() } : {}),
      })),
    isPlannedInProject: planItemId !== '',
    ...(planItemId ? { planItemId } : {}),
    // Moved to another day, it is another activity than the planned date's.
    ...(values.plannedOccurrence && values.plannedOccurrence.on === values.date
      ? { plannedOccurrence: values.plannedOccurrence }
      : {}),
  };
}

/** The body of PATCH /api/activities/{id}: the same fields, without who ran it. */
export function toActivityUpdate(values: ActivityFormValues, organizationId: string) {
  const {
    runBy: _runBy,
    organizationIds: _organizationIds,
    plannedOccurrence: _plannedOccurrence,
    ...update
  } = toActivityInput(values, organizationId);
  return { ...update, reflection: update.reflection ?? null, planItemId: update.planItemId ?? null };
}

/** An existing record, back into the form (editing, or completing a record made by staff). */
export function fromActivityDetail(activity: ActivityDetail, organizationId: string): ActivityFormValues {
  const starts = shanghaiClock(new Date(activity.startsAt));
  const ends = shanghaiClock(new Date(activity.endsAt));
  const place = activity.place;
  return {
    title: activity.title,
    date: starts.date,
    startTime: starts.time,
    endTime: ends.time,
    placeKind: place?.kind ?? 'none',
    spaceId: place?.spaceId ?? '',
    estateId: place?.estateId ?? '',
    courtyardId: place?.courtyardId ?? '',
    placeText: place?.kind === 'text' ? (place.text ?? '') : '',
    content: activity.content,
    coHosts: activity.coHosts.join('、'),
    jointOrganizationIds: activity.organizations.map((o) => o.id).filter((id) => id !== organizationId),
    beneficiaryGroups: activity.beneficiaryGroups,
    openness: activity.openness,
    organizerCount: activity.organizerCount,
    servedCount: activity.servedCount,
    memberIds: activity.participants.flatMap((p) => (p.personId && !p.isGuest ? [p.personId] : [])),
    guests: activity.participants.filter((p) => p.isGuest).map((p) => p.name),
    reflection: activity.reflection ?? '',
    feedback: activity.feedback.map((entry) => ({ text: entry.text, saidBy: entry.saidBy ?? '' })),
    isPlannedInProject: activity.isPlannedInProject,
    planItemId: activity.planItemId ?? '',
  };
}

/**
 * A draft read back from the phone's storage, in today's shape: one kept before plan items has the
 * free-text planItemRef (dropped: it names no item) and no planItemId.
 */
export function draftValues(kept: ActivityFormValues & { planItemRef?: unknown }): ActivityFormValues {
  const { planItemRef: _oldText, ...values } = kept;
  return { ...values, planItemId: typeof values.planItemId === 'string' ? values.planItemId : '' };
}

/** The form field a server issue (path `startsAt`, `place.text`, `participants.2`) belongs to. */
export function formFieldOf(path: string): keyof ActivityFormValues | 'form' {
  const head = path.split('.')[0] ?? '';
  switch (head) {
    case 'startsAt':
      return 'startTime';
    case 'endsAt':
      return 'endTime';
    case 'place':
      return 'placeKind';
    case 'participants':
      return 'guests';
    case 'organizationIds':
      return 'jointOrganizationIds';
    case '':
      return 'form';
    default:
      return head as keyof ActivityFormValues;
  }
}

/** What the phone checks before queueing: the few required fields, so nothing obviously wrong waits in the outbox. */
export function missingRequired(values: ActivityFormValues): (keyof ActivityFormValues)[] {
  const missing: (keyof ActivityFormValues)[] = [];
  if (!values.title.trim()) missing.push('title');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) missing.push('date');
  if (!/^\d{2}:\d{2}$/.test(values.startTime)) missing.push('startTime');
  if (!/^\d{2}:\d{2}$/.test(values.endTime) || values.endTime < values.startTime) missing.push('endTime');
  if (values.isPlannedInProject && !values.planItemId) missing.push('planItemId');
  return missing;
}
