import { fail, ok, type Result } from '../errors';
import type { HoursBasis, HoursTotals, VolunteerSignInInput, VolunteerSummary } from './schemas';

/**
 * Service hours (服务时长) are the actual time of service, travel excluded (民政部令第67号 第八条).
 * Signing in and out gives the span; it is clipped to the activity's own span widened by this
 * margin on each side — a volunteer who comes early to set up chairs or stays to tidy has served,
 * but one who forgets to sign out until they are home has not served the evening. One hour is an
 * assumption (setting up and clearing away a square dance or a market stall takes about that).
 */
export const serviceMarginMinutes = 60;

/** Minutes served from a sign-in and a sign-out, clipped to [start − margin, end + margin]; never negative. */
export function serviceMinutes(
  span: { signedInAt: Date; signedOutAt: Date },
  activity: { startsAt: Date; endsAt: Date },
): number {
  const margin = serviceMarginMinutes * 60_000;
  const from = Math.max(span.signedInAt.getTime(), activity.startsAt.getTime() - margin);
  const to = Math.min(span.signedOutAt.getTime(), activity.endsAt.getTime() + margin);
  return Math.max(0, Math.floor((to - from) / 60_000));
}

/**
 * The most minutes one record at an activity may hold, whoever enters it: the activity's span and
 * the margin on both sides — the same bound the sign-in/out gets (accurate records, 第六条).
 */
export function maxServiceMinutes(activity: { startsAt: Date; endsAt: Date }): number {
  const span = Math.floor((activity.endsAt.getTime() - activity.startsAt.getTime()) / 60_000);
  return Math.max(0, span) + 2 * serviceMarginMinutes;
}

/** Hours entered for an activity: it must have begun, and the minutes must fit its span (with margins). */
export function checkEnteredMinutes(
  minutes: number,
  activity: { startsAt: Date; endsAt: Date },
  now: Date,
): Result<number> {
  if (activity.startsAt.getTime() > now.getTime()) return fail('volunteering.not_yet_held');
  const most = maxServiceMinutes(activity);
  if (minutes > most) return fail('volunteering.minutes_exceed_span', { most });
  return ok(minutes);
}

/** Volunteer sign-in/out stays open as long as the activity's self sign-in: 24 h after its end. */
export const volunteerSignInClosesAfterHours = 24;

export function isVolunteerSignInOpen(endsAt: Date, now: Date): boolean {
  return now.getTime() <= endsAt.getTime() + volunteerSignInClosesAfterHours * 3_600_000;
}

/**
 * Adults only on the public page. 《志愿服务条例》第十五条 lets minors volunteer in activities fit
 * for their age with a guardian's consent; such a record belongs with the organization (entered by
 * the leader with the guardian), not on a public page that would collect a child's phone number
 * (PIPL art. 31). The page says so.
 */
export function checkVolunteerSignIn(input: VolunteerSignInInput): Result<VolunteerSignInInput> {
  if (input.isChild) return fail('volunteering.child_not_volunteer');
  // Name and phone are kept as a service record only with the volunteer's agreement (PIPL art. 13–14).
  if (!input.consent) return fail('volunteering.consent_required');
  return ok(input);
}

export function isProvenBasis(basis: HoursBasis): boolean {
  return basis === 'sign_in_out' || basis === 'staff_observed';
}

/**
 * What a certificate may count: proven hours, and hours entered afterwards once staff have
 * confirmed them. Never an unconfirmed entry (谁记录谁证明 — and only what is true).
 */
export function countsTowardCertificate(record: { basis: HoursBasis; isConfirmed: boolean }): boolean {
  return isProvenBasis(record.basis) || record.isConfirmed;
}

export interface CountableHours {
  basis: HoursBasis;
  minutes: number;
  isConfirmed: boolean;
}

/** Totals kept apart by basis and confirmation; `total` = the sum of the parts. */
export function totalHours(records: readonly CountableHours[]): HoursTotals {
  const totals: HoursTotals = {
    signInOut: 0,
    staffObserved: 0,
    proven: 0,
    enteredConfirmed: 0,
    enteredUnconfirmed: 0,
    total: 0,
    certifiable: 0,
    records: records.length,
  };
  for (const record of records) {
    if (record.basis === 'sign_in_out') totals.signInOut += record.minutes;
    else if (record.basis === 'staff_observed') totals.staffObserved += record.minutes;
    else if (record.isConfirmed) totals.enteredConfirmed += record.minutes;
    else totals.enteredUnconfirmed += record.minutes;
  }
  totals.proven = totals.signInOut + totals.staffObserved;
  totals.total = totals.proven + totals.enteredConfirmed + totals.enteredUnconfirmed;
  totals.certifiable = totals.proven + totals.enteredConfirmed;
  return totals;
}

/**
 * Hours per volunteer: records of the same person together; a sign-in not yet linked to a person
 * stands on its own name (two unlinked 王秀英 are one line until someone links them). Sorted by
 * total minutes, most first, then by name.
 */
export function volunteersOf(
  records: readonly {
    personId: string | null;
    volunteerName: string;
    minutes: number;
    countsTowardCertificate: boolean;
    activityDate: string;
  }[],
): VolunteerSummary[] {
  const byKey = new Map<string, VolunteerSummary>();
  for (const record of records) {
    const key = record.personId ?? `name:${record.volunteerName}`;
    const entry = byKey.get(key) ?? {
      personId: record.personId,
      name: record.volunteerName,
      totalMinutes: 0,
      certifiableMinutes: 0,
      lastServedOn: record.activityDate,
    };
    entry.totalMinutes += record.minutes;
    if (record.countsTowardCertificate) entry.certifiableMinutes += record.minutes;
    if (record.activityDate > entry.lastServedOn) entry.lastServedOn = record.activityDate;
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) => b.totalMinutes - a.totalMinutes || a.name.localeCompare(b.name, 'zh-CN'));
}

/**
 * Organizations have no short code of their own yet, so the certificate number uses the first six
 * hex digits of the organization's id (stable, and unique enough to read; the full number is
 * unique in the database anyway). A registered code can replace it later without renumbering.
 */
export function organizationShortCode(organizationId: string): string {
  return organizationId.replace(/-/g, '').slice(0, 6).toUpperCase();
}

/** 证明编号: `{organization code}-{year}-{sequence, 4 digits}`, e.g. `3FA21C-2026-0007`. */
export function formatCertificateNumber(organizationId: string, year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`certificate sequence must be ≥ 1, got ${sequence}`);
  return `${organizationShortCode(organizationId)}-${year}-${String(sequence).padStart(4, '0')}`;
}

/** A certificate period: `from` not after `to`. */
export function checkCertificatePeriod(period: { from?: string; to?: string }): Result<{ from?: string; to?: string }> {
  if (period.from && period.to && period.from > period.to) return fail('volunteering.period_backwards');
  return ok(period);
}
