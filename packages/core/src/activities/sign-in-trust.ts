import type { SignInFlag } from './schemas';

/**
 * How far a public sign-in can be trusted as evidence. Anyone holding an activity's code can sign
 * in, so the code alone proves little: these rules bound what a code can add and flag what looks
 * made up. Pure: the caller passes the instants and the activity's stated size.
 */

/** The activity's own statement of its size: organizers plus people served (活动人数). */
export function statedHeadCount(activity: { organizerCount: number; servedCount: number }): number {
  return activity.organizerCount + activity.servedCount;
}

/**
 * The most self sign-ins one code takes: twice the stated size, and never fewer than 50. Twice,
 * because a leader states the size before the day and an open activity in a square draws passers-by;
 * the floor of 50, because a small team's leader may leave the size at a few people and a
 * performance still fills the square. Beyond it a sign-in is no longer evidence of anything the
 * record claims, so the page asks for the paper sheet instead.
 */
export const signInCeilingFloor = 50;

export function signInCeiling(statedSize: number): number {
  return Math.max(signInCeilingFloor, 2 * statedSize);
}

/**
 * A burst: more sign-ins inside one minute than people can plausibly type a name and tap: 20, or a
 * quarter of the stated size for a large activity. A resident needs about half a minute with the
 * form; 20 in a minute is already a queue of phones at the QR code, 120 in five seconds is a script.
 */
export const burstSignInsPerMinute = 20;

export function burstThreshold(statedSize: number): number {
  return Math.max(burstSignInsPerMinute, Math.ceil(statedSize / 4));
}

/** The most sign-ins inside any window of 60 seconds (the instants in any order). */
export function mostSignInsWithinAMinute(signedAt: readonly Date[]): number {
  const times = signedAt.map((at) => at.getTime()).sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < times.length; last += 1) {
    while (times[last]! - times[first]! >= 60_000) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/**
 * Why an activity's self sign-ins look implausible, shown to staff and leaders on the activity:
 * - `burst`: more in one minute than burstThreshold;
 * - `more_than_stated`: more sign-ins than the activity says it had people (organizers + served).
 * A flagged activity's sign-ins do not count as evidence (figures.ts assessEvidence).
 */
export function signInFlags(signedAt: readonly Date[], statedSize: number): SignInFlag[] {
  const flags: SignInFlag[] = [];
  if (mostSignInsWithinAMinute(signedAt) > burstThreshold(statedSize)) flags.push('burst');
  if (signedAt.length > statedSize) flags.push('more_than_stated');
  return flags;
}

/**
 * Self sign-ins as evidence, weighed: one with a phone counts 1, one without counts ½. A phone is
 * something a real resident has and a script must invent (and staff can call it); a bare name costs
 * nothing to type. A child's sign-in never has a phone, so a children's activity needs twice as many.
 */
export function signInEvidenceWeight(signIns: { withPhone: number; withoutPhone: number }): number {
  return signIns.withPhone + signIns.withoutPhone / 2;
}

/**
 * Guests' contact data (the phone of a sign-in or a volunteer attendance that belongs to no
 * registered resident) is removed this many days after the activity ends. 180 days covers what the
 * phone is kept for — staff calling a few signers to check an activity was real, linking an unknown
 * volunteer to a person, the half-yearly stage assessment (publicActivityLookbackMonths) and a grant
 * period's report — and no more (PIPL art. 19: kept no longer than the purpose needs). Names and
 * counts stay, so attendance and evidence figures do not change.
 */
export const guestContactRetentionDays = 180;

/** The activity end before which guests' contact data is due for removal at `now`. */
export function guestContactCutoff(now: Date): Date {
  return new Date(now.getTime() - guestContactRetentionDays * 86_400_000);
}
