import type { Role } from '../shared/roles';

/** Residents and activists: what each role may do, inside its scope (core/src/permissions.ts gathers these). */
export const personPermissions = {
  /** Phone numbers: never for assistants (domain rule), nor for funders and experts. */
  'person.contact.read': ['admin', 'incubator_staff', 'organization_leader', 'community_official'],
  /** Residents' names and facts: those who work in the community; not funders or experts (domain: "without residents' names"). */
  'person.read': ['admin', 'incubator_staff', 'incubator_assistant', 'community_official', 'street_official'],
  /** Staff's visit notes are the incubator's working record. */
  'person.visits.read': ['admin', 'incubator_staff', 'incubator_assistant'],
  'person.write': ['admin', 'incubator_staff'],
  /** Assistants record visits (roles.ts), but approve and judge nothing. */
  'person.visit': ['admin', 'incubator_staff', 'incubator_assistant'],
  'person.trust.move': ['admin', 'incubator_staff'],
  'person.consent.write': ['admin', 'incubator_staff'],
  /** On the person's request (PIPL art. 45, 47), carried out by staff. */
  'person.export': ['admin', 'incubator_staff'],
  'person.erase': ['admin', 'incubator_staff'],
  'person.merge': ['admin', 'incubator_staff'],
} as const satisfies Record<string, readonly Role[]>;
