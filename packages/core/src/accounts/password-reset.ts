import type { Role } from '../shared/roles';

/**
 * Getting back in without SMS (issue 15): staff issue a one-time reset for an account whose owner
 * forgot the password, and hand it over in person or in WeChat — a link (`/reset/<code>`), the same
 * code to type, and a QR code of the link. Pure rules; the server makes the code and keeps only its
 * hash.
 */

/**
 * A day: long enough for a social worker to send the code in the evening and a leader to use it
 * the next morning, short enough that a screenshot forwarded in a group chat soon stops working.
 */
export const passwordResetHours = 24;

/**
 * Eight characters from the alphabet without look-alikes (31 letters): about 40 bits. A code
 * lives a day, works once, is stored hashed, and the pages that take it are rate-limited per
 * address; an elderly person may have to type it, so it is shown in two groups of four.
 */
export const passwordResetCodeLength = 8;

export function passwordResetExpiresAt(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + passwordResetHours * 3_600_000);
}

/** 'K7QM3XPD' → 'K7QM-3XPD': easier to read aloud and to type (the dash is forgiven when typed). */
export function groupedCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1-');
}

/**
 * Whose password a role may reset (inside its scope — the store checks the place). The
 * administrator resets anyone's. Incubator staff reset the accounts of the people they work
 * with — leaders, members, residents' committee and street officials, their own assistants — but
 * not an administrator's or another staff member's (taking over a colleague's account is not
 * "helping someone back in"), nor a funder's or an expert's, whose accounts the administrator
 * keeps. Assistants approve nothing, so they hand out no keys to accounts either.
 */
const resettableByStaff: readonly Role[] = [
  'organization_leader',
  'organization_member',
  'community_official',
  'street_official',
  'incubator_assistant',
];

export function mayResetPasswordOf(actorRole: Role, accountRole: Role): boolean {
  if (actorRole === 'admin') return true;
  if (actorRole === 'incubator_staff') return resettableByStaff.includes(accountRole);
  return false;
}

/** The reset a code names, as the store found it: used, expired, or still good at `now`. */
export function resetState(reset: { expiresAt: Date; usedAt: Date | null }, now: Date): 'usable' | 'used' | 'expired' {
  if (reset.usedAt) return 'used';
  return reset.expiresAt.getTime() <= now.getTime() ? 'expired' : 'usable';
}
