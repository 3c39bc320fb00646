import type { MemberRole } from '@seedbed/core';
import { addDays, dateBetween, earlier } from './dates';
import type { GeneratedOrganization } from './organizations';
import type { Resident } from './people';
import type { Random } from './random';
import type { OrganizationMemberRow } from './rows';
import type { AgeGroup, FiveStage } from './templates';

/**
 * Who belongs to which organization. Each team has exactly one leader 队长, and as it grows it
 * spreads power away from that one person (seed 000: deputy 副队长, treasurer 财务, logistics 后勤,
 * instead of a "一言堂"). Leaders are mostly 55–75 (domain.md); members come from the home and
 * served communities; the keen ones join several teams. Some members left, a few came back — the
 * table keeps history, and only one membership per person and team is current.
 */
const memberAges: Record<AgeGroup, readonly [number, number]> = {
  elder: [50, 88],
  adult: [25, 80],
  young: [18, 40],
  parents: [26, 45],
  children: [7, 13],
  mixed: [15, 85],
};

/** A children's council is chaired with an adult volunteer beside it: the leader on record is the adult. */
function leaderAges(random: Random, ages: AgeGroup): readonly [number, number] {
  if (ages === 'young') return [24, 40];
  if (ages === 'parents' || ages === 'children') return [28, 48];
  return random.chance(0.85) ? [55, 75] : [45, 54];
}

const officerChances: Record<FiveStage, { deputies: number; treasurer: number; logistics: number }> = {
  nurturing: { deputies: 0.2, treasurer: 0, logistics: 0 },
  seed: { deputies: 0.4, treasurer: 0.3, logistics: 0.3 },
  sapling: { deputies: 0.8, treasurer: 0.7, logistics: 0.6 },
  small_tree: { deputies: 1, treasurer: 1, logistics: 1 },
  big_tree: { deputies: 2, treasurer: 1, logistics: 1 },
};

export function generateMemberships(
  random: Random,
  organizations: readonly GeneratedOrganization[],
  residents: readonly Resident[],
  today: string,
): OrganizationMemberRow[] {
  const byCommunity = new Map<string, Resident[]>();
  for (const resident of residents) {
    const list = byCommunity.get(resident.row.community_id ?? '') ?? [];
    list.push(resident);
    byCommunity.set(resident.row.community_id ?? '', list);
  }
  const leaders = new Set<string>();
  const rows: OrganizationMemberRow[] = [];
  for (const organization of organizations) {
    const { row } = organization;
    const localIds = [row.home_community_id, ...organization.serviceAreas.map((a) => a.community_id)];
    const local = localIds.flatMap((id) => byCommunity.get(id) ?? []).filter((r) => r.row.street_id === row.street_id);
    const streetWide = residents.filter((r) => r.row.street_id === row.street_id);
    const team = chooseTeam(random, organization, local, streetWide, leaders);
    rows.push(...membershipRows(random, organization, team, today));
  }
  return rows;
}

interface Seat {
  resident: Resident;
  role: MemberRole;
  /** A past member, beyond the organization's current count. */
  hasLeft: boolean;
}

/** Largest team, counting everyone who ever belonged. */
const mostMembers = 60;

function chooseTeam(
  random: Random,
  organization: GeneratedOrganization,
  local: readonly Resident[],
  streetWide: readonly Resident[],
  leaders: Set<string>,
): Seat[] {
  const { ages, femaleShare } = organization.template;
  const taken = new Set<string>();
  const free = (r: Resident) => !taken.has(r.row.id);
  const aged =
    ([low, high]: readonly [number, number]) =>
    (r: Resident) =>
      r.age >= low && r.age <= high;
  const reachable = (r: Resident) => r.row.phone !== null;
  const seats: Seat[] = [];
  const seat = (resident: Resident | undefined, role: MemberRole, hasLeft = false) => {
    if (!resident) return;
    taken.add(resident.row.id);
    seats.push({ resident, role, hasLeft });
  };

  // The leader is reachable by phone (the demo logs in as one), rarely leads a second team, and
  // is a woman as often as the members are (a dance team is led by one of its dancers).
  const leaderRange = leaderAges(random, ages);
  const leaderSex = random.chance(femaleShare) ? 'female' : 'male';
  const leaderTests = [aged(leaderRange), reachable, (r: Resident) => !leaders.has(r.row.id)];
  const leader =
    anyOf(random, local, [...leaderTests, (r) => r.sex === leaderSex]) ??
    anyOf(random, local, leaderTests) ??
    anyOf(random, streetWide, leaderTests) ??
    anyOf(random, streetWide, [aged([18, 90]), reachable]);
  if (!leader) throw new Error(`no leader for ${organization.row.name}`);
  leaders.add(leader.row.id);
  seat(leader, 'leader');

  const stage = (organization.row.stage ?? 'seed') as FiveStage;
  const chances = organization.isPinned ? officerChances.small_tree : officerChances[stage];
  const officerRange = ages === 'children' ? leaderRange : memberAges[ages];
  const officer = () =>
    anyOf(random, local, [free, aged(officerRange), reachable, aged([18, 90])]) ??
    anyOf(random, streetWide, [free, aged(officerRange), reachable, aged([18, 90])]);
  const deputies = chances.deputies >= 1 ? Math.floor(chances.deputies) : random.chance(chances.deputies) ? 1 : 0;
  for (let i = 0; i < deputies; i += 1) seat(officer(), 'deputy');
  if (random.chance(chances.treasurer)) seat(officer(), 'treasurer');
  if (random.chance(chances.logistics)) seat(officer(), 'logistics');

  // About one in ten who joined a living team has left it again (a dissolved team's all left).
  const pastMembers = organization.endedOn
    ? 0
    : Math.min(Math.round(organization.memberCount / 10), mostMembers - organization.memberCount);
  const wanted = Math.max(organization.memberCount - seats.length, 0) + Math.max(pastMembers, 0);
  const inRange = aged(memberAges[ages]);
  const pool = [...random.shuffle(local.filter(inRange)), ...random.shuffle(streetWide.filter(inRange))];
  const women = pool.filter((r) => r.sex === 'female');
  const men = pool.filter((r) => r.sex === 'male');
  const wantedWomen = Math.round(wanted * femaleShare);
  const chosen = [...takeFree(women, wantedWomen, taken), ...takeFree(men, wanted - wantedWomen, taken)];
  chosen.push(...takeFree(pool, wanted - chosen.length, taken));
  for (const [index, resident] of random.shuffle(chosen).entries()) seat(resident, 'member', index < pastMembers);
  return seats;
}

/** A random resident that passes every test, or undefined. */
function anyOf(
  random: Random,
  residents: readonly Resident[],
  tests: readonly ((r: Resident) => boolean)[],
): Resident | undefined {
  const passing = residents.filter((r) => tests.every((test) => test(r)));
  return passing.length > 0 ? random.pick(passing) : undefined;
}

/** Takes up to `count` residents in order, skipping (and then marking) those already taken. */
function takeFree(residents: readonly Resident[], count: number, taken: Set<string>): Resident[] {
  const result: Resident[] = [];
  for (const resident of residents) {
    if (result.length >= count) break;
    if (taken.has(resident.row.id)) continue;
    taken.add(resident.row.id);
    result.push(resident);
  }
  return result;
}

function membershipRows(
  random: Random,
  organization: GeneratedOrganization,
  seats: readonly Seat[],
  today: string,
): OrganizationMemberRow[] {
  const { row, endedOn } = organization;
  const foundedOn = row.founded_on ?? today;
  const end = endedOn ?? today;
  const rows: OrganizationMemberRow[] = [];
  const add = (personId: string, role: MemberRole, joinedOn: string, leftOn: string | null) =>
    rows.push({
      id: random.uuid(),
      street_id: row.street_id,
      organization_id: row.id,
      person_id: personId,
      role,
      joined_on: joinedOn,
      left_on: leftOn,
    });

  for (const { resident, role, hasLeft } of seats) {
    // The founders hold the offices; the rest joined over the team's life, before it ended.
    const joinedOn =
      role === 'leader'
        ? foundedOn
        : role === 'member'
          ? dateBetween(random, foundedOn, earlier(addDays(end, -30), today))
          : dateBetween(random, foundedOn, earlier(addDays(foundedOn, 120), end));
    if (endedOn) {
      add(resident.row.id, role, joinedOn, endedOn);
      continue;
    }
    if (!hasLeft || addDays(joinedOn, 30) > today) {
      add(resident.row.id, role, joinedOn, null);
      continue;
    }
    const leftOn = dateBetween(random, addDays(joinedOn, 30), today);
    add(resident.row.id, role, joinedOn, leftOn);
    // A few come back: the old membership stays as history beside the new current one.
    if (addDays(leftOn, 30) <= today && random.chance(0.2)) {
      add(resident.row.id, 'member', dateBetween(random, addDays(leftOn, 30), today), null);
    }
  }
  return rows;
}

/**
 * Activists 积极分子 / 能人 (seed 003 §4): everyone who has led a team or deputised, then treasurers,
 * logistics and people in several teams, until about a tenth of the residents are marked.
 */
export function markActivists(
  random: Random,
  residents: readonly Resident[],
  memberships: readonly OrganizationMemberRow[],
): void {
  const byId = new Map(residents.map((r) => [r.row.id, r]));
  for (const membership of memberships) {
    const resident = byId.get(membership.person_id);
    if (resident && (membership.role === 'leader' || membership.role === 'deputy')) resident.row.is_activist = true;
  }
  const teamsOf = new Map<string, number>();
  for (const m of memberships) teamsOf.set(m.person_id, (teamsOf.get(m.person_id) ?? 0) + 1);
  const candidates = [
    ...random.shuffle(
      memberships.filter((m) => m.role === 'treasurer' || m.role === 'logistics').map((m) => m.person_id),
    ),
    ...random.shuffle([...teamsOf].filter(([, teams]) => teams >= 2).map(([id]) => id)),
  ];
  const target = Math.round(residents.length * 0.1);
  let count = residents.filter((r) => r.row.is_activist).length;
  for (const id of candidates) {
    if (count >= target) break;
    const resident = byId.get(id);
    if (!resident || resident.row.is_activist || resident.age < 18) continue;
    resident.row.is_activist = true;
    count += 1;
  }
}
