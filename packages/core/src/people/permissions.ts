import type { Role } from '../accounts/roles';

/** Residents and activists: what each role may do, inside its scope (accounts/permissions.ts gathers these). */
export const personPermissions = {
  /** Phone numbers: never for assistants (domain rule), nor for funders and experts. */
  'person.contact.read': ['admin', 'incubator_staff', 'organization_leader', 'community_official'],
} as const satisfies Record<string, readonly Role[]>;
