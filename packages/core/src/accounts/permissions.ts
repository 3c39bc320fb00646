import type { Role } from '../shared/roles';

/** Accounts: what each role may do with invites and the audit trail (gathered in ../permissions.ts). */
export const accountPermissions = {
  'invite.create': ['admin', 'incubator_staff'],
  'audit.read': ['admin', 'incubator_staff'],
  /**
   * The trail of an account or an invite: users and invites have no street scope to filter by, so
   * only the administrator, who sees the whole deployment, reads theirs.
   */
  'audit.accounts.read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;
