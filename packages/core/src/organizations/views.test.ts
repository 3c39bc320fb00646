import { describe, expect, it } from 'vitest';
import {
  type OrganizationRecord,
  type OrganizationRegistryRecord,
  organizationDetailAsSeenBy,
  organizationRegistryAsSeenBy,
} from './views';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const leader = {
  personId: id(11),
  name: '张大姐',
  role: 'leader' as const,
  joinedOn: '2024-03-01',
  phone: '13812341234',
};
const member = { personId: id(12), name: '小李', role: 'member' as const, joinedOn: null, phone: null };

const record: OrganizationRecord = {
  id: id(1),
  name: '快乐合唱团',
  organizationType: 'children_council',
  orientation: 'self_benefit',
  stage: null,
  status: 'active',
  homeCommunityId: id(2),
  homeCommunityName: '和平社区',
  memberCount: 2,
  streetId: id(3),
  description: null,
  meetingPlace: null,
  foundedOn: null,
  filingStatus: 'none',
  statusReason: null,
  homeCommunityOpenable: true,
  servedCommunities: [],
  accountableAdult: { personId: id(11), name: '张大姐' },
  members: [
    { ...leader, isInCallersScope: true },
    { ...member, isInCallersScope: true },
  ],
};

describe('an organization as a role sees it', () => {
  it('gives staff the members with their phones, the adult by name, and the edit button', () => {
    const seen = organizationDetailAsSeenBy('incubator_staff', record);
    expect(seen.members).toEqual([leader, member]);
    expect(seen.accountableAdult).toEqual({ personId: id(11), name: '张大姐' });
    expect(seen.canEdit).toBe(true);
  });

  it('gives an assistant the names with masked phones and no edit button', () => {
    const seen = organizationDetailAsSeenBy('incubator_assistant', record);
    expect(seen.members).toEqual([{ ...leader, phone: '138****1234' }, member]);
    expect(seen.accountableAdult?.name).toBe('张大姐');
    expect(seen.canEdit).toBe(false);
  });

  it('lets its own leader edit it and see the phones', () => {
    const seen = organizationDetailAsSeenBy('organization_leader', record);
    expect(seen.members?.[0]?.phone).toBe('13812341234');
    expect(seen.canEdit).toBe(true);
  });

  it('hides every resident name from funders and experts: no members (null), the adult without a name', () => {
    for (const role of ['funder', 'expert_reviewer'] as const) {
      const seen = organizationDetailAsSeenBy(role, record);
      expect(seen.members).toBeNull();
      expect(seen.accountableAdult).toEqual({ personId: id(11), name: null });
      expect(seen.canEdit).toBe(false);
      expect(seen.memberCount).toBe(2);
    }
  });

  it('masks the phone of a member the caller’s scope does not reach, even for a role that reads contacts', () => {
    // An official of a served community: the leader lives in another community.
    const elsewhere = { ...record, members: record.members.map((m) => ({ ...m, isInCallersScope: false })) };
    const seen = organizationDetailAsSeenBy('community_official', elsewhere);
    expect(seen.members).toEqual([{ ...leader, phone: '138****1234' }, member]);
  });

  it('keeps an organization without an accountable adult without one', () => {
    expect(organizationDetailAsSeenBy('funder', { ...record, accountableAdult: null }).accountableAdult).toBeNull();
  });
});

const interview = {
  id: id(31),
  interviewedOn: '2025-01-05',
  interviewer: '李',
  origin: '广场舞',
  development: null,
  activities: null,
  difficulties: null,
  hopes: null,
  notes: null,
};

const registry: OrganizationRegistryRecord = {
  dissolvedOn: null,
  changes: [],
  servedCommunities: [],
  memberHistory: [
    { membershipId: id(21), personId: id(11), name: '张大姐', role: 'leader', joinedOn: '2024-03-01', leftOn: null },
  ],
  subTeams: [
    {
      id: id(41),
      name: '一分队',
      formedOn: null,
      endedOn: null,
      members: [{ personId: id(11), name: '张大姐', role: 'leader' }],
      memberCount: 1,
    },
  ],
  chatGroups: [],
  relations: [],
  interviews: [interview],
};

describe('the registry as a role sees it', () => {
  it('gives staff everything and both buttons', () => {
    const seen = organizationRegistryAsSeenBy('incubator_staff', registry);
    expect(seen.memberHistory).toHaveLength(1);
    expect(seen.subTeams[0]?.members).toEqual([{ personId: id(11), name: '张大姐', role: 'leader' }]);
    expect(seen.interviews).toEqual([interview]);
    expect([seen.canManageMembers, seen.canRecord]).toEqual([true, true]);
  });

  it('lets a leader manage members but not record history; a member reads names but no interviews', () => {
    const byLeader = organizationRegistryAsSeenBy('organization_leader', registry);
    expect([byLeader.canManageMembers, byLeader.canRecord]).toEqual([true, false]);
    expect(byLeader.interviews).toHaveLength(1);
    const byMember = organizationRegistryAsSeenBy('organization_member', registry);
    expect(byMember.memberHistory).toHaveLength(1);
    expect(byMember.interviews).toEqual([]);
    expect([byMember.canManageMembers, byMember.canRecord]).toEqual([false, false]);
  });

  it('shows a funder no names (null) but how many are in each sub-team, and no interviews', () => {
    const seen = organizationRegistryAsSeenBy('funder', registry);
    expect(seen.memberHistory).toBeNull();
    expect(seen.subTeams[0]?.members).toBeNull();
    expect(seen.subTeams[0]?.memberCount).toBe(1);
    expect(seen.interviews).toEqual([]);
  });
});
