import { passwordResetPermissions } from './accounts/password-reset-permissions';
import { accountPermissions } from './accounts/permissions';
import { mediaPermissions } from './activities/media-permissions';
import { activityPermissions } from './activities/permissions';
import { coachingPermissions } from './coaching/permissions';
import { communityPermissions } from './communities/permissions';
import { documentPermissions } from './documents/permissions';
import { organizationPermissions } from './organizations/permissions';
import { personPermissions } from './people/permissions';
import { publicityPermissions } from './publicity/permissions';
import type { Role } from './shared/roles';
import { trackingPermissions } from './tracking/permissions';
import { volunteeringPermissions } from './volunteering/permissions';

/**
 * What each role may do, inside its scope, gathered from each capability's `permissions.ts` (as
 * errors.ts gathers their messages). Scope (which records) is applied by the store layer; this
 * table says which kinds of action a role may take at all. Routes, components and core's
 * "as seen by" views ask `can(role, action)`. It lives beside the capabilities rather than in one
 * of them, so a capability's views can ask it without a cycle through another's index.
 */
export const permissions = {
  ...accountPermissions,
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
  ...passwordResetPermissions,
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof permissions;

export function can(role: Role, action: Action): boolean {
  return (permissions[action] as readonly Role[]).includes(role);
}
