import { type FilingStatus, type Orientation, orientations } from '@seedbed/core';
import { addDays, dateBetween } from './dates';
import type { Random } from './random';
import type { OrganizationRow } from './rows';
import type { FiveStage } from './templates';

/**
 * How old an organization is, whether it is still alive, how far it is filed, and how far up the
 * orientation scale it has moved — all following its growth stage (seed 002).
 */

/** Days before today an organization of each stage was founded: the demo spans about eight years. */
const foundedDaysAgo: Record<FiveStage, readonly [number, number]> = {
  nurturing: [30, 300],
  seed: [120, 1_800],
  sapling: [540, 2_555],
  small_tree: [1_095, 2_920],
  big_tree: [1_825, 2_920],
};

export function foundingDate(random: Random, stage: FiveStage, today: string): string {
  const [least, most] = foundedDaysAgo[stage];
  return addDays(today, -random.int(least, most));
}

/** Members (current or, for a dissolved team, at the end): seed 002 puts a sapling at 30–50 people. */
const memberCounts: Record<FiveStage, readonly [number, number]> = {
  nurturing: [5, 8],
  seed: [8, 18],
  sapling: [18, 40],
  small_tree: [30, 50],
  big_tree: [45, 60],
};

export function memberCountFor(random: Random, stage: FiveStage): number {
  const [least, most] = memberCounts[stage];
  return random.int(least, most);
}

const dissolutionReasons = [
  '队长搬离社区，无人接手，队伍自然解散',
  '活动场地被收回改作他用，成员逐渐流失',
  '骨干成员年事已高，活动难以为继',
  '资助项目结束后没有找到新的经费来源',
  '与邻近社区的同类队伍合并',
  '疫情期间停止活动后再未恢复',
  '内部在经费使用上起了矛盾，队长退出后解散',
];

const inactivityReasons = [
  '队长生病住院，活动暂停',
  '活动室装修，暂时没有排练场地',
  '几位骨干回老家带孙子，近半年没有活动',
  '成员对活动内容意见不一，正在商量新的方向',
];

/** What settling a lifecycle reads and writes of a generated organization. */
interface Living {
  row: OrganizationRow;
  endedOn: string | null;
  isPinned: boolean;
}

/**
 * Organizations die. Of the 86 that had existed at Dashilar a third were dead and a third inactive
 * (seed 002); here about a third of the oldest third of the street's teams (by founding) are
 * dissolved or inactive, a few of the middle third have gone quiet, the young are alive. Trees and
 * the teams still being nurtured stay active, and so do the teams the demo accounts belong to.
 */
export function settleLifecycles(random: Random, organizations: readonly Living[], today: string): void {
  const byAge = [...organizations].sort((a, b) => (a.row.founded_on ?? today).localeCompare(b.row.founded_on ?? today));
  const third = Math.ceil(byAge.length / 3);
  const mortal = (o: Living) => !o.isPinned && (o.row.stage === 'seed' || o.row.stage === 'sapling');
  const oldest = random.shuffle(byAge.slice(0, third).filter(mortal)).slice(0, Math.round(third / 3));
  const middle = random.shuffle(byAge.slice(third, 2 * third).filter(mortal)).slice(0, Math.round(third / 10));
  oldest.forEach((organization, index) => {
    if (index % 2 === 0) dissolve(random, organization, today);
    else pause(random, organization);
  });
  for (const organization of middle) {
    if (random.chance(0.3)) dissolve(random, organization, today);
    else pause(random, organization);
  }
}

function dissolve(random: Random, organization: Living, today: string): void {
  const foundedOn = organization.row.founded_on ?? today;
  // A team that dissolved lived a year at least and stopped some months ago; a younger one only pauses.
  if (addDays(foundedOn, 365) > addDays(today, -60)) {
    pause(random, organization);
    return;
  }
  organization.row.status = 'dissolved';
  organization.row.status_reason = random.pick(dissolutionReasons);
  organization.endedOn = dateBetween(random, addDays(foundedOn, 365), addDays(today, -60));
}

function pause(random: Random, organization: Living): void {
  organization.row.status = 'inactive';
  organization.row.status_reason = random.chance(0.7) ? random.pick(inactivityReasons) : null;
}

/** Filing (none → 居委会备案 → 登记注册): only a tree is a registered legal entity (seed 002). */
export function filingFor(random: Random, stage: FiveStage): FilingStatus {
  switch (stage) {
    case 'nurturing':
      return 'none';
    case 'seed':
      return random.chance(0.3) ? 'filed' : 'none';
    case 'sapling':
      return random.chance(0.7) ? 'filed' : 'none';
    case 'small_tree':
      return random.chance(0.6) ? 'registered' : 'filed';
    case 'big_tree':
      return random.chance(0.85) ? 'registered' : 'filed';
  }
}

/**
 * A sapling has turned to public affairs and a tree serves the public (seed 002), so growth moves a
 * team up 自益 → 互益 → 共益 → 公益 from where its kind starts.
 */
export function orientationFor(random: Random, start: Orientation, stage: FiveStage): Orientation {
  const chanceOfLift: Record<FiveStage, number> = { nurturing: 0, seed: 0, sapling: 0.3, small_tree: 0.6, big_tree: 1 };
  const lift = random.chance(chanceOfLift[stage]) ? 1 : 0;
  const index = Math.min(orientations.indexOf(start) + lift, orientations.length - 1);
  return orientations[index] ?? start;
}
