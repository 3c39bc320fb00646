import type { Role } from '../shared/roles';

/** Accounts: what each role may do with invites and the audit trail (gathered in ../permissions.ts). */
export const accountPermissions = {
  'invite.create': ['admin', 'incubator_staff'],
  'audit.read': ['admin', 'incubator_staff'],
  /**
   * The accounts page (账户管理) and deactivating or reactivating an account: who may grant roles.
   * Which accounts and roles each may manage is core's `grantRefusal` (grants.ts) and the store's scope.
   */
  'account.read': ['admin', 'incubator_staff'],
  'account.deactivate': ['admin', 'incubator_staff'],
  /**
   * The trail of an account or an invite: users and invites have no street scope to filter by, so
   * only the administrator, who sees the whole deployment, reads theirs.
   */
  'audit.accounts.read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;
