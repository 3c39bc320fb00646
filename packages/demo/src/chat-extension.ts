import type { ActivityDemoData } from './activity-extension';
import { addGroup, type GroupPlan, type MemberPlan } from './chat-builder';
import { chatCast, currentMembers, groupActivities } from './chat-cast';
import type { ChatDemoData, ChatGroupDemoRow } from './chat-rows';
import { addDays, daysBetween, later } from './dates';
import type { Random } from './random';
import type { OrganizationChangeRow } from './registry-rows';
import type { BaseDemoData, OrganizationRow } from './rows';

export { chatCast } from './chat-cast';
export type { ChatDemoData } from './chat-rows';

/**
 * The demo street's year of chat (issue 19's demo line): a 总群 for most organizations, with the
 * leader's agreement recorded by staff (analysis only; the leader's own team keeps text 30 days), its
 * members as matched senders plus a few unmatched nicknames and silent roster members, staff flagged
 * where they are in. On top: a tree whose 总群 splits mid-year into 总群 + 核心群 (the core members move
 * their talk), two members of the leader's team drifting to the margin, a group staff built on trust
 * that stays quiet, the street's activists' group 骨干管理群 (leaders of several teams: bridges), and
 * one team's group agreed but not imported yet — the journey imports its sample export
 * (packages/demo/samples/, see chat-sample.ts).
 */
export function generateChatDemo(
  random: Random,
  base: BaseDemoData,
  changes: readonly OrganizationChangeRow[],
  activities: ActivityDemoData,
  today: string,
  registered: readonly ChatGroupDemoRow[] = [],
): ChatDemoData {
  // The registry's groups are the same table: the chat trail takes over those it follows (see addGroup).
  const data: ChatDemoData = {
    chat_groups: registered.map((g) => ({ ...g })),
    chat_agreements: [],
    chat_senders: [],
    chat_messages: [],
  };
  const staff = base.users.find((u) => u.username === 'staff');
  const leaderTeamId = base.users.find((u) => u.username === 'leader')?.scope_id;
  if (!staff?.scope_id || !leaderTeamId) return data;
  const mainStreetId = staff.scope_id;
  const cast = chatCast(base);
  const yearAgo = addDays(today, -365);
  const membersOf = currentMembers(base.organization_members);
  const nameOf = new Map(base.people.map((p) => [p.id, p.name]));
  const activitiesOf = groupActivities(activities);
  const orientedOn = new Map(
    changes
      .filter((c) => c.field === 'orientation' && c.value !== 'self_benefit')
      .map((c) => [c.organization_id, c.changed_on]),
  );
  const staffMember = (weight: number, since: string): MemberPlan => ({
    personId: null,
    displayName: staff.display_name,
    since,
    weight: () => weight,
    isLeader: false,
    isStaff: true,
  });
  const nicknames = ['开心果', '蓝天白云', '静待花开', '平安是福', '夕阳无限好', '荷塘月色', '小草', '心若止水'];
  const leaders: { organization: OrganizationRow; personId: string }[] = [];

  /** Members as senders: the leader talks most, officers next, a quarter never speaks. */
  const membersPlan = (organization: OrganizationRow, from: string, drifters: ReadonlySet<string>) => {
    const plans: MemberPlan[] = [];
    for (const member of membersOf.get(organization.id) ?? []) {
      const name = nameOf.get(member.person_id) ?? '居民';
      const isLeader = member.role === 'leader';
      const base = isLeader
        ? 4
        : member.role === 'member'
          ? random.chance(0.25)
            ? 0
            : 0.2 + 1.6 * random.next() ** 2
          : 2;
      const drifting = drifters.has(member.person_id);
      plans.push({
        personId: member.person_id,
        displayName: random.chance(0.75) ? name : `${name}${random.pick(['🌸', '🌷', '😊', '🍀'])}`,
        since: later(from, member.joined_on ?? from),
        // Drifting: active early, then fewer messages and fewer answers (marginalisation flags them).
        weight: drifting ? (t) => 2.4 * Math.max(0.03, 1 - 1.6 * t) : () => base,
        answered: drifting ? (t) => (t < 0.3 ? 1 : Math.max(0.05, 1 - 2 * (t - 0.3))) : undefined,
        isLeader,
        isStaff: false,
      });
    }
    for (const nickname of random.sample(nicknames, random.int(1, 3)))
      plans.push({
        personId: null,
        displayName: nickname,
        since: from,
        weight: () => 0.4,
        isLeader: false,
        isStaff: false,
      });
    return plans;
  };
  const publicShareOf = (organization: OrganizationRow, from: string) => {
    if (organization.orientation === 'self_benefit') return () => 0.08;
    const changedOn = orientedOn.get(organization.id) ?? yearAgo;
    const at = Math.min(1, Math.max(0, daysBetween(from, changedOn) / Math.max(1, daysBetween(from, today))));
    return at <= 0 ? () => 0.45 : (t: number) => (t < at ? 0.08 : 0.08 + (0.62 * (t - at)) / Math.max(0.05, 1 - at));
  };
  const stageRate: Record<string, number> = { seed: 0.45, sapling: 0.65, small_tree: 0.85, big_tree: 1 };

  for (const organization of base.organizations) {
    if (organization.status !== 'active' || !organization.stage || organization.stage === 'nurturing') continue;
    const leader = (membersOf.get(organization.id) ?? []).find((m) => m.role === 'leader');
    if (!leader) continue;
    const isLeaderTeam = organization.id === leaderTeamId;
    const special = [cast.split?.id, cast.quiet?.id, cast.sample?.id].includes(organization.id);
    if (!isLeaderTeam && !special && !random.chance(0.85)) continue;
    leaders.push({ organization, personId: leader.person_id });
    const founded = organization.founded_on ?? yearAgo;
    // Most groups have talked all year; some came online later (seed 002: 11 groups → 32 in half a year).
    const from = later(founded, isLeaderTeam || random.chance(0.7) ? yearAgo : addDays(today, -random.int(100, 330)));
    const agreedOn = addDays(today, -random.int(20, 60));
    const creationWay = random.weighted([
      ['by_organization', 4],
      ['by_staff_on_trust', 3],
      ['existing_invited_staff', 3],
    ] as const);
    const staffIn = creationWay !== 'by_organization' || random.chance(0.6);
    const months = daysBetween(from, today) / 30;
    const plan: GroupPlan = {
      streetId: organization.street_id,
      organizationId: organization.id,
      name: `${organization.name}总群`,
      layer: 'general',
      creationWay,
      staffIn,
      adoptionStep: months >= 6 ? 5 : months >= 3 ? 4 : 3,
      agreedOn,
      agreedByPersonId: leader.person_id,
      textDays: isLeaderTeam ? 30 : null,
      members: [],
      talk: null,
    };
    if (organization.id === cast.sample?.id) {
      // Agreed, not imported yet: the journey uploads packages/demo/samples/ into it.
      addGroup(random, data, { ...plan, creationWay: 'by_organization', staffIn: true, adoptionStep: 4 }, staff, today);
      continue;
    }
    const drifters = new Set(isLeaderTeam ? cast.drifters(organization.id) : []);
    const members = [...membersPlan(organization, from, drifters), ...(staffIn ? [staffMember(0.5, from)] : [])];
    const talk = {
      from,
      to: today,
      threadsPerDay: () => stageRate[organization.stage ?? 'seed'] ?? 0.6,
      publicShare: publicShareOf(organization, from),
      activities: (activitiesOf.get(organization.id) ?? []).filter((a) => a.day >= from && a.day < today),
      silentActivityChance: 0.1,
      liveliness: 0.55,
    };
    if (organization.id === cast.quiet?.id) {
      // Built by staff on the team's trust: staff talk, members barely answer (seed 002's warning).
      addGroup(
        random,
        data,
        {
          ...plan,
          creationWay: 'by_staff_on_trust',
          staffIn: true,
          adoptionStep: 3,
          members: [
            ...membersPlan(organization, from, new Set()).map((m) => ({ ...m, weight: () => 0.2 })),
            staffMember(3, from),
          ],
          talk: { ...talk, threadsPerDay: () => 0.06, silentActivityChance: 0.9, liveliness: 0.15 },
        },
        staff,
        today,
      );
      continue;
    }
    if (organization.id === cast.split?.id) {
      addSplitGroups(random, data, plan, members, talk, staff, today);
      continue;
    }
    addGroup(random, data, { ...plan, members, talk }, staff, today);
  }

  // The street's activists' group 骨干管理群: leaders of several teams report their activities, staff answer.
  const reporting = leaders.filter((l) => l.organization.street_id === mainStreetId).slice(0, 14);
  const activistsFrom = yearAgo;
  addGroup(
    random,
    data,
    {
      streetId: mainStreetId,
      organizationId: null,
      name: '骨干管理群',
      layer: 'activists',
      creationWay: 'by_staff_on_trust',
      staffIn: true,
      adoptionStep: 5,
      agreedOn: addDays(today, -45),
      agreedByPersonId: null,
      textDays: null,
      members: [
        ...reporting.map(
          (l): MemberPlan => ({
            personId: l.personId,
            displayName: nameOf.get(l.personId) ?? '队长',
            since: activistsFrom,
            weight: () => 1,
            isLeader: false,
            isStaff: false,
          }),
        ),
        staffMember(2.5, activistsFrom),
      ],
      talk: {
        from: activistsFrom,
        to: today,
        threadsPerDay: () => 0.5,
        publicShare: (t) => 0.3 + 0.3 * t,
        activities: reporting.flatMap((l) =>
          (activitiesOf.get(l.organization.id) ?? [])
            .filter((a) => a.day >= activistsFrom && a.day < today && random.chance(0.35))
            .map((a) => ({ ...a, reporterPersonId: l.personId })),
        ),
        silentActivityChance: 0,
        liveliness: 0.5,
      },
    },
    staff,
    today,
  );
  return data;
}

/**
 * A tree's 总群 splits half-way through the year (seed 002: a tree has 总群, 核心群…): the leader, the
 * officers and the keenest members open a 核心群 and move their discussion there; the 总群 keeps the
 * notices, photos and greetings.
 */
function addSplitGroups(
  random: Random,
  data: ChatDemoData,
  plan: GroupPlan,
  members: readonly MemberPlan[],
  talk: NonNullable<GroupPlan['talk']>,
  staff: BaseDemoData['users'][number],
  today: string,
) {
  const splitOn = addDays(today, -182);
  const splitAt = daysBetween(talk.from, splitOn) / Math.max(1, daysBetween(talk.from, today));
  const ranked = [...members].filter((m) => !m.isStaff && m.personId).sort((a, b) => b.weight(0) - a.weight(0));
  const core = new Set(ranked.slice(0, 6));
  const general = members.map((m) =>
    core.has(m) ? { ...m, weight: (t: number) => (t < splitAt ? m.weight(t) : 0.2 * m.weight(t)) } : m,
  );
  addGroup(
    random,
    data,
    { ...plan, members: general, talk: { ...talk, threadsPerDay: (t) => (t < splitAt ? 1.3 : 0.7) } },
    staff,
    today,
  );
  addGroup(
    random,
    data,
    {
      ...plan,
      name: plan.name.replace(/总群$/, '核心群'),
      layer: 'core',
      creationWay: 'by_organization',
      staffIn: false,
      adoptionStep: 5,
      members: [...core].map((m) => ({ ...m, since: later(m.since, splitOn) })),
      talk: {
        ...talk,
        from: splitOn,
        threadsPerDay: () => 1.4,
        publicShare: () => 0.55,
        activities: [],
        liveliness: 0.7,
      },
    },
    staff,
    today,
  );
}
