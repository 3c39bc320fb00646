import type { Role } from '../accounts/roles';

/** Organizations: what each role may do, inside its scope (accounts/permissions.ts gathers these). */
export const organizationPermissions = {
  'organization.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'organization_member',
    'community_official',
    'street_official',
    'funder',
    'expert_reviewer',
  ],
  'organization.create': ['admin', 'incubator_staff'],
  /** The organization is the subject: its leader edits its own page; staff may too. */
  'organization.update': ['admin', 'incubator_staff', 'organization_leader'],
  /** Member names are visible to those who work with the organization, not to funders or experts. */
  'organization.members.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'organization_member',
    'community_official',
    'street_official',
  ],
} as const satisfies Record<string, readonly Role[]>;
