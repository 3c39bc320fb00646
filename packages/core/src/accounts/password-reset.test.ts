import { describe, expect, it } from 'vitest';
import { roles } from '../shared/roles';
import { groupedCode, mayResetPasswordOf, passwordResetExpiresAt, resetState } from './password-reset';

const issued = new Date('2026-06-30T02:00:00Z');

describe('password resets', () => {
  it('last a day and work once', () => {
    const expiresAt = passwordResetExpiresAt(issued);
    expect(expiresAt.toISOString()).toBe('2026-07-01T02:00:00.000Z');
    expect(resetState({ expiresAt, usedAt: null }, new Date('2026-07-01T01:59:59Z'))).toBe('usable');
    expect(resetState({ expiresAt, usedAt: null }, expiresAt)).toBe('expired');
    expect(resetState({ expiresAt, usedAt: issued }, issued)).toBe('used');
  });

  it('are shown in groups of four', () => {
    expect(groupedCode('K7QM3XPD')).toBe('K7QM-3XPD');
    expect(groupedCode('ABCDEFGHJK')).toBe('ABCD-EFGH-JK');
  });

  it('are issued by the administrator for anyone, by staff for the people they work with only', () => {
    expect(roles.every((role) => mayResetPasswordOf('admin', role))).toBe(true);
    const byStaff = roles.filter((role) => mayResetPasswordOf('incubator_staff', role));
    expect(byStaff).toEqual([
      'incubator_assistant',
      'organization_leader',
      'organization_member',
      'community_official',
      'street_official',
    ]);
    for (const actor of roles.filter((role) => role !== 'admin' && role !== 'incubator_staff'))
      expect(
        roles.some((role) => mayResetPasswordOf(actor, role)),
        actor,
      ).toBe(false);
  });
});
