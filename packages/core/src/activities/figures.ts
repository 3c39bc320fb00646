import { normalisePersonName } from './rules';
import type { BeneficiaryGroup, EvidenceLevel, Openness, SignInFlag } from './schemas';
import { signInEvidenceWeight } from './sign-in-trust';

/**
 * Derived figures of activities. Each is a small pure function; its definition is its comment.
 */

/** One way a person appears at an activity. Keys of one person may differ (a member signs in by phone). */
export type AttendanceEntry =
  | { kind: 'member'; personId: string; name: string; phone: string | null }
  | { kind: 'guest'; name: string }
  | { kind: 'sign_in'; name: string; phone: string | null }
  /**
   * A guest's sign-in whose phone was removed after the retention period (sign-in-trust.ts). It had
   * a phone no registered resident and no other sign-in shared, so it was a person of its own, and
   * still is: the removal changes no count.
   */
  | { kind: 'sign_in_contact_removed'; id: string };

function identityKeys(entry: AttendanceEntry): string[] {
  const name = 'name' in entry ? `name:${normalisePersonName(entry.name)}` : '';
  switch (entry.kind) {
    case 'member':
      return [`person:${entry.personId}`, name, ...(entry.phone ? [`phone:${entry.phone}`] : [])];
    case 'guest':
      return [name];
    case 'sign_in':
      return [entry.phone ? `phone:${entry.phone}` : name];
    case 'sign_in_contact_removed':
      return [`sign_in:${entry.id}`];
  }
}

/**
 * Attendance = distinct people: members picked, guests named and self sign-ins, where entries that
 * share an identity (same person id, same phone, or — for a guest or a sign-in without phone — the
 * same name as another entry) are one person. Counted as connected components, so the order of
 * the entries does not matter. Two different residents with the same name and no phone count once:
 * an undercount we accept rather than counting a double tap twice.
 */
export function countAttendance(entries: readonly AttendanceEntry[]): number {
  const parent = entries.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const owner = new Map<string, number>();
  entries.forEach((entry, i) => {
    for (const key of identityKeys(entry)) {
      const seen = owner.get(key);
      if (seen === undefined) owner.set(key, i);
      else parent[root(i)] = root(seen);
    }
  });
  return new Set(entries.map((_, i) => root(i))).size;
}

/**
 * Evidence that the activity was real, as a small ordinal: 0 self-reported only; 1 one kind of
 * evidence (photos, self sign-ins weighing at least three, a photo of the paper sheet); 2 two kinds
 * or more, or a staff member saw it (an outside observer counts for most). Three sign-ins, not one,
 * because the leader alone could sign in once; weighed (sign-in-trust.ts signInEvidenceWeight), so
 * names without a phone need six. Sign-ins flagged as implausible (a burst, more than the stated
 * size) are no evidence at all until staff look at them.
 */
export const selfSignInsAsEvidence = 3;

export function assessEvidence(evidence: {
  photoCount: number;
  selfSignIns: { withPhone: number; withoutPhone: number; flags: readonly SignInFlag[] };
  hasSignInSheetPhoto: boolean;
  hasStaffObservation: boolean;
}): EvidenceLevel {
  const reasons: EvidenceLevel['reasons'] = [];
  const { selfSignIns } = evidence;
  if (evidence.photoCount > 0) reasons.push('photos');
  if (selfSignIns.flags.length === 0 && signInEvidenceWeight(selfSignIns) >= selfSignInsAsEvidence)
    reasons.push('self_sign_ins');
  if (evidence.hasSignInSheetPhoto) reasons.push('sign_in_sheet_photo');
  if (evidence.hasStaffObservation) reasons.push('staff_observation');
  const rank = reasons.length === 0 ? 0 : reasons.length >= 2 || evidence.hasStaffObservation ? 2 : 1;
  return { rank, level: (['self_reported', 'supported', 'corroborated'] as const)[rank]!, reasons };
}

/**
 * The head count (organizers + people served) below the people actually listed or signed in is a
 * warning, not an error: sign-ins arrive after the record, and refusing would lose what the
 * leader typed. The message is built by the caller from the error catalogue (same code).
 */
export function headCountWarnings(figures: { organizerCount: number; servedCount: number; attendance: number }) {
  const headCount = figures.organizerCount + figures.servedCount;
  if (headCount >= figures.attendance) return [];
  return [
    {
      code: 'activity.head_count_below_signed_in' as const,
      params: { headCount, attendance: figures.attendance },
    },
  ];
}
export type HeadCountWarning = ReturnType<typeof headCountWarnings>[number];

/** Person-times (人次): for each person, the number of distinct activities they attended. */
export function personTimes(attendances: readonly { activityId: string; personId: string }[]): Map<string, number> {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const { activityId, personId } of attendances) {
    const key = `${personId}|${activityId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counts.set(personId, (counts.get(personId) ?? 0) + 1);
  }
  return counts;
}

export interface ActivityForFigures {
  /** The Shanghai calendar date it started on (YYYY-MM-DD). */
  startedOn: string;
  openness: Openness;
  beneficiaryGroups: readonly BeneficiaryGroup[];
  servedCount: number;
  organizationCount: number;
  fromPlan: boolean;
}

/**
 * One organization's activity figures over a period:
 * - perMonth: activities started in each month (YYYY-MM), months without any omitted;
 * - byOpenness: activities by who could join (open vs members-only is the 自益→公益 evidence);
 * - servedByGroup: people served, summed per beneficiary group — an activity serving two groups
 *   adds its served count to both, so the groups overlap and do not add up to the total;
 * - joint: activities organized with at least one other organization;
 * - planned vs held: planned dates passed in the period, how many have a record, and the gaps.
 */
export function organizationActivityFigures(
  activities: readonly ActivityForFigures[],
  planned: { due: number; held: number },
) {
  const perMonth = new Map<string, number>();
  const byOpenness: Record<Openness, number> = { members_only: 0, invited: 0, open_to_all: 0 };
  const servedByGroup: Partial<Record<BeneficiaryGroup, number>> = {};
  let joint = 0;
  let servedTotal = 0;
  for (const activity of activities) {
    const month = activity.startedOn.slice(0, 7);
    perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    byOpenness[activity.openness] += 1;
    for (const group of new Set(activity.beneficiaryGroups))
      servedByGroup[group] = (servedByGroup[group] ?? 0) + activity.servedCount;
    if (activity.organizationCount >= 2) joint += 1;
    servedTotal += activity.servedCount;
  }
  return {
    total: activities.length,
    perMonth: [...perMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
    byOpenness,
    servedByGroup,
    servedTotal,
    joint,
    fromPlan: activities.filter((a) => a.fromPlan).length,
    planned: { due: planned.due, held: planned.held, gaps: planned.due - planned.held },
  };
}
