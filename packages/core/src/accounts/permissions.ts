import type { Role } from './roles';

/**
 * What each role may do, inside its scope. Scope (which records) is applied by the store layer;
 * this table says which kinds of action a role may take at all. Routes ask `can(role, action)`.
 */
export const permissions = {
  'street.read': ['admin', 'incubator_staff', 'incubator_assistant', 'street_official', 'funder', 'expert_reviewer'],
  'community.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'community_official',
    'street_official',
    'funder',
    'expert_reviewer',
    'organization_leader',
    'organization_member',
  ],
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
  /** Phone numbers: never for assistants (domain rule), nor for funders and experts. */
  'person.contact.read': ['admin', 'incubator_staff', 'organization_leader', 'community_official'],
  'invite.create': ['admin', 'incubator_staff'],
  'audit.read': ['admin', 'incubator_staff'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof permissions;

export function can(role: Role, action: Action): boolean {
  return (permissions[action] as readonly Role[]).includes(role);
}
