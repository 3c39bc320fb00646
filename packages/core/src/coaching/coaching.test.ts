import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coachingSessionsToCsv } from './csv';
import {
  checkCoachingPeriod,
  checkCoachingSessionInput,
  coachingPeriodMonths,
  daysOverdue,
  isNextStepOverdue,
  resolveSessionMinutes,
  staffHoursTrend,
} from './rules';
import { type CoachingSession, coachingKinds, coachingSessionInputSchema } from './schemas';
import { computeWorkload, type WorkloadSession } from './workload';

const orgA = { id: '00000000-0000-4000-8000-00000000000a', name: '夕阳红舞蹈队' };
const orgB = { id: '00000000-0000-4000-8000-00000000000b', name: '邻里互助队' };
const orgC = { id: '00000000-0000-4000-8000-00000000000c', name: '环保小队' };
const staffX = { id: '00000000-0000-4000-8000-0000000000f1', name: '王社工' };
const staffY = { id: '00000000-0000-4000-8000-0000000000f2', name: '李助理' };

describe('resolveSessionMinutes', () => {
  it('takes the duration given', () => {
    expect(resolveSessionMinutes({ durationMinutes: 90 })).toEqual({ ok: true, value: 90 });
  });
  it('derives the duration from the start and end', () => {
    expect(resolveSessionMinutes({ startTime: '14:00', endTime: '15:30' })).toEqual({ ok: true, value: 90 });
  });
  it('refuses an end before (or at) the start', () => {
    expect(resolveSessionMinutes({ startTime: '15:00', endTime: '14:00' })).toMatchObject({
      ok: false,
      error: { code: 'coaching.end_before_start' },
    });
    expect(resolveSessionMinutes({ startTime: '15:00', endTime: '15:00' })).toMatchObject({ ok: false });
  });
  it('refuses a duration that disagrees with the times, and no duration at all', () => {
    expect(resolveSessionMinutes({ startTime: '14:00', endTime: '15:00', durationMinutes: 90 })).toMatchObject({
      error: { code: 'coaching.duration_mismatch' },
    });
    expect(resolveSessionMinutes({ startTime: '14:00' })).toMatchObject({
      error: { code: 'coaching.duration_required' },
    });
    expect(resolveSessionMinutes({ endTime: '14:00', durationMinutes: 60 })).toMatchObject({
      error: { code: 'coaching.end_without_start' },
    });
  });
  it('the schema refuses a negative or fractional duration', () => {
    const base = { kind: 'workshop', heldOn: '2026-06-01', organizationIds: [orgA.id], topic: '财务' };
    expect(coachingSessionInputSchema.safeParse({ ...base, durationMinutes: -30 }).success).toBe(false);
    expect(coachingSessionInputSchema.safeParse({ ...base, durationMinutes: 1.5 }).success).toBe(false);
    expect(coachingSessionInputSchema.safeParse({ ...base, durationMinutes: 60 }).success).toBe(true);
  });
});

describe('checkCoachingSessionInput', () => {
  const input = coachingSessionInputSchema.parse({
    kind: 'open_day',
    heldOn: '2026-06-01',
    durationMinutes: 60,
    organizationIds: [orgA.id, orgA.id, orgB.id],
    topic: '报销单据',
    planReviews: [{ organizationId: orgA.id, whatChanged: '已选出财务' }],
  });
  it('removes repeated organizations and keeps reviews of organizations present', () => {
    const checked = checkCoachingSessionInput(input);
    expect(checked.ok && checked.value.organizationIds).toEqual([orgA.id, orgB.id]);
  });
  it('refuses a review of an organization that was not present, or twice', () => {
    expect(
      checkCoachingSessionInput({ ...input, planReviews: [{ organizationId: orgC.id, whatChanged: 'x' }] }),
    ).toMatchObject({ error: { code: 'coaching.review_not_present' } });
    expect(
      checkCoachingSessionInput({
        ...input,
        planReviews: [
          { organizationId: orgA.id, whatChanged: 'x' },
          { organizationId: orgA.id, whatChanged: 'y' },
        ],
      }),
    ).toMatchObject({ error: { code: 'coaching.review_twice' } });
  });
});

describe('plans and periods', () => {
  it('flags an active plan whose next step date has passed', () => {
    expect(isNextStepOverdue({ status: 'active', nextStepOn: '2026-06-29' }, '2026-06-30')).toBe(true);
    expect(isNextStepOverdue({ status: 'active', nextStepOn: '2026-06-30' }, '2026-06-30')).toBe(false);
    expect(isNextStepOverdue({ status: 'paused', nextStepOn: '2026-01-01' }, '2026-06-30')).toBe(false);
    expect(isNextStepOverdue({ status: 'active', nextStepOn: null }, '2026-06-30')).toBe(false);
  });
  it('counts the whole days a next step is overdue, across a month and a year end', () => {
    expect(daysOverdue('2026-06-29', '2026-06-30')).toBe(1);
    expect(daysOverdue('2026-05-31', '2026-06-30')).toBe(30);
    expect(daysOverdue('2025-12-31', '2026-01-02')).toBe(2);
    expect(daysOverdue('2026-07-01', '2026-06-30')).toBe(0);
  });
  it('lists the months of a period across a year end', () => {
    expect(coachingPeriodMonths('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(coachingPeriodMonths('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });
  it('refuses a reversed or too long period', () => {
    expect(checkCoachingPeriod({ from: '2026-02-01', to: '2026-01-01' }, 100)).toMatchObject({
      error: { code: 'coaching.period_reversed' },
    });
    expect(checkCoachingPeriod({ from: '2026-01-01', to: '2026-12-31' }, 100)).toMatchObject({
      error: { code: 'coaching.period_too_long', params: { days: 100 } },
    });
    expect(checkCoachingPeriod({ from: '2026-01-01', to: '2026-01-31' }, 100).ok).toBe(true);
  });
});

describe('staffHoursTrend', () => {
  it('reads a falling series as decreasing (the organization needs staff less)', () => {
    // 600, 480, …, 0: slope −120 a month.
    expect(staffHoursTrend([600, 480, 360, 240, 120, 0])).toEqual({ trend: 'decreasing', slope: -120 });
  });
  it('reads a rising series as increasing and a flat one as steady', () => {
    expect(staffHoursTrend([60, 120, 180, 240]).trend).toBe('increasing');
    expect(staffHoursTrend([300, 310, 290, 300, 305, 295]).trend).toBe('steady');
  });
  it('looks only at the last six months', () => {
    // An old busy spell does not hide a recent rise.
    expect(staffHoursTrend([900, 900, 900, 0, 60, 120, 180, 240, 300]).trend).toBe('increasing');
  });
  it('says too little data for under three months or no staff time at all', () => {
    expect(staffHoursTrend([100, 50]).trend).toBe('too_little_data');
    expect(staffHoursTrend([0, 0, 0, 0]).trend).toBe('too_little_data');
  });
  it('never calls a series decreasing when every month is at least the one before', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 3, maxLength: 12 }), (raw) => {
        const rising = [...raw].sort((a, b) => a - b);
        expect(staffHoursTrend(rising).trend).not.toBe('decreasing');
      }),
    );
  });
});

describe('computeWorkload', () => {
  const session = (over: Partial<WorkloadSession>): WorkloadSession => ({
    id: 's',
    heldOn: '2026-05-04',
    durationMinutes: 120,
    isOnline: false,
    kind: 'workshop',
    organizations: [orgA],
    staff: [staffX],
    ...over,
  });

  it('answers the seed’s question: sessions, per organization, hours each', () => {
    const sessions = [
      session({ id: '1', organizations: [orgA, orgB, orgC], kind: 'training_course', durationMinutes: 180 }),
      session({ id: '2', organizations: [orgA], kind: 'open_day', durationMinutes: 60 }),
      session({
        id: '3',
        organizations: [orgB],
        isOnline: true,
        kind: 'online_qa',
        durationMinutes: 60,
        heldOn: '2026-06-01',
        staff: [staffX, staffY],
      }),
    ];
    const workload = computeWorkload(sessions, { from: '2026-05-01', to: '2026-06-30' });
    expect(workload.totals).toEqual({
      sessions: 3,
      minutes: 300,
      organizationsReached: 3,
      organizationSessions: 5,
      sessionsPerOrganization: 1.7,
      averageMinutes: 100,
      staffMembers: 2,
    });
    // The training course counts its full three hours for each organization present.
    expect(workload.byOrganization.find((o) => o.id === orgA.id)).toMatchObject({ sessions: 2, minutes: 240 });
    expect(workload.byOrganization.find((o) => o.id === orgC.id)).toMatchObject({ sessions: 1, minutes: 180 });
    expect(workload.byStaff[0]).toMatchObject({ id: staffX.id, sessions: 3, minutes: 300 });
    expect(workload.byMode).toEqual({ online: { sessions: 1, minutes: 60 }, offline: { sessions: 2, minutes: 240 } });
    expect(workload.byMonth).toEqual([
      { month: '2026-05', sessions: 2, minutes: 240 },
      { month: '2026-06', sessions: 1, minutes: 60 },
    ]);
    expect(workload.byKind.map((k) => k.kind)).toEqual(['training_course', 'open_day', 'online_qa']);
  });

  it('an empty period is all zeros, not NaN', () => {
    const workload = computeWorkload([], { from: '2026-05-01', to: '2026-06-30' });
    expect(workload.totals.sessionsPerOrganization).toBe(0);
    expect(workload.totals.averageMinutes).toBe(0);
  });

  const arbitrarySession = fc.record({
    id: fc.uuid(),
    heldOn: fc.constantFrom('2026-01-15', '2026-02-03', '2026-02-28', '2026-03-10'),
    durationMinutes: fc.integer({ min: 1, max: 600 }),
    isOnline: fc.boolean(),
    kind: fc.constantFrom(...coachingKinds),
    organizations: fc.subarray([orgA, orgB, orgC], { minLength: 1 }),
    staff: fc.subarray([staffX, staffY], { minLength: 1 }),
  });

  it('totals equal the sums of every partitioning breakdown', () => {
    fc.assert(
      fc.property(fc.array(arbitrarySession, { maxLength: 40 }), (sessions) => {
        const { totals, byKind, byMonth, byMode, byOrganization } = computeWorkload(sessions, {
          from: '2026-01-01',
          to: '2026-03-31',
        });
        const sum = (rows: readonly { sessions: number; minutes: number }[]) => ({
          sessions: rows.reduce((n, r) => n + r.sessions, 0),
          minutes: rows.reduce((n, r) => n + r.minutes, 0),
        });
        const expected = { sessions: totals.sessions, minutes: totals.minutes };
        expect(sum(byKind)).toEqual(expected);
        expect(sum(byMonth)).toEqual(expected);
        expect(sum([byMode.online, byMode.offline])).toEqual(expected);
        expect(sum(byOrganization).sessions).toBe(totals.organizationSessions);
        expect(byOrganization.length).toBe(totals.organizationsReached);
        expect(totals.organizationSessions).toBeGreaterThanOrEqual(totals.sessions);
      }),
    );
  });
});

describe('coachingSessionsToCsv', () => {
  const row: CoachingSession = {
    id: orgA.id,
    kind: 'open_day',
    heldOn: '2026-06-01',
    startTime: '14:00',
    durationMinutes: 90,
    isOnline: false,
    staff: [staffX],
    organizations: [orgA, orgB],
    people: [],
    otherCount: 3,
    topic: '=SUM(A1), "报销"',
    capabilities: ['use_of_funds', 'publicity'],
    outcomeNotes: 'private',
    reviewCount: 0,
    recordedBy: null,
  };
  it('starts with a BOM, quotes and defuses fields, and leaves the notes out', () => {
    const csv = coachingSessionsToCsv([row], 'zh-CN');
    expect(csv.startsWith('\uFEFF日期,')).toBe(true);
    expect(csv).toContain(`"'=SUM(A1), ""报销"""`);
    expect(csv).toContain('夕阳红舞蹈队、邻里互助队');
    expect(csv).toContain('资金使用、宣传');
    expect(csv).not.toContain('private');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
