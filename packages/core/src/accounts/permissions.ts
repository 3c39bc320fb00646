import { mediaPermissions } from '../activities/media-permissions';
import { activityPermissions } from '../activities/permissions';
import { trackingPermissions } from '../activities/tracking-permissions';
import { coachingPermissions } from '../coaching/permissions';
import { communityPermissions } from '../communities/permissions';
import { documentPermissions } from '../documents/permissions';
import { organizationPermissions } from '../organizations/permissions';
import { personPermissions } from '../people/permissions';
import { publicityPermissions } from '../publicity/permissions';
import { volunteeringPermissions } from '../volunteering/permissions';
import type { Role } from './roles';

/**
 * What each role may do, inside its scope, gathered from each capability's `permissions.ts`.
 * Scope (which records) is applied by the store layer; this table says which kinds of action a
 * role may take at all. Routes ask `can(role, action)`.
 */
export const permissions = {
  ...activityPermissions,
  ...communityPermissions,
  ...organizationPermissions,
  ...personPermissions,
  ...mediaPermissions,
  ...trackingPermissions,
  ...coachingPermissions,
  ...documentPermissions,
  ...publicityPermissions,
  ...volunteeringPermissions,
  'invite.create': ['admin', 'incubator_staff'],
  'audit.read': ['admin', 'incubator_staff'],
  /**
   * The trail of an account or an invite: users and invites have no street scope to filter by, so
   * only the administrator, who sees the whole deployment, reads theirs.
   */
  'audit.accounts.read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof permissions;

export function can(role: Role, action: Action): boolean {
  return (permissions[action] as readonly Role[]).includes(role);
}
