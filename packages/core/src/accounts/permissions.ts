import { activityPermissions, mediaPermissions, trackingPermissions } from '../activities';
import { coachingPermissions } from '../coaching';
import { communityPermissions } from '../communities';
import { documentPermissions } from '../documents';
import { organizationPermissions } from '../organizations';
import { personPermissions } from '../people';
import { publicityPermissions } from '../publicity';
import type { Role } from '../shared/roles';
import { volunteeringPermissions } from '../volunteering';

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
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof permissions;

export function can(role: Role, action: Action): boolean {
  return (permissions[action] as readonly Role[]).includes(role);
}
