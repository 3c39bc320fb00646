import type { Role } from '../shared/roles';

/**
 * Meetings and votes 议事协商 (issue 18): what each role may do, inside its scope (core/src/permissions.ts
 * gathers these). Scope decides which meetings: a team sees its own, officials and staff those of
 * their community or street.
 */
export const deliberationPermissions = {
  /**
   * Reading meetings, their attendees, motions, decisions, follow-ups, minutes and votes: everyone who
   * works with the community's residents (names included). Funders and experts read reports, which
   * carry no residents' names, so they do not read meetings.
   */
  'deliberation.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'organization_member',
    'community_official',
    'street_official',
  ],
  /**
   * Running a meeting — making it, its agenda, attendees, motions, decisions, follow-ups, minutes,
   * and its votes (open, print slips, paper tally, close): the team's leader for its own meetings
   * (the organization is the subject, seed 000), staff who facilitate, and the residents' committee,
   * which convenes 居民议事会 and 听证会 itself.
   */
  'deliberation.manage': ['admin', 'incubator_staff', 'organization_leader', 'community_official'],
  /** Adding meeting types to the list: staff, who know the site's practice. */
  'deliberation.types.manage': ['admin', 'incubator_staff'],
  /** A children's council's terms 届 and their members: its leader (the adult coach) and staff. */
  'deliberation.terms.manage': ['admin', 'incubator_staff', 'organization_leader'],
} as const satisfies Record<string, readonly Role[]>;
