import { totalHours } from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './index';

const today = '2026-06-30';
const demo = generateDemo({ seed: 20171, today });

describe('the demo street’s volunteer hours', () => {
  it('mixes proven hours and entries made afterwards, some still waiting for staff', () => {
    const totals = totalHours(
      demo.volunteer_hours.map((h) => ({ basis: h.basis, minutes: h.minutes, isConfirmed: h.confirmed_at !== null })),
    );
    expect(totals.signInOut).toBeGreaterThan(0);
    expect(totals.enteredConfirmed).toBeGreaterThan(0);
    expect(totals.enteredUnconfirmed).toBeGreaterThan(0);
    expect(demo.volunteer_hours.filter((h) => h.basis === 'entered_afterwards').every((h) => h.reason)).toBe(true);
    const attendances = new Set(demo.volunteer_attendances.map((a) => a.id));
    for (const h of demo.volunteer_hours.filter((h) => h.basis === 'sign_in_out'))
      expect(attendances.has(h.attendance_id!)).toBe(true);
  });

  it('records one current record per person, activity and organization', () => {
    const keys = demo.volunteer_hours.map((h) => `${h.activity_id}|${h.organization_id}|${h.person_id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives the member proven hours and one certificate that adds up', () => {
    const member = demo.users.find((u) => u.username === 'member')!;
    expect(demo.volunteer_hours.some((h) => h.person_id === member.person_id && h.basis === 'sign_in_out')).toBe(true);
    const certificates = demo.volunteer_certificates.filter((c) => c.person_id === member.person_id);
    expect(certificates).toHaveLength(1);
    const [certificate] = certificates;
    expect(certificate!.snapshot.entries.reduce((sum, e) => sum + e.minutes, 0)).toBe(certificate!.total_minutes);
    expect(certificate!.number).toMatch(/^[0-9A-F]{6}-2026-0001$/);
  });
});
