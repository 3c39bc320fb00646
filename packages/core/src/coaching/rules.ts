import { fail, ok, type Result } from '../errors';
import type { CoachingSessionInput, PlanStatus, StaffTrend } from './schemas';

/** Rules of coaching sessions and cultivation plans. Pure: `today` is passed in. */

const dayMs = 24 * 60 * 60 * 1000;

/** Whole days from one ISO date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/**
 * A session's length: from its start and end times when both are given (the end must be after the
 * start), otherwise the duration given. Both given and disagreeing is refused rather than guessed.
 */
export function resolveSessionMinutes(times: {
  startTime?: string | null | undefined;
  endTime?: string | null | undefined;
  durationMinutes?: number | null | undefined;
}): Result<number> {
  const { startTime, endTime, durationMinutes } = times;
  if (endTime && !startTime) return fail('coaching.end_without_start');
  if (startTime && endTime) {
    const span = minutesOfDay(endTime) - minutesOfDay(startTime);
    if (span <= 0) return fail('coaching.end_before_start');
    if (durationMinutes != null && durationMinutes !== span) return fail('coaching.duration_mismatch');
    return ok(span);
  }
  if (durationMinutes == null) return fail('coaching.duration_required');
  if (!Number.isInteger(durationMinutes) || durationMinutes <= 0) return fail('coaching.duration_required');
  return ok(durationMinutes);
}

/**
 * A new session checked before anything is written: its duration resolved, and every plan review
 * about an organization that was present, at most one per organization.
 */
export function checkCoachingSessionInput(
  input: CoachingSessionInput,
): Result<CoachingSessionInput & { durationMinutes: number }> {
  const minutes = resolveSessionMinutes(input);
  if (!minutes.ok) return minutes;
  const present = new Set(input.organizationIds);
  const reviewed = new Set<string>();
  for (const review of input.planReviews) {
    if (!present.has(review.organizationId)) return fail('coaching.review_not_present');
    if (reviewed.has(review.organizationId)) return fail('coaching.review_twice');
    reviewed.add(review.organizationId);
  }
  return ok({
    ...input,
    organizationIds: [...present],
    personIds: [...new Set(input.personIds)],
    staffUserIds: [...new Set(input.staffUserIds)],
    capabilities: [...new Set(input.capabilities)],
    durationMinutes: minutes.value,
  });
}

/** An active plan whose next step was due before today is overdue; a paused or completed one never is. */
export function isNextStepOverdue(plan: { status: PlanStatus; nextStepOn: string | null }, today: string): boolean {
  return plan.status === 'active' && plan.nextStepOn !== null && plan.nextStepOn < today;
}

/** Whole days a next step is past its date on `today` (0 when it is not past). */
export function daysOverdue(nextStepOn: string, today: string): number {
  return Math.max(0, daysBetween(nextStepOn, today));
}

/** A period for figures: from ≤ to, and not longer than `maxDays`. */
export function checkCoachingPeriod(
  period: { from: string; to: string },
  maxDays: number,
): Result<{ from: string; to: string }> {
  if (period.to < period.from) return fail('coaching.period_reversed');
  if (daysBetween(period.from, period.to) > maxDays) return fail('coaching.period_too_long', { days: maxDays });
  return ok(period);
}

/** The longest period the workload and staff-hours figures answer for. */
export const coachingMaxPeriodDays = 3 * 366;

/** The months ('YYYY-MM') from the month of `from` to the month of `to`, both included. */
export function coachingPeriodMonths(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (let guard = 0; guard < 1200; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** How many trailing months the trend looks at: half a year smooths one busy month out. */
export const trendWindowMonths = 6;

/**
 * The plain-words trend of staff time on an organization (seed 001: "an organization that needs
 * staff less and less is succeeding"). Definition: the least-squares slope b of minutes against
 * month index over the last `trendWindowMonths` months (months without staff time count as 0).
 * Steady when |b| is at most 10% of the window's mean per month or under 5 minutes a month
 * (noise); otherwise decreasing (b < 0) or increasing. Fewer than 3 months, or no staff time at
 * all in the window, is too little data to say.
 */
export function staffHoursTrend(monthlyMinutes: readonly number[]): { trend: StaffTrend; slope: number } {
  const window = monthlyMinutes.slice(-trendWindowMonths);
  const n = window.length;
  const total = window.reduce((sum, m) => sum + m, 0);
  if (n < 3 || total === 0) return { trend: 'too_little_data', slope: 0 };
  const meanX = (n - 1) / 2;
  const meanY = total / n;
  let numerator = 0;
  let denominator = 0;
  window.forEach((y, x) => {
    numerator += (x - meanX) * (y - meanY);
    denominator += (x - meanX) ** 2;
  });
  const slope = numerator / denominator;
  const rounded = Math.round(slope * 10) / 10;
  if (Math.abs(slope) <= Math.max(0.1 * meanY, 5)) return { trend: 'steady', slope: rounded };
  return { trend: slope < 0 ? 'decreasing' : 'increasing', slope: rounded };
}
