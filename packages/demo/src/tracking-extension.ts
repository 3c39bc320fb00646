import { shanghaiDate, signInCodeAlphabet, signInCodeLength } from '@seedbed/core';
import type { ActivityDemoData } from './activity-extension';
import type { ActivityOrganizationRow, ActivityRow } from './activity-rows';
import { addDays } from './dates';
import type { Random } from './random';
import type { BaseDemoData } from './rows';

/**
 * The demo street's staff tracking logs 追踪日志 (seed 002) on about 15% of the main street's
 * past activities — at least three on the leader's team — written by the staff member and the
 * assistant from a small catalogue; one activity made by a tracking log (the leader's team never
 * recorded it: "the organization may complete it"); and one suspected duplicate pair on the
 * leader's team (its own record and a staff member's record of the same afternoon) for the merge
 * screen. Pure: seeded random and `today` passed in.
 */
export interface TrackingLogRow {
  id: string;
  street_id: string;
  activity_id: string;
  organization_id: string;
  staff_user_id: string;
  observed_starts_at: string;
  observed_ends_at: string;
  place_text: string | null;
  observed: string;
  process_record: string;
  feelings: string | null;
  cultivation_ideas: string | null;
  created_at: string;
  updated_at: string;
}

export type TrackingActivityRow = ActivityRow & { created_by_tracking: boolean };

export type TrackingDemoData = {
  activities: TrackingActivityRow[];
  activity_organizations: ActivityOrganizationRow[];
  tracking_logs: TrackingLogRow[];
};

const processRecords = [
  '队员提前半小时到场布置，队长带大家热身，之后分两组练习新动作，最后合练两遍。',
  '活动按计划开始，签到由副队长负责；中途有居民围观并加入，队员主动讲解。',
  '先由队长说明本次分工，后勤组准备茶水，财务现场登记了垫付的材料费。',
  '活动开始前下小雨，队员商量后改到楼道里进行，人数略少但气氛很好。',
  '队长主持，大家围坐讨论下个月的安排，用举手表决定下了两次活动的时间。',
  '居委会工作人员到场看了半小时，对活动表示支持，答应帮忙协调场地。',
  '新加入的两位队员第一次参加，老队员一对一带着练。',
] as const;

const feelings = [
  '队员之间的分工比上次清楚，队长不再事事亲力亲为。',
  '居民参与的积极性明显提高，有好几位主动留下联系方式。',
  '气氛融洽，但讨论环节主要是队长在说，其他人发言不多。',
  '活动组织得有条理，看得出队伍在慢慢成熟。',
  '人数比预想的少，队长有些着急，需要多鼓励。',
  '看到队员们自己解决了场地问题，很受感动。',
] as const;

const cultivationIdeas = [
  '可以请副队长负责下次的签到和记录，分散队长的工作量。',
  '建议下次开一次共识会，让队员一起讨论活动主题。',
  '可以尝试面向全体居民开放一次活动，向公益方向迈一步。',
  '下次报销会上手把手教财务整理票据。',
  '鼓励队伍和邻近社区的队伍办一次联合活动。',
  '帮队长梳理一份活动记录表模板，方便以后留存资料。',
] as const;

const places = ['社区活动室', '小区中心广场', '居委会会议室', '楼前空地', '社区花园'] as const;

const hour = 3_600_000;

export function generateTrackingDemo(
  random: Random,
  base: BaseDemoData,
  activities: ActivityDemoData,
  today: string,
): TrackingDemoData {
  const staff = base.users.find((u) => u.username === 'staff');
  const assistant = base.users.find((u) => u.username === 'assistant');
  const leader = base.users.find((u) => u.username === 'leader');
  if (!staff?.scope_id || !assistant || !leader?.scope_id)
    return {
      activities: activities.activities.map((a) => ({ ...a, created_by_tracking: false })),
      activity_organizations: activities.activity_organizations,
      tracking_logs: [],
    };
  const mainStreetId = staff.scope_id;
  const leadersOrganizationId = leader.scope_id;
  const todayStart = Date.parse(`${today}T00:00:00+08:00`);
  const organizationsOf = new Map<string, string[]>();
  for (const row of activities.activity_organizations)
    organizationsOf.set(row.activity_id, [...(organizationsOf.get(row.activity_id) ?? []), row.organization_id]);

  const logs: TrackingLogRow[] = [];
  const logOn = (activity: ActivityRow, organizationId: string) => {
    const startsAt = Date.parse(activity.starts_at) + random.int(0, 2) * 15 * 60_000;
    const endsAt = Math.max(startsAt, Date.parse(activity.ends_at) - random.int(0, 2) * 15 * 60_000);
    const writtenAt = new Date(endsAt + random.int(1, 20) * hour).toISOString();
    logs.push({
      id: random.uuid(),
      street_id: activity.street_id,
      activity_id: activity.id,
      organization_id: organizationId,
      staff_user_id: random.chance(0.7) ? staff.id : assistant.id,
      observed_starts_at: new Date(startsAt).toISOString(),
      observed_ends_at: new Date(endsAt).toISOString(),
      place_text: activity.place_text ?? random.pick(places),
      observed: activity.title,
      process_record: random.pick(processRecords),
      feelings: random.chance(0.8) ? random.pick(feelings) : null,
      cultivation_ideas: random.chance(0.8) ? random.pick(cultivationIdeas) : null,
      created_at: writtenAt,
      updated_at: writtenAt,
    });
  };

  // About 15% of the main street's past activities were observed; the leader's team at least 3 times.
  const past = activities.activities.filter(
    (a) => a.street_id === mainStreetId && Date.parse(a.ends_at) < todayStart && organizationsOf.has(a.id),
  );
  const leaders = past.filter((a) => organizationsOf.get(a.id)?.includes(leadersOrganizationId));
  const observed = new Set(random.sample(leaders, 3).map((a) => a.id));
  for (const activity of past) if (random.chance(0.15)) observed.add(activity.id);
  for (const activity of past) {
    if (!observed.has(activity.id)) continue;
    const organizations = organizationsOf.get(activity.id)!;
    logOn(activity, organizations.includes(leadersOrganizationId) ? leadersOrganizationId : random.pick(organizations));
  }

  const codes = new Set(activities.activities.map((a) => a.sign_in_code));
  const newCode = () => {
    for (;;) {
      let code = '';
      for (let i = 0; i < signInCodeLength; i += 1) code += random.pick([...signInCodeAlphabet]);
      if (!codes.has(code)) {
        codes.add(code);
        return code;
      }
    }
  };
  const dayOf = (instant: string) => shanghaiDate(new Date(instant));
  const leadersDays = new Set(leaders.map((a) => dayOf(a.starts_at)));
  const freeDay = (from: number) => {
    for (let back = from; ; back += 1) {
      const day = addDays(today, -back);
      if (!leadersDays.has(day)) return day;
    }
  };
  const leaderTemplate = leaders[leaders.length - 1] ?? past[0];
  const extraActivities: TrackingActivityRow[] = [];
  const extraOrganizations: ActivityOrganizationRow[] = [];
  if (leaderTemplate) {
    const addRecord = (row: TrackingActivityRow) => {
      extraActivities.push(row);
      extraOrganizations.push({
        activity_id: row.id,
        organization_id: leadersOrganizationId,
        street_id: row.street_id,
        position: 0,
      });
      leadersDays.add(dayOf(row.starts_at));
      return row;
    };
    const blank = (
      day: string,
      from: string,
      to: string,
    ): Omit<TrackingActivityRow, 'id' | 'title' | 'recorded_by'> => ({
      street_id: leaderTemplate.street_id,
      community_id: leaderTemplate.community_id,
      run_by: 'organizations',
      content: '',
      starts_at: new Date(`${day}T${from}:00+08:00`).toISOString(),
      ends_at: new Date(`${day}T${to}:00+08:00`).toISOString(),
      co_hosts: [],
      space_id: null,
      estate_id: null,
      courtyard_id: null,
      place_text: '社区活动室',
      beneficiary_groups: [],
      openness: 'members_only',
      organizer_count: 0,
      served_count: 0,
      reflection: null,
      is_planned_in_project: false,
      plan_item_id: null,
      sign_in_code: newCode(),
      planned_activity_id: null,
      occurrence_on: null,
      updated_at: new Date(`${day}T${to}:00+08:00`).toISOString(),
      created_by_tracking: false,
    });

    // A visit the team never recorded: the log made the activity; the leader may complete it.
    const visitDay = freeDay(4);
    const made = addRecord({
      ...blank(visitDay, '15:00', '16:30'),
      id: random.uuid(),
      title: '夕阳红舞蹈队 楼道排练',
      recorded_by: staff.id,
      created_by_tracking: true,
    });
    logOn(made, leadersOrganizationId);

    // The same afternoon recorded twice: by the team, and by staff before they saw the team's record.
    const pairDay = freeDay(9);
    addRecord({
      ...blank(pairDay, '14:00', '16:00'),
      id: random.uuid(),
      title: '重阳敬老 广场舞表演',
      content: '为社区老人表演三支舞，结束后陪老人聊天。',
      beneficiary_groups: ['elderly'],
      openness: 'open_to_all',
      organizer_count: 6,
      served_count: 35,
      reflection: '第一次为全社区的老人演出，队员们都很激动。',
      recorded_by: leader.id,
    });
    addRecord({
      ...blank(pairDay, '14:30', '16:00'),
      id: random.uuid(),
      title: '舞蹈队敬老演出（社工补录）',
      content: '现场约四十位老人观看，居委会主任到场致辞。',
      beneficiary_groups: ['elderly', 'all_residents'],
      openness: 'open_to_all',
      organizer_count: 5,
      served_count: 40,
      recorded_by: staff.id,
    });
  }

  return {
    activities: [...activities.activities.map((a) => ({ ...a, created_by_tracking: false })), ...extraActivities],
    activity_organizations: [...activities.activity_organizations, ...extraOrganizations],
    tracking_logs: logs.sort((a, b) => a.observed_starts_at.localeCompare(b.observed_starts_at)),
  };
}
