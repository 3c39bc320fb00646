import { type OpeningInterval, occurrencesOf, weekdayOf } from '@seedbed/core';
import { addDays } from './dates';
import type { Random } from './random';
import type { BaseDemoData } from './rows';
import type { SurveyDemoData } from './survey-extension';
import type { SpaceRow } from './survey-rows';

/**
 * Rows of the allocation tables (packages/db/src/migrations/0034-allocation.ts), named as the
 * columns: opening hours on the demo spaces (the developer's unfinished clubhouse has none), a
 * fortnight of bookings of the leader's community's activity room — 夕阳红舞蹈队 every Tuesday
 * morning, other teams around it, one request waiting — a space conflict between two teams
 * recorded as a dispute and resolved by a published rule, and honours with their rules and awards.
 */
export interface SpaceOpeningHoursRow {
  id: string;
  street_id: string;
  community_id: string;
  space_id: string;
  intervals: string;
  note: string | null;
  updated_by: string | null;
  updated_at: string;
}

export interface SpaceBookingRow {
  id: string;
  street_id: string;
  community_id: string;
  space_id: string;
  organization_id: string | null;
  group_name: string | null;
  purpose: string;
  starts_at: string;
  ends_at: string;
  series_id: string | null;
  status: 'requested' | 'confirmed' | 'declined' | 'cancelled';
  decline_reason: string | null;
  requested_by: string | null;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

export interface DisputeRow {
  id: string;
  street_id: string;
  community_id: string;
  title: string;
  contested: 'space' | 'money' | 'honours' | 'other';
  space_id: string | null;
  description: string | null;
  rule_applied: string | null;
  outcome: string | null;
  status: 'open' | 'resolved';
  opened_on: string;
  resolved_on: string | null;
  created_by: string | null;
  created_at: string;
}

export interface DisputePartyRow {
  id: string;
  street_id: string;
  dispute_id: string;
  organization_id: string | null;
  stakeholder_id: string | null;
}

export interface DisputeMeetingRow {
  id: string;
  street_id: string;
  dispute_id: string;
  meeting_id: string | null;
  held_on: string;
  title: string;
  notes: string | null;
  recorded_by: string | null;
  recorded_at: string;
}

export interface HonourTypeRow {
  id: string;
  street_id: string;
  community_id: string;
  name: string;
  recognises: 'participation' | 'public_service' | 'neighbour_help' | 'performance' | 'other';
  earned_by: string;
  decided_by: string;
  created_by: string | null;
  created_at: string;
}

export interface HonourAwardRow {
  id: string;
  street_id: string;
  honour_type_id: string;
  organization_id: string | null;
  person_id: string | null;
  awarded_on: string;
  reason: string | null;
  awarded_by: string | null;
  awarded_at: string;
}

export interface AllocationDemoData {
  space_opening_hours: SpaceOpeningHoursRow[];
  space_bookings: SpaceBookingRow[];
  disputes: DisputeRow[];
  dispute_parties: DisputePartyRow[];
  dispute_meetings: DisputeMeetingRow[];
  honour_types: HonourTypeRow[];
  honour_awards: HonourAwardRow[];
}

const everyDay = (opens: string, closes: string): OpeningInterval[] =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes }));

/** Each kind of space's week, as a committee would write it on the door. */
function hoursOf(space: SpaceRow): { intervals: OpeningInterval[]; note: string } | null {
  switch (space.owner) {
    case 'residents_committee':
      return {
        intervals: [
          ...[1, 2, 3, 4, 5].flatMap((weekday) => [
            { weekday, opens: '08:30', closes: '12:00' },
            { weekday, opens: '14:00', closes: '17:30' },
          ]),
          { weekday: 6, opens: '09:00', closes: '12:00' },
        ],
        note: '钥匙在居委会值班室，借用请提前一天在苗圃上预约。',
      };
    case 'all_owners':
      return { intervals: everyDay('06:00', '21:00'), note: '晚上 9 点后请勿使用音响。' };
    case 'property_company':
      return {
        intervals: [6, 7].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' })),
        note: '找物业客服登记。',
      };
    default:
      return null;
  }
}

const at = (instant: Date) => instant.toISOString();

export function generateAllocationDemo(
  random: Random,
  base: BaseDemoData,
  survey: Pick<SurveyDemoData, 'spaces' | 'stakeholders'>,
  today: string,
): AllocationDemoData {
  const data: AllocationDemoData = {
    space_opening_hours: [],
    space_bookings: [],
    disputes: [],
    dispute_parties: [],
    dispute_meetings: [],
    honour_types: [],
    honour_awards: [],
  };
  const staff = base.users.find((u) => u.username === 'staff')?.id ?? null;
  const official = base.users.find((u) => u.username === 'official')?.id ?? null;
  const leader = base.users.find((u) => u.username === 'leader');
  const decidedAt = `${addDays(today, -10)}T02:00:00.000Z`;
  for (const space of survey.spaces) {
    const hours = hoursOf(space);
    if (!hours) continue;
    data.space_opening_hours.push({
      id: random.uuid(),
      street_id: space.street_id,
      community_id: space.community_id,
      space_id: space.id,
      intervals: JSON.stringify(hours.intervals),
      note: hours.note,
      updated_by: staff,
      updated_at: decidedAt,
    });
  }
  const leaderTeam = base.organizations.find((o) => o.id === leader?.scope_id);
  if (!leaderTeam) return data;
  const community = leaderTeam.home_community_id;
  const room =
    survey.spaces.find((s) => s.community_id === community && s.owner === 'residents_committee') ??
    survey.spaces.find((s) => s.community_id === community && hoursOf(s) !== null);
  const neighbours = base.organizations.filter(
    (o) => o.home_community_id === community && o.id !== leaderTeam.id && o.status === 'active',
  );
  const [rival, choir, helpers] = random.sample(neighbours, Math.min(3, neighbours.length));
  if (!room || !rival) return data;

  // Bookings from last Monday for two weeks and more: weekday mornings and afternoons inside the hours.
  const monday = addDays(today, 1 - weekdayOf(today));
  const book = (
    who: { organization_id: string | null; group_name: string | null },
    purpose: string,
    slot: { date: string; starts: string; ends: string; repeatWeeks: number },
    status: SpaceBookingRow['status'] = 'confirmed',
  ) => {
    const seriesId = slot.repeatWeeks > 1 ? random.uuid() : null;
    for (const occurrence of occurrencesOf(slot))
      data.space_bookings.push({
        id: random.uuid(),
        street_id: room.street_id,
        community_id: room.community_id,
        space_id: room.id,
        ...who,
        purpose,
        starts_at: at(occurrence.start),
        ends_at: at(occurrence.end),
        series_id: seriesId,
        status,
        decline_reason: null,
        requested_by: who.organization_id === leaderTeam.id ? leader!.id : staff,
        requested_at: decidedAt,
        decided_by: status === 'confirmed' ? official : null,
        decided_at: status === 'confirmed' ? decidedAt : null,
      });
  };
  const team = (id: string) => ({ organization_id: id, group_name: null });
  // 夕阳红舞蹈队 practises every Tuesday morning; the rival team has Thursday mornings — the rule the dispute settled.
  book(team(leaderTeam.id), '舞蹈排练', { date: addDays(monday, 1), starts: '09:00', ends: '11:00', repeatWeeks: 8 });
  book(team(rival.id), '每周例会和排练', { date: addDays(monday, 3), starts: '09:00', ends: '11:00', repeatWeeks: 8 });
  if (choir)
    book(team(choir.id), '合唱练习', { date: addDays(monday, 2), starts: '14:30', ends: '16:30', repeatWeeks: 4 });
  book({ organization_id: null, group_name: '居委会' }, '居民议事会', {
    date: addDays(monday, 4),
    starts: '14:00',
    ends: '16:00',
    repeatWeeks: 1,
  });
  if (helpers)
    book(
      team(helpers.id),
      '为楼里老人理发',
      { date: addDays(monday, 9), starts: '09:30', ends: '11:30', repeatWeeks: 1 },
      'requested',
    );

  // The conflict: both teams wanted Tuesday mornings; settled by a rule now on the room's door.
  const disputeId = random.uuid();
  const openedOn = addDays(today, -40);
  data.disputes.push({
    id: disputeId,
    street_id: room.street_id,
    community_id: community,
    title: `${room.name}周二上午谁来用`,
    contested: 'space',
    space_id: room.id,
    description: `${leaderTeam.name}和${rival.name}都要周二上午的${room.name}排练，两边各自找了居委会，差点吵起来。`,
    rule_applied:
      '活动室按“先登记先得、每队每周最多两个时段、同一时段有冲突时协商轮换”的规则分配；规则和开放时间贴在活动室门口，也在苗圃上公开。',
    outcome: `${leaderTeam.name}用周二上午，${rival.name}改到周四上午；两队每季度重新协商一次。`,
    status: 'resolved',
    opened_on: openedOn,
    resolved_on: addDays(openedOn, 12),
    created_by: staff,
    created_at: `${openedOn}T03:00:00.000Z`,
  });
  for (const organizationId of [leaderTeam.id, rival.id])
    data.dispute_parties.push({
      id: random.uuid(),
      street_id: room.street_id,
      dispute_id: disputeId,
      organization_id: organizationId,
      stakeholder_id: null,
    });
  const committee = survey.stakeholders.find((s) => s.community_id === community && s.kind === 'residents_committee');
  if (committee)
    data.dispute_parties.push({
      id: random.uuid(),
      street_id: room.street_id,
      dispute_id: disputeId,
      organization_id: null,
      stakeholder_id: committee.id,
    });
  for (const [days, title, notes] of [
    [3, '社工分别听两队的想法', '两队都说周二上午大家有空；社工请两队各自算一下队员哪几天能来。'],
    [10, '两队和居委会的协商会', '按先登记先得的规则，夕阳红先登记；对方提出轮换，大家同意每季度重新商量一次。'],
  ] as const)
    data.dispute_meetings.push({
      id: random.uuid(),
      street_id: room.street_id,
      dispute_id: disputeId,
      meeting_id: null,
      held_on: addDays(openedOn, days),
      title,
      notes,
      recorded_by: staff,
      recorded_at: `${addDays(openedOn, days)}T08:00:00.000Z`,
    });

  // Honours: praise for taking part, not only trophies (seed 003).
  const honour = (name: string, recognises: HonourTypeRow['recognises'], earnedBy: string, decidedBy: string) => {
    const row: HonourTypeRow = {
      id: random.uuid(),
      street_id: room.street_id,
      community_id: community,
      name,
      recognises,
      earned_by: earnedBy,
      decided_by: decidedBy,
      created_by: staff,
      created_at: `${addDays(today, -200)}T02:00:00.000Z`,
    };
    data.honour_types.push(row);
    return row;
  };
  const award = (type: HonourTypeRow, recipient: { organization_id?: string; person_id?: string }, reason: string) =>
    data.honour_awards.push({
      id: random.uuid(),
      street_id: type.street_id,
      honour_type_id: type.id,
      organization_id: recipient.organization_id ?? null,
      person_id: recipient.person_id ?? null,
      awarded_on: addDays(today, -30),
      reason,
      awarded_by: staff,
      awarded_at: `${addDays(today, -30)}T06:00:00.000Z`,
    });
  const participation = honour(
    '社区参与之星',
    'participation',
    '一年里为社区公共事务出力最多的队伍或居民：参加议事会、清洁家园、帮助邻居，按活动记录和签到计算，不看演出获奖。',
    '社工整理记录，居民议事会投票决定',
  );
  const neighbourly = honour(
    '好邻居互助队',
    'neighbour_help',
    '坚持为邻居提供帮助满半年、有服务记录的队伍。',
    '居委会与社工共同评定，结果公示七天',
  );
  const stage = honour('文艺汇演优秀节目', 'performance', '年终文艺汇演上由观众投票选出的前三名节目。', '观众现场投票');
  award(participation, { organization_id: leaderTeam.id }, '一年组织了 12 次公开活动，其中 4 次为楼里老人服务。');
  award(stage, { organization_id: rival.id }, '年终汇演观众投票第一名。');
  if (helpers) award(neighbourly, { organization_id: helpers.id }, '每月为楼里行动不便的老人理发。');
  const resident = base.people.find((p) => p.community_id === community);
  if (resident) award(participation, { person_id: resident.id }, '每周帮楼里的老人取药，风雨无阻。');
  return data;
}
