import { fail, ok, type Result } from '../errors';
import { shanghaiDate } from '../shared/time';

/**
 * "No duplicates, no omissions" (既不重复又不遗漏, seed 002): the organization's record and a staff
 * member's tracking log of the same activity must land on one activity. These rules decide when two
 * records describe the same activity. Pure: instants are passed in.
 */

export interface TimedActivity {
  organizationIds: readonly string[];
  startsAt: Date;
  endsAt: Date;
}

/**
 * Two records may describe the same activity when
 * - they share at least one organization (a joint activity recorded by one partner and observed
 *   at another partner's side is still one activity);
 * - they start on the same calendar day in Asia/Shanghai;
 * - their time spans overlap, where touching ends count (closed intervals: 9:00–10:00 and
 *   10:00–11:00 overlap). Times are typed from memory and rounded to the hour, and a staff member
 *   often writes only the part they saw, so a false suspicion (one click of "不是同一次") is cheaper
 *   than a duplicate nobody notices. A zero-length span (a moment observed) overlaps a span that
 *   contains it.
 */
export function activitiesOverlap(a: TimedActivity, b: TimedActivity): boolean {
  const shared = a.organizationIds.some((id) => b.organizationIds.includes(id));
  if (!shared) return false;
  if (shanghaiDate(a.startsAt) !== shanghaiDate(b.startsAt)) return false;
  return a.startsAt.getTime() <= b.endsAt.getTime() && b.startsAt.getTime() <= a.endsAt.getTime();
}

/** What a log that names no activity does: attach to the one match, create one, or ask staff. */
export type TrackingMatch<T> =
  | { kind: 'attach'; activity: T }
  | { kind: 'create' }
  | { kind: 'choose'; candidates: T[] };

/**
 * Whichever arrives first is the activity: with exactly one matching, non-merged activity the log
 * attaches to it; with none it creates one; with several, staff choose (never guessed).
 */
export function matchTrackingVisit<T extends TimedActivity>(visit: TimedActivity, activities: readonly T[]) {
  const matches = activities.filter((activity) => activitiesOverlap(visit, activity));
  if (matches.length === 1) return { kind: 'attach', activity: matches[0]! } as TrackingMatch<T>;
  if (matches.length === 0) return { kind: 'create' } as TrackingMatch<T>;
  return { kind: 'choose', candidates: matches } as TrackingMatch<T>;
}

/** The observed span makes sense: the end is not before the start. */
export function checkObservedSpan(span: { observedStartsAt: string; observedEndsAt: string }): Result<void> {
  if (Date.parse(span.observedEndsAt) < Date.parse(span.observedStartsAt)) return fail('activity.end_before_start');
  return ok(undefined);
}
