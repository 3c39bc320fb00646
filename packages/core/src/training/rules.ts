import type { ErrorCode } from '../errors';
import type { ApplicationStatus, InterviewResult, TrainingDecisionInput, TrainingFigures } from './schemas';

/**
 * The application's path (seed 000: 担保 → 面试 → 自我承诺 → 名单敲定):
 *   applied → interviewed → committed (自我承诺 signed) → accepted
 *   any step before a decision → declined (with a reason)
 * An interview may be recorded again while no commitment is signed (a 'wait' becomes a 'pass');
 * only a passed interview leads to the commitment; accepted and declined are final.
 */
export type ApplicationStep = 'interview' | 'commitment' | 'accept' | 'decline';

export interface ApplicationState {
  status: ApplicationStatus;
  interviewResult: InterviewResult | null;
}

/** Why `step` is refused from `state`, or null when it is allowed. */
export function applicationStepError(state: ApplicationState, step: ApplicationStep): ErrorCode | null {
  if (state.status === 'accepted' || state.status === 'declined') return 'training.application_decided';
  switch (step) {
    case 'interview':
      return state.status === 'committed' ? 'training.commitment_already_signed' : null;
    case 'commitment':
      if (state.status === 'applied') return 'training.interview_first';
      if (state.status === 'committed') return 'training.commitment_already_signed';
      return state.interviewResult === 'pass' ? null : 'training.interview_not_passed';
    case 'accept':
      return state.status === 'committed' ? null : 'training.commitment_first';
    case 'decline':
      return null;
  }
}

/** The status after `step` (which `applicationStepError` allowed). */
export function statusAfter(step: ApplicationStep): ApplicationStatus {
  const next: Record<ApplicationStep, ApplicationStatus> = {
    interview: 'interviewed',
    commitment: 'committed',
    accept: 'accepted',
    decline: 'declined',
  };
  return next[step];
}

/** A decline must say why: the applicant found a guarantor and came to an interview. */
export function decisionError(input: TrainingDecisionInput): ErrorCode | null {
  return input.decision === 'declined' && input.reason.trim() === '' ? 'training.decline_reason_required' : null;
}

/**
 * The default attendance rule: all planned sessions but one (8 planned → at least 7; a cohort
 * that wants "6 of 8" says 6). A single planned session must be attended.
 */
export function defaultMinimumSessions(plannedSessions: number): number {
  return Math.max(1, plannedSessions - 1);
}

/** A cohort's rule may not ask for more sessions than it plans. */
export function attendanceRuleError(plannedSessions: number, minimum: number): ErrorCode | null {
  return minimum > plannedSessions ? 'training.rule_above_planned' : null;
}

/** Graduates: accepted applicants who attended at least the cohort's minimum of sessions. */
export function graduatesOf<T extends { status: ApplicationStatus; sessionsAttended: number }>(
  applications: readonly T[],
  minimumSessionsAttended: number,
): T[] {
  return applications.filter((a) => a.status === 'accepted' && a.sessionsAttended >= minimumSessionsAttended);
}

/** What a session knows of who came: the roll call staff ticked, and the applicants who signed in at its activity. */
export interface SessionPresence {
  presentApplicationIds: readonly string[];
  /** Matched by phone from the linked activity's self sign-ins (db training/signed-in.ts); absent: none. */
  signedInApplicationIds?: readonly string[];
}

/**
 * Who was at a session: ticked on the roll call, or signed in at the door — either is enough (a
 * resident who scanned the QR code need not also be ticked), and both count once.
 */
export function presentAt(session: SessionPresence): Set<string> {
  return new Set([...session.presentApplicationIds, ...(session.signedInApplicationIds ?? [])]);
}

/** How many of `sessions` each application attended (by `presentAt`). */
export function sessionsAttendedBy(sessions: readonly SessionPresence[]): Map<string, number> {
  const attended = new Map<string, number>();
  for (const session of sessions) for (const id of presentAt(session)) attended.set(id, (attended.get(id) ?? 0) + 1);
  return attended;
}

/**
 * A cohort graduates once its last session is held: every planned session is on its list and none
 * lies after `today` (graduating earlier would judge attendance on sessions still to come).
 */
export function graduationError(
  plannedSessions: number,
  sessions: readonly { heldOn: string }[],
  today: string,
): ErrorCode | null {
  if (sessions.length < plannedSessions || sessions.some((s) => s.heldOn > today)) return 'training.sessions_not_over';
  return null;
}

/** A cohort's figures: applied (every application), accepted, declined, present per session, graduated. */
export function cohortFigures(
  applications: readonly { id: string; status: ApplicationStatus; graduated: boolean }[],
  sessions: readonly (SessionPresence & { number: number })[],
): TrainingFigures {
  const accepted = new Set(applications.filter((a) => a.status === 'accepted').map((a) => a.id));
  return {
    applied: applications.length,
    accepted: accepted.size,
    declined: applications.filter((a) => a.status === 'declined').length,
    attendedPerSession: [...sessions]
      .sort((a, b) => a.number - b.number)
      .map((s) => ({ number: s.number, attended: [...presentAt(s)].filter((id) => accepted.has(id)).length })),
    graduated: applications.filter((a) => a.graduated).length,
  };
}
