import type { Role } from '../accounts/roles';

const everyone = [
  'admin',
  'incubator_staff',
  'incubator_assistant',
  'organization_leader',
  'organization_member',
  'community_official',
  'street_official',
  'funder',
  'expert_reviewer',
] as const satisfies readonly Role[];

/** Streets and communities: what each role may do, inside its scope (accounts/permissions.ts gathers these). */
export const communityPermissions = {
  'street.read': ['admin', 'incubator_staff', 'incubator_assistant', 'street_official', 'funder', 'expert_reviewer'],
  'community.read': everyone,
} as const satisfies Record<string, readonly Role[]>;
