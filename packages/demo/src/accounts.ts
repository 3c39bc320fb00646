import { type MemberRole, type Role, type ScopeKind, scopeKindsForRole } from '@seedbed/core';
import type { GeneratedOrganization } from './organizations';
import type { Resident } from './people';
import type { Random } from './random';
import type { CommunityRow, DemoAccount, OrganizationMemberRow, StreetRow, UserRow } from './rows';

/**
 * One login per role (packages/core/src/accounts/roles.ts), with fixed usernames so the README and
 * the end-to-end tests can name them. The leader and member accounts are real residents of the
 * leader's team, so signing in by phone works and the leader sees their own organization; leader2
 * and member2 belong to a team of the neighbouring street, so tests can show that scope holds.
 */
export interface AccountsInput {
  mainStreet: StreetRow;
  /** The leader's team: an active sapling in the main street. */
  leaderOrganization: GeneratedOrganization;
  /** A team in the neighbouring street. */
  otherOrganization: GeneratedOrganization;
  communities: readonly CommunityRow[];
  residents: readonly Resident[];
  memberships: readonly OrganizationMemberRow[];
}

interface AccountPlan {
  username: string;
  role: Role;
  scopeKind: ScopeKind;
  scopeId: string | null;
  displayName: string;
  person: Resident | null;
  note: string;
}

export function generateAccounts(random: Random, input: AccountsInput): { users: UserRow[]; accounts: DemoAccount[] } {
  const { mainStreet, leaderOrganization, otherOrganization } = input;
  const home = input.communities.find((c) => c.id === leaderOrganization.row.home_community_id);
  if (!home) throw new Error('the leader organization has no home community');
  const team = describe(leaderOrganization, input.communities);
  const otherTeam = describe(otherOrganization, input.communities);
  const leader = holder(random, input, leaderOrganization, 'leader');
  const member = holder(random, input, leaderOrganization, 'member');
  const leader2 = holder(random, input, otherOrganization, 'leader');
  const member2 = holder(random, input, otherOrganization, 'member');
  // Drawn without the random stream, so adding them changed no other account.
  const deputy = holder(random, input, leaderOrganization, 'deputy');
  const treasurer = holder(random, input, leaderOrganization, 'treasurer');
  const street = { scopeKind: 'street', scopeId: mainStreet.id } as const;
  const deployment = { scopeKind: 'deployment', scopeId: null } as const;
  const ofTeam = (o: GeneratedOrganization) => ({ scopeKind: 'organization', scopeId: o.row.id }) as const;

  const plans: AccountPlan[] = [
    {
      username: 'admin',
      role: 'admin',
      ...deployment,
      displayName: '系统管理员',
      person: null,
      note: 'administrator of the deployment',
    },
    {
      username: 'staff',
      role: 'incubator_staff',
      ...street,
      displayName: '林晓雯（社工）',
      person: null,
      note: `social worker of the incubator in ${mainStreet.name}`,
    },
    {
      username: 'assistant',
      role: 'incubator_assistant',
      ...street,
      displayName: '周悦（实习生）',
      person: null,
      note: `intern of the incubator in ${mainStreet.name}; sees no contact details`,
    },
    {
      username: 'leader',
      role: 'organization_leader',
      ...ofTeam(leaderOrganization),
      ...signInAs(leader),
      note: `leader of ${team}`,
    },
    {
      username: 'member',
      role: 'organization_member',
      ...ofTeam(leaderOrganization),
      ...signInAs(member),
      note: `member of ${team}`,
    },
    {
      username: 'official',
      role: 'community_official',
      scopeKind: 'community',
      scopeId: home.id,
      displayName: `王淑华（${home.name}居委会）`,
      person: null,
      note: `residents' committee of ${home.name}, home of ${leaderOrganization.row.name}`,
    },
    {
      username: 'street',
      role: 'street_official',
      ...street,
      displayName: `陈建明（${mainStreet.name}办事处）`,
      person: null,
      note: `street office of ${mainStreet.name}`,
    },
    {
      username: 'funder',
      role: 'funder',
      ...deployment,
      displayName: '明湖区社区发展基金会',
      person: null,
      note: 'funder',
    },
    {
      username: 'expert',
      role: 'expert_reviewer',
      ...street,
      displayName: '赵文博（评审专家）',
      person: null,
      note: `expert reviewer of proposals in ${mainStreet.name}`,
    },
    {
      username: 'leader2',
      role: 'organization_leader',
      ...ofTeam(otherOrganization),
      ...signInAs(leader2),
      note: `leader of ${otherTeam}`,
    },
    {
      username: 'member2',
      role: 'organization_member',
      ...ofTeam(otherOrganization),
      ...signInAs(member2),
      note: `member of ${otherTeam}`,
    },
    {
      username: 'deputy',
      role: 'organization_member',
      ...ofTeam(leaderOrganization),
      ...signInAs(deputy),
      note: `deputy (副队长) of ${team}: records activities, sign-ins, publicity and hours like the leader`,
    },
    {
      username: 'treasurer',
      role: 'organization_member',
      ...ofTeam(leaderOrganization),
      ...signInAs(treasurer),
      note: `treasurer (财务) of ${team}: keeps the money pages`,
    },
  ];

  for (const plan of plans) {
    if (!scopeKindsForRole[plan.role].includes(plan.scopeKind)) throw new Error(`${plan.username}: scope not allowed`);
  }
  const users = plans.map(
    (plan): UserRow => ({
      id: random.uuid(),
      username: plan.username,
      phone: plan.person?.row.phone ?? null,
      display_name: plan.displayName,
      role: plan.role,
      scope_kind: plan.scopeKind,
      scope_id: plan.scopeId,
      person_id: plan.person?.row.id ?? null,
      locale: 'zh-CN',
    }),
  );
  const accounts = plans.map(
    (plan): DemoAccount => ({
      username: plan.username,
      phone: plan.person?.row.phone ?? null,
      role: plan.role,
      displayName: plan.displayName,
      scopeKind: plan.scopeKind,
      scopeId: plan.scopeId,
      note: plan.note,
    }),
  );
  return { users, accounts };
}

function signInAs(person: Resident): { displayName: string; person: Resident } {
  return { displayName: person.row.name, person };
}

/** "夕阳红舞蹈队 (槐荫社区)", for the notes printed beside each login. */
function describe(organization: GeneratedOrganization, communities: readonly CommunityRow[]): string {
  const home = communities.find((c) => c.id === organization.row.home_community_id);
  return `${organization.row.name} (${home?.name ?? '?'})`;
}

/** A current holder of `role` in the organization who has a phone (so they can sign in by it). */
function holder(random: Random, input: AccountsInput, organization: GeneratedOrganization, role: MemberRole) {
  const ids = input.memberships
    .filter((m) => m.organization_id === organization.row.id && m.role === role && m.left_on === null)
    .map((m) => m.person_id);
  const people = input.residents.filter((r) => ids.includes(r.row.id) && r.row.phone !== null);
  if (people.length === 0) throw new Error(`${organization.row.name} has no ${role} with a phone`);
  return role === 'member' ? random.pick(people) : (people[0] as Resident);
}
