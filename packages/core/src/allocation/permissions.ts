import type { Role } from '../shared/roles';

/**
 * Space booking, disputes and honours (issue 18, "Disputes and allocation rules"): what each role
 * may do, inside its scope (core/src/permissions.ts gathers these). A space belongs to a community,
 * so the scope of its community decides which spaces, bookings, disputes and honours a caller reaches.
 */
export const allocationPermissions = {
  /**
   * Who uses which room when is for everyone who uses the rooms (seed 003: the ping-pong room only
   * its keyholder's friends knew about): the teams, staff, the committee and the street.
   * Bookings name teams and groups, never residents.
   */
  'allocation.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'organization_member',
    'community_official',
    'street_official',
  ],
  /**
   * Booking: a team leader for their own team (a request the space's manager confirms), staff and
   * the residents' committee for anyone (confirmed at once). The committee is the manager role: it
   * holds most activity rooms' keys, and its official is scoped to the community the space is in.
   */
  'allocation.booking.create': ['admin', 'incubator_staff', 'community_official', 'organization_leader'],
  /** Confirming or declining a request, and setting the opening hours: the space's managers. */
  'allocation.booking.decide': ['admin', 'incubator_staff', 'community_official'],
  /** Cancelling: the managers any booking, a leader their own team's (the store checks whose). */
  'allocation.booking.cancel': ['admin', 'incubator_staff', 'community_official', 'organization_leader'],
  'allocation.hours.write': ['admin', 'incubator_staff', 'community_official'],
  /**
   * Disputes are mediated by staff and the committee (seed 003 §6, 议事协商); the street reads them.
   * The teams in a dispute hear the outcome at its meetings; the record is the mediators'.
   */
  'allocation.dispute.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'community_official',
    'street_official',
  ],
  'allocation.dispute.write': ['admin', 'incubator_staff', 'community_official'],
  /** Honours' rules are public (the residents' page too); awarding is staff's and the committee's. */
  'allocation.honour.write': ['admin', 'incubator_staff', 'community_official'],
} as const satisfies Record<string, readonly Role[]>;
