import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCertificatePeriod,
  checkEnteredMinutes,
  checkVolunteerSignIn,
  countsTowardCertificate,
  formatCertificateNumber,
  isVolunteerSignInOpen,
  organizationShortCode,
  serviceMinutes,
  totalHours,
  volunteersOf,
} from './rules';
import type { HoursBasis } from './schemas';

const at = (time: string) => new Date(`2026-06-29T${time}:00+08:00`);
const activity = { startsAt: at('09:00'), endsAt: at('11:00') };

describe('service minutes from a sign-in and a sign-out', () => {
  it('counts the time between them inside the activity', () => {
    expect(serviceMinutes({ signedInAt: at('09:05'), signedOutAt: at('10:50') }, activity)).toBe(105);
  });

  it('counts setting up and tidying up to an hour either side, not the way home', () => {
    expect(serviceMinutes({ signedInAt: at('07:30'), signedOutAt: at('11:30') }, activity)).toBe(60 + 120 + 30);
    expect(serviceMinutes({ signedInAt: at('08:00'), signedOutAt: at('21:00') }, activity)).toBe(240);
  });

  it('is never negative, and whole minutes only', () => {
    expect(serviceMinutes({ signedInAt: at('13:00'), signedOutAt: at('14:00') }, activity)).toBe(0);
    const almost = { signedInAt: at('09:00'), signedOutAt: new Date(at('09:00').getTime() + 119_999) };
    expect(serviceMinutes(almost, activity)).toBe(1);
  });

  it('never exceeds the activity span plus both margins (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -600, max: 900 }), fc.integer({ min: 0, max: 1500 }), (inOffset, length) => {
        const signedInAt = new Date(activity.startsAt.getTime() + inOffset * 60_000);
        const signedOutAt = new Date(signedInAt.getTime() + length * 60_000);
        const minutes = serviceMinutes({ signedInAt, signedOutAt }, activity);
        expect(minutes).toBeGreaterThanOrEqual(0);
        expect(minutes).toBeLessThanOrEqual(120 + 2 * 60);
        expect(minutes).toBeLessThanOrEqual(length);
      }),
    );
  });
});

describe('minutes entered afterwards', () => {
  it('fit the activity span plus an hour either side, once it has begun', () => {
    expect(checkEnteredMinutes(240, activity, at('12:00'))).toEqual({ ok: true, value: 240 });
    expect(checkEnteredMinutes(241, activity, at('12:00'))).toEqual({
      ok: false,
      error: { code: 'volunteering.minutes_exceed_span', params: { most: 240 } },
    });
    expect(checkEnteredMinutes(30, activity, at('08:00'))).toEqual({
      ok: false,
      error: { code: 'volunteering.not_yet_held' },
    });
  });
});

describe('totals kept apart by basis', () => {
  const basis = fc.constantFrom<HoursBasis>('sign_in_out', 'staff_observed', 'entered_afterwards');
  const record = fc.record({ basis, minutes: fc.integer({ min: 0, max: 1440 }), isConfirmed: fc.boolean() });

  it('total is the sum of the parts, and certifiable = proven + confirmed entries (property)', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (records) => {
        const totals = totalHours(records);
        expect(totals.total).toBe(records.reduce((sum, r) => sum + r.minutes, 0));
        expect(totals.total).toBe(
          totals.signInOut + totals.staffObserved + totals.enteredConfirmed + totals.enteredUnconfirmed,
        );
        expect(totals.proven).toBe(totals.signInOut + totals.staffObserved);
        expect(totals.certifiable).toBe(totals.proven + totals.enteredConfirmed);
        expect(totals.certifiable).toBe(records.filter(countsTowardCertificate).reduce((sum, r) => sum + r.minutes, 0));
        expect(totals.records).toBe(records.length);
      }),
    );
  });

  it('never counts hours entered afterwards as proven, confirmed or not (property)', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (records) => {
        const entered = records.map((r) => ({ ...r, basis: 'entered_afterwards' as const }));
        expect(totalHours(entered).proven).toBe(0);
      }),
    );
  });

  it('counts an entry toward a certificate only once staff confirm it', () => {
    expect(countsTowardCertificate({ basis: 'entered_afterwards', isConfirmed: false })).toBe(false);
    expect(countsTowardCertificate({ basis: 'entered_afterwards', isConfirmed: true })).toBe(true);
    expect(countsTowardCertificate({ basis: 'sign_in_out', isConfirmed: false })).toBe(true);
    expect(countsTowardCertificate({ basis: 'staff_observed', isConfirmed: false })).toBe(true);
  });
});

describe('certificate numbers', () => {
  const organizationId = '3fa21c9e-1d2b-4c3d-8e4f-0123456789ab';
  it('reads {organization code}-{year}-{sequence}', () => {
    expect(organizationShortCode(organizationId)).toBe('3FA21C');
    expect(formatCertificateNumber(organizationId, 2026, 7)).toBe('3FA21C-2026-0007');
    expect(formatCertificateNumber(organizationId, 2026, 12345)).toBe('3FA21C-2026-12345');
  });

  it('differs for different sequences and sorts in issue order within a year (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (a, b) => {
        fc.pre(a !== b);
        const first = formatCertificateNumber(organizationId, 2026, a);
        const second = formatCertificateNumber(organizationId, 2026, b);
        expect(first).not.toBe(second);
        expect(first < second).toBe(a < b);
      }),
    );
  });

  it('refuses a sequence below one (a bug, not a user error)', () => {
    expect(() => formatCertificateNumber(organizationId, 2026, 0)).toThrow();
  });
});

describe('the public volunteer page', () => {
  it('registers adults only', () => {
    const input = { name: '小明', phone: '13800000000', consent: true as const, isChild: true };
    expect(checkVolunteerSignIn(input)).toEqual({ ok: false, error: { code: 'volunteering.child_not_volunteer' } });
    expect(checkVolunteerSignIn({ ...input, isChild: false }).ok).toBe(true);
  });

  it('closes 24 hours after the activity ends', () => {
    expect(isVolunteerSignInOpen(at('11:00'), new Date(at('11:00').getTime() + 24 * 3_600_000))).toBe(true);
    expect(isVolunteerSignInOpen(at('11:00'), new Date(at('11:00').getTime() + 24 * 3_600_000 + 1))).toBe(false);
  });

  it('checks a certificate period', () => {
    expect(checkCertificatePeriod({ from: '2026-02-01', to: '2026-01-01' }).ok).toBe(false);
    expect(checkCertificatePeriod({ from: '2026-01-01' }).ok).toBe(true);
  });
});

describe('hours per volunteer', () => {
  const record = (personId: string | null, name: string, minutes: number, date: string, counts = true) => ({
    personId,
    volunteerName: name,
    minutes,
    countsTowardCertificate: counts,
    activityDate: date,
  });
  it('adds up each person, keeps unlinked names apart, and names the latest day', () => {
    const people = volunteersOf([
      record('p1', '王秀英', 60, '2026-05-02'),
      record(null, '李大爷', 30, '2026-06-01'),
      record('p1', '王秀英', 90, '2026-06-20', false),
      record('p2', '张阿姨', 45, '2026-04-11'),
    ]);
    expect(people).toEqual([
      { personId: 'p1', name: '王秀英', totalMinutes: 150, certifiableMinutes: 60, lastServedOn: '2026-06-20' },
      { personId: 'p2', name: '张阿姨', totalMinutes: 45, certifiableMinutes: 45, lastServedOn: '2026-04-11' },
      { personId: null, name: '李大爷', totalMinutes: 30, certifiableMinutes: 30, lastServedOn: '2026-06-01' },
    ]);
  });
  it('never loses or invents a minute', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            personId: fc.constantFrom('a', 'b', 'c', null),
            volunteerName: fc.constantFrom('甲', '乙'),
            minutes: fc.integer({ min: 1, max: 1440 }),
            countsTowardCertificate: fc.boolean(),
            activityDate: fc.constantFrom('2026-01-01', '2026-03-15', '2026-06-30'),
          }),
        ),
        (records) => {
          const people = volunteersOf(records);
          const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
          expect(sum(people.map((p) => p.totalMinutes))).toBe(sum(records.map((r) => r.minutes)));
          expect(sum(people.map((p) => p.certifiableMinutes))).toBe(
            sum(records.filter((r) => r.countsTowardCertificate).map((r) => r.minutes)),
          );
          for (const p of people) expect(p.certifiableMinutes).toBeLessThanOrEqual(p.totalMinutes);
        },
      ),
    );
  });
});
