import { describe, expect, it } from 'vitest';
import {
  applicationStepError,
  attendanceRuleError,
  cohortFigures,
  decisionError,
  defaultMinimumSessions,
  graduatesOf,
  graduationError,
  presentAt,
  sessionsAttendedBy,
} from './rules';

describe('the application state machine', () => {
  const applied = { status: 'applied', interviewResult: null } as const;
  const waiting = { status: 'interviewed', interviewResult: 'wait' } as const;
  const passed = { status: 'interviewed', interviewResult: 'pass' } as const;
  const committed = { status: 'committed', interviewResult: 'pass' } as const;

  it('goes applied → interviewed → committed → accepted', () => {
    expect(applicationStepError(applied, 'interview')).toBeNull();
    expect(applicationStepError(passed, 'commitment')).toBeNull();
    expect(applicationStepError(committed, 'accept')).toBeNull();
  });

  it('refuses skipped steps with their codes', () => {
    expect(applicationStepError(applied, 'commitment')).toBe('training.interview_first');
    expect(applicationStepError(waiting, 'commitment')).toBe('training.interview_not_passed');
    expect(applicationStepError(applied, 'accept')).toBe('training.commitment_first');
    expect(applicationStepError(passed, 'accept')).toBe('training.commitment_first');
    expect(applicationStepError(committed, 'interview')).toBe('training.commitment_already_signed');
    expect(applicationStepError(committed, 'commitment')).toBe('training.commitment_already_signed');
  });

  it('lets a waiting interview be recorded again, and a decline come at any open step', () => {
    expect(applicationStepError(waiting, 'interview')).toBeNull();
    for (const state of [applied, waiting, passed, committed])
      expect(applicationStepError(state, 'decline')).toBeNull();
  });

  it('keeps accepted and declined final', () => {
    for (const status of ['accepted', 'declined'] as const)
      for (const step of ['interview', 'commitment', 'accept', 'decline'] as const)
        expect(applicationStepError({ status, interviewResult: 'pass' }, step)).toBe('training.application_decided');
  });

  it('asks a reason of a decline only', () => {
    expect(decisionError({ decision: 'declined', reason: '  ' })).toBe('training.decline_reason_required');
    expect(decisionError({ decision: 'declined', reason: '时间冲突' })).toBeNull();
    expect(decisionError({ decision: 'accepted', reason: '' })).toBeNull();
  });
});

describe('graduation by the attendance rule', () => {
  it('defaults to all planned sessions but one', () => {
    expect(defaultMinimumSessions(8)).toBe(7);
    expect(defaultMinimumSessions(6)).toBe(5);
    expect(defaultMinimumSessions(1)).toBe(1);
  });

  it('refuses a rule above the sessions planned', () => {
    expect(attendanceRuleError(8, 9)).toBe('training.rule_above_planned');
    expect(attendanceRuleError(8, 6)).toBeNull();
  });

  it('graduates accepted applicants who attended at least the minimum', () => {
    const applications = [
      { id: 'a', status: 'accepted', sessionsAttended: 6 },
      { id: 'b', status: 'accepted', sessionsAttended: 5 },
      { id: 'c', status: 'declined', sessionsAttended: 8 },
      { id: 'd', status: 'accepted', sessionsAttended: 8 },
    ] as const;
    expect(graduatesOf(applications, 6).map((a) => a.id)).toEqual(['a', 'd']);
  });
});

describe("a cohort's figures", () => {
  it('counts applied, accepted, declined, accepted present per session and graduated', () => {
    const applications = [
      { id: 'a', status: 'accepted', graduated: true },
      { id: 'b', status: 'accepted', graduated: false },
      { id: 'c', status: 'declined', graduated: false },
      { id: 'd', status: 'applied', graduated: false },
    ] as const;
    const sessions = [
      { number: 2, presentApplicationIds: [], signedInApplicationIds: ['a'] },
      { number: 1, presentApplicationIds: ['a', 'b', 'c'] },
    ];
    expect(cohortFigures(applications, sessions)).toEqual({
      applied: 4,
      accepted: 2,
      declined: 1,
      attendedPerSession: [
        { number: 1, attended: 2 },
        { number: 2, attended: 1 },
      ],
      graduated: 1,
    });
  });
});

describe('who was at a session', () => {
  it('is the roll call and the sign-ins together, each applicant once', () => {
    expect([...presentAt({ presentApplicationIds: ['a', 'b'], signedInApplicationIds: ['b', 'c'] })].sort()).toEqual([
      'a',
      'b',
      'c',
    ]);
    const attended = sessionsAttendedBy([
      { presentApplicationIds: ['a'], signedInApplicationIds: ['a'] },
      { presentApplicationIds: [], signedInApplicationIds: ['a', 'b'] },
      { presentApplicationIds: ['b'] },
    ]);
    expect(Object.fromEntries(attended)).toEqual({ a: 2, b: 2 });
  });
});

describe('when a cohort may graduate', () => {
  const today = '2026-06-30';
  it('after its last planned session is held, not before', () => {
    expect(graduationError(2, [{ heldOn: '2026-06-01' }, { heldOn: '2026-06-30' }], today)).toBeNull();
    expect(graduationError(2, [{ heldOn: '2026-06-01' }], today)).toBe('training.sessions_not_over');
    expect(graduationError(2, [{ heldOn: '2026-06-01' }, { heldOn: '2026-07-01' }], today)).toBe(
      'training.sessions_not_over',
    );
  });
});
