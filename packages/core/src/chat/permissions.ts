import type { Role } from '../shared/roles';

/** The chat trail 群聊轨迹 (issue 19): what each role may do, inside its scope (gathered by ../permissions.ts). */
export const chatPermissions = {
  /**
   * Staff keep the street's group chats: record a group and how it was made, its layer and adoption
   * step; record the organization's agreement and its withdrawal; import exports; match senders to
   * people; edit the street's topic dictionary.
   */
  'chat.manage': ['admin', 'incubator_staff'],
  /**
   * A group's page — network picture, trends, member table with flags, coaching hints — for staff, who
   * coach with it, and for the team's leader, who sees their own team's groups (scope keeps them
   * there). Senders appear as per-group pseudonyms 成员 A, B… unless the role may also read residents'
   * names (`person.read`); message text only where the agreement keeps it.
   */
  'chat.read': ['admin', 'incubator_staff', 'organization_leader'],
  /**
   * The text an `analysis_and_text` agreement keeps for its days (the group page's 最近消息): staff
   * only. Text can name residents and their troubles, so only roles that may read residents' names
   * (`person.read`) — never the team's leader, who reads the page in pseudonyms. Under an analysis-only
   * agreement nobody gets any text: none is stored.
   */
  'chat.text.read': ['admin', 'incubator_staff'],
  /**
   * Counts without people: the street's groups, members and density over time, and each
   * organization's group indicators — the evidence officials and funders ask for (seed 002). No
   * member table, no network picture, no names or pseudonyms. A team's leader reads its own team's
   * (scope keeps it there): the organization page's 群聊 section is how they reach their group's page.
   */
  'chat.figures.read': [
    'admin',
    'incubator_staff',
    'organization_leader',
    'street_official',
    'community_official',
    'funder',
  ],
} as const satisfies Record<string, readonly Role[]>;
