import type { Role } from '../shared/roles';

/**
 * Issuing a reset code: the administrator, and incubator staff for the people they work with in
 * their street (which accounts: password-reset.ts `mayResetPasswordOf`; which places: the store).
 * Assistants approve nothing, so they hand out no keys to accounts either. Changing one's own
 * password needs only a session, like signing out.
 */
export const passwordResetPermissions = {
  'account.password_reset.issue': ['admin', 'incubator_staff'],
} as const satisfies Record<string, readonly Role[]>;
