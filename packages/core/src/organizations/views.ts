import { maskPhone } from '../people';
import { can } from '../permissions';
import type { Role } from '../shared/roles';
import type { OrganizationRegistry } from './registry-schemas';
import type { OrganizationDetail } from './schemas';

type Member = NonNullable<OrganizationDetail['members']>[number];
type SubTeam = OrganizationRegistry['subTeams'][number];

/**
 * A current member before a role is applied: the real phone, and whether the member is one of the
 * people the caller may read (`isInCallersScope`, from the store's scope filter — an official's
 * scope holds the residents of its community, not members living in another one).
 */
export type MemberRecord = Member & { isInCallersScope: boolean };

/**
 * Everything held about one organization for its page, before a role is applied: the current
 * members with their real phones and the accountable adult's name. `organizationDetailAsSeenBy`
 * decides what of it a role sees.
 */
export type OrganizationRecord = Omit<OrganizationDetail, 'accountableAdult' | 'members' | 'canEdit'> & {
  accountableAdult: { personId: string; name: string } | null;
  members: MemberRecord[];
};

/**
 * The organization as `role` sees it. Residents' names (members, the accountable adult) only for
 * roles that work with the organization — not funders or experts (domain: "without residents'
 * names"); a member's phone masked (138****1234) unless the role reads contacts and the member is
 * in the caller's scope (the same people `GET /api/people/{id}` answers it for); the edit button
 * for the roles that may change it.
 */
export function organizationDetailAsSeenBy(role: Role, record: OrganizationRecord): OrganizationDetail {
  const showNames = can(role, 'organization.members.read');
  const showContacts = can(role, 'person.contact.read');
  const { accountableAdult, members } = record;
  return {
    ...record,
    accountableAdult: accountableAdult && {
      personId: accountableAdult.personId,
      name: showNames ? accountableAdult.name : null,
    },
    members: showNames
      ? members.map(({ isInCallersScope, ...m }) => ({
          ...m,
          phone: showContacts && isInCallersScope ? m.phone : maskPhone(m.phone),
        }))
      : null,
    canEdit: can(role, 'organization.update'),
  };
}

/**
 * The registry of one organization before a role is applied: member history, sub-teams' members
 * and baseline interviews all present.
 */
export type OrganizationRegistryRecord = Omit<
  OrganizationRegistry,
  'memberHistory' | 'subTeams' | 'canManageMembers' | 'canRecord'
> & {
  memberHistory: NonNullable<OrganizationRegistry['memberHistory']>;
  subTeams: (SubTeam & { members: NonNullable<SubTeam['members']> })[];
};

/**
 * The registry as `role` sees it: member names (the member history, who is in each sub-team) only
 * for roles that see members — a sub-team still shows how many it has; baseline interviews only for
 * roles that read them (an empty list otherwise); and which buttons the role gets.
 */
export function organizationRegistryAsSeenBy(role: Role, record: OrganizationRegistryRecord): OrganizationRegistry {
  const showNames = can(role, 'organization.members.read');
  return {
    ...record,
    memberHistory: showNames ? record.memberHistory : null,
    subTeams: record.subTeams.map((team) => ({ ...team, members: showNames ? team.members : null })),
    interviews: can(role, 'organization.interview.read') ? record.interviews : [],
    canManageMembers: can(role, 'organization.members.manage'),
    canRecord: can(role, 'organization.history.record'),
  };
}
