import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AttendanceEntry,
  assessEvidence,
  countAttendance,
  headCountWarnings,
  organizationActivityFigures,
  personTimes,
} from './figures';
import type { SignInFlag } from './schemas';

const member = (personId: string, name: string, phone: string | null = null): AttendanceEntry => ({
  kind: 'member',
  personId,
  name,
  phone,
});

describe('attendance: distinct people', () => {
  it('counts a member who also signed in by phone once, and a guest who signed in by name once', () => {
    expect(
      countAttendance([
        member('p1', '李秀兰', '13800000001'),
        member('p2', '王建国'),
        { kind: 'guest', name: '赵 阿姨' },
        { kind: 'sign_in', name: '李秀兰', phone: '13800000001' },
        { kind: 'sign_in', name: '赵阿姨', phone: null },
        { kind: 'sign_in', name: '陈小明', phone: '13900000002' },
        { kind: 'sign_in', name: '陈晓明', phone: '13900000002' },
      ]),
    ).toBe(4);
  });

  it('keeps counting a guest whose phone was removed after the retention period as one person', () => {
    const guest = { kind: 'sign_in' as const, name: '路人', phone: '13900000003' };
    const otherGuest = { kind: 'sign_in' as const, name: '路人', phone: '13900000004' };
    expect(countAttendance([{ kind: 'guest', name: '路人' }, guest, otherGuest])).toBe(3);
    expect(
      countAttendance([
        { kind: 'guest', name: '路人' },
        { kind: 'sign_in_contact_removed', id: 's1' },
        { kind: 'sign_in_contact_removed', id: 's2' },
      ]),
    ).toBe(3);
  });

  const entry = fc.oneof(
    fc.record({
      kind: fc.constant('member' as const),
      personId: fc.constantFrom('a', 'b', 'c'),
      name: fc.constantFrom('甲', '乙', '丙'),
      phone: fc.constantFrom(null, '1', '2'),
    }),
    fc.record({ kind: fc.constant('guest' as const), name: fc.constantFrom('甲', '丁') }),
    fc.record({
      kind: fc.constant('sign_in' as const),
      name: fc.constantFrom('甲', '丁', '戊'),
      phone: fc.constantFrom(null, '1', '3'),
    }),
  );

  it('never exceeds the entries, ignores order, and does not grow when an entry repeats', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), fc.nat(), (entries, pick) => {
        const count = countAttendance(entries);
        expect(count).toBeLessThanOrEqual(entries.length);
        expect(countAttendance([...entries].reverse())).toBe(count);
        if (entries.length > 0) {
          expect(count).toBeGreaterThanOrEqual(1);
          expect(countAttendance([...entries, entries[pick % entries.length]!])).toBe(count);
        }
      }),
    );
  });
});

describe('evidence level', () => {
  it('is self-reported without evidence, supported with one kind, corroborated with two or staff', () => {
    const signIns = (withPhone: number, withoutPhone = 0, flags: SignInFlag[] = []) => ({
      withPhone,
      withoutPhone,
      flags,
    });
    const none = { photoCount: 0, selfSignIns: signIns(2), hasSignInSheetPhoto: false, hasStaffObservation: false };
    expect(assessEvidence(none)).toEqual({ rank: 0, level: 'self_reported', reasons: [] });
    expect(assessEvidence({ ...none, selfSignIns: signIns(3) }).level).toBe('supported');
    expect(assessEvidence({ ...none, selfSignIns: signIns(3), photoCount: 2 })).toEqual({
      rank: 2,
      level: 'corroborated',
      reasons: ['photos', 'self_sign_ins'],
    });
    expect(assessEvidence({ ...none, hasStaffObservation: true }).rank).toBe(2);
  });

  it('weighs a sign-in without a phone as half, and counts no flagged sign-ins at all', () => {
    const none = { photoCount: 0, hasSignInSheetPhoto: false, hasStaffObservation: false };
    const level = (withPhone: number, withoutPhone: number, flags: SignInFlag[] = []) =>
      assessEvidence({ ...none, selfSignIns: { withPhone, withoutPhone, flags } }).level;
    expect(level(0, 5)).toBe('self_reported');
    expect(level(0, 6)).toBe('supported');
    expect(level(2, 2)).toBe('supported');
    expect(level(2, 1)).toBe('self_reported');
    expect(level(40, 0, ['burst'])).toBe('self_reported');
    expect(level(40, 0, ['more_than_stated'])).toBe('self_reported');
  });
});

describe('head count warning', () => {
  it('warns when organizers plus people served are fewer than the people signed in', () => {
    expect(headCountWarnings({ organizerCount: 2, servedCount: 3, attendance: 5 })).toEqual([]);
    expect(headCountWarnings({ organizerCount: 2, servedCount: 2, attendance: 5 })).toEqual([
      { code: 'activity.head_count_below_signed_in', params: { headCount: 4, attendance: 5 } },
    ]);
  });
});

describe('person-times', () => {
  it('counts each person once per activity', () => {
    const counts = personTimes([
      { activityId: 'x', personId: 'p' },
      { activityId: 'x', personId: 'p' },
      { activityId: 'y', personId: 'p' },
      { activityId: 'y', personId: 'q' },
    ]);
    expect(counts).toEqual(
      new Map([
        ['p', 2],
        ['q', 1],
      ]),
    );
  });
});

describe('an organization’s activity figures', () => {
  const base = { beneficiaryGroups: [], servedCount: 0, organizationCount: 1, fromPlan: false } as const;
  it('counts per month, by openness, served per group (overlapping), joint and planned vs held', () => {
    const figures = organizationActivityFigures(
      [
        {
          ...base,
          startedOn: '2026-03-07',
          openness: 'members_only',
          beneficiaryGroups: ['members_only'],
          servedCount: 10,
        },
        {
          ...base,
          startedOn: '2026-03-21',
          openness: 'open_to_all',
          beneficiaryGroups: ['elderly', 'all_residents'],
          servedCount: 30,
          organizationCount: 2,
          fromPlan: true,
        },
        { ...base, startedOn: '2026-01-10', openness: 'open_to_all', beneficiaryGroups: ['elderly'], servedCount: 5 },
      ],
      { due: 4, held: 1 },
    );
    expect(figures.perMonth).toEqual([
      { month: '2026-01', count: 1 },
      { month: '2026-03', count: 2 },
    ]);
    expect(figures.byOpenness).toEqual({ members_only: 1, invited: 0, open_to_all: 2 });
    expect(figures.servedByGroup).toEqual({ members_only: 10, elderly: 35, all_residents: 30 });
    expect(figures.servedTotal).toBe(45);
    expect(figures.joint).toBe(1);
    expect(figures.fromPlan).toBe(1);
    expect(figures.planned).toEqual({ due: 4, held: 1, gaps: 3 });
  });

  it('months add up to the total, and openness counts too', () => {
    const activity = fc.record({
      startedOn: fc.constantFrom('2026-01-05', '2026-02-11', '2026-02-28', '2027-01-01'),
      openness: fc.constantFrom('members_only' as const, 'invited' as const, 'open_to_all' as const),
      beneficiaryGroups: fc.constant([]),
      servedCount: fc.nat(500),
      organizationCount: fc.integer({ min: 1, max: 3 }),
      fromPlan: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(activity, { maxLength: 30 }), (activities) => {
        const figures = organizationActivityFigures(activities, { due: 0, held: 0 });
        expect(figures.perMonth.reduce((n, m) => n + m.count, 0)).toBe(activities.length);
        const { members_only, invited, open_to_all } = figures.byOpenness;
        expect(members_only + invited + open_to_all).toBe(activities.length);
        expect(figures.servedTotal).toBe(activities.reduce((n, a) => n + a.servedCount, 0));
      }),
    );
  });
});
