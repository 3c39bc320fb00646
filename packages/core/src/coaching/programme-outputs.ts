import type { Openness } from '../activities';
import type { ProgrammeFigures } from './programme-schemas';

/**
 * A programme's outputs, computed from the records (seed 002 reports, for the 民生议题讨论会: "19 个
 * 组织…开展公共活动 67 次，联合活动 4 次，骨干参与 212 人次，服务居民 5000 余人次"). Definitions:
 *
 * - counted activity: an activity (not merged away) that started inside the counted period, organized
 *   by a participant on or after the day it joined the programme; an activity two participants ran
 *   together counts once for the programme and once for each of them;
 * - public activity 公共活动: a counted activity open beyond the team's own members (openness
 *   `open_to_all` or `invited`), the 自益 → 公益 move the programme is for;
 * - joint activity 联合活动: a counted activity organized by more than one organization (its
 *   `activity_organizations`, participants or not); free-text co-hosts are not counted, because a
 *   name typed beside the record proves no second organization took part;
 * - activist person-times 骨干人次: for each counted activity, the distinct activists (people marked
 *   `is_activist`) who took part or signed in — one person at three activities is three;
 * - people served 服务人次: the served counts the organizations gave on their records, summed.
 */
export interface ProgrammeActivity {
  id: string;
  /** Shanghai calendar day it started on. */
  startedOn: string;
  openness: Openness;
  servedCount: number;
  /** Every organization that organized it. */
  organizationIds: readonly string[];
}

export interface ProgrammeAttendance {
  activityId: string;
  personId: string;
  isActivist: boolean;
}

export interface ProgrammeOutputsInput {
  period: { from: string; to: string };
  participants: readonly { organizationId: string; joinedOn: string }[];
  activities: readonly ProgrammeActivity[];
  attendances: readonly ProgrammeAttendance[];
}

const zeroFigures = (): ProgrammeFigures => ({
  activities: 0,
  publicActivities: 0,
  jointActivities: 0,
  activistPersonTimes: 0,
  peopleServed: 0,
});

function add(figures: ProgrammeFigures, activity: ProgrammeActivity, activistTimes: number) {
  figures.activities += 1;
  if (activity.openness !== 'members_only') figures.publicActivities += 1;
  if (new Set(activity.organizationIds).size > 1) figures.jointActivities += 1;
  figures.activistPersonTimes += activistTimes;
  figures.peopleServed += activity.servedCount;
}

/** The programme's totals and each participant's share (see the definitions above). */
export function programmeOutputs(input: ProgrammeOutputsInput): {
  totals: ProgrammeFigures;
  byOrganization: Map<string, ProgrammeFigures>;
} {
  const joinedOn = new Map(input.participants.map((p) => [p.organizationId, p.joinedOn]));
  const activists = new Map<string, Set<string>>();
  for (const { activityId, personId, isActivist } of input.attendances) {
    if (!isActivist) continue;
    const people = activists.get(activityId) ?? new Set<string>();
    people.add(personId);
    activists.set(activityId, people);
  }
  const totals = zeroFigures();
  const byOrganization = new Map(input.participants.map((p) => [p.organizationId, zeroFigures()]));
  const seen = new Set<string>();
  for (const activity of input.activities) {
    if (seen.has(activity.id)) continue;
    if (activity.startedOn < input.period.from || activity.startedOn > input.period.to) continue;
    const countingFor = [...new Set(activity.organizationIds)].filter((id) => {
      const joined = joinedOn.get(id);
      return joined !== undefined && activity.startedOn >= joined;
    });
    if (countingFor.length === 0) continue;
    seen.add(activity.id);
    const activistTimes = activists.get(activity.id)?.size ?? 0;
    add(totals, activity, activistTimes);
    for (const id of countingFor) add(byOrganization.get(id)!, activity, activistTimes);
  }
  return { totals, byOrganization };
}

/**
 * Newcomers 新加入的组织: a participant taking part in a cultivation programme for the first time —
 * it was in no programme that started before this one — or founded during this programme (a team
 * the programme itself brought about). Programmes starting the same day do not make each other's
 * participants old-timers.
 */
export function isNewcomer(
  programme: { startsOn: string; endsOn: string | null },
  organization: { foundedOn: string | null; earlierProgrammeStarts: readonly string[] },
): boolean {
  const { foundedOn } = organization;
  if (foundedOn !== null && foundedOn >= programme.startsOn && (!programme.endsOn || foundedOn <= programme.endsOn))
    return true;
  return !organization.earlierProgrammeStarts.some((startsOn) => startsOn < programme.startsOn);
}

/** The period the outputs are counted over: the programme's, cut at today while it runs. */
export function countedPeriod(programme: { startsOn: string; endsOn: string | null }, today: string) {
  const end = programme.endsOn ?? today;
  return { from: programme.startsOn, to: end < today ? end : today };
}
