import {
  type BeneficiaryGroup,
  expandOccurrences,
  type Openness,
  occurrenceInstants,
  signInCodeAlphabet,
  signInCodeLength,
  signInIdentityKey,
} from '@seedbed/core';
import {
  type ActivityFeedbackRow,
  type ActivityOrganizationRow,
  type ActivityParticipantRow,
  type ActivityRow,
  type ActivitySignInRow,
  activityTitles,
  feedbackTexts,
  guestNames,
  type PlannedActivityRow,
  reflections,
} from './activity-rows';
import { addDays } from './dates';
import type { Random } from './random';
import type { BaseDemoData, OrganizationRow } from './rows';

/**
 * The demo street's activities over the past year: each active organization's records (joint ones
 * with a neighbour now and then), participants picked from its members plus guests, feedback,
 * self sign-ins, and monthly planned activities (预告) — most dates held, some missed (gaps).
 * The leader's organization always has an "every first Saturday" plan with one gap. Tracking logs,
 * coaching and hours come with later slices of the issue.
 */
export type ActivityDemoData = {
  planned_activities: PlannedActivityRow[];
  activities: ActivityRow[];
  activity_organizations: ActivityOrganizationRow[];
  activity_participants: ActivityParticipantRow[];
  activity_feedback: ActivityFeedbackRow[];
  activity_sign_ins: ActivitySignInRow[];
};

/** Who could join, by orientation: 自益 teams keep to members, 公益 ones open up (seed 002/003). */
const opennessByOrientation: Record<OrganizationRow['orientation'], readonly (readonly [Openness, number])[]> = {
  self_benefit: [
    ['members_only', 7],
    ['invited', 2],
    ['open_to_all', 1],
  ],
  mutual_benefit: [
    ['members_only', 4],
    ['invited', 3],
    ['open_to_all', 3],
  ],
  common_benefit: [
    ['members_only', 2],
    ['invited', 3],
    ['open_to_all', 5],
  ],
  public_benefit: [
    ['members_only', 1],
    ['invited', 2],
    ['open_to_all', 7],
  ],
};

const groups: readonly BeneficiaryGroup[] = [
  'elderly',
  'disabled',
  'families_in_difficulty',
  'children_youth',
  'all_residents',
];

export function generateActivityDemo(random: Random, base: BaseDemoData, today: string): ActivityDemoData {
  const data: ActivityDemoData = {
    planned_activities: [],
    activities: [],
    activity_organizations: [],
    activity_participants: [],
    activity_feedback: [],
    activity_sign_ins: [],
  };
  const usedCodes = new Set<string>();
  const newCode = () => {
    for (;;) {
      let code = '';
      for (let i = 0; i < signInCodeLength; i += 1) code += random.pick([...signInCodeAlphabet]);
      if (!usedCodes.has(code)) {
        usedCodes.add(code);
        return code;
      }
    }
  };
  const membersOf = new Map<string, string[]>();
  for (const m of base.organization_members)
    if (!m.left_on) membersOf.set(m.organization_id, [...(membersOf.get(m.organization_id) ?? []), m.person_id]);
  const nameOf = new Map(base.people.map((p) => [p.id, p.name]));
  const leaderUser = base.users.find((u) => u.username === 'leader');
  const active = base.organizations.filter((o) => o.status === 'active');
  const neighbours = (o: OrganizationRow) =>
    active.filter((other) => other.id !== o.id && other.home_community_id === o.home_community_id);

  // An organization's times taken on each day, so no two of its records overlap by accident: the
  // merge suggestions then show the one pair the tracking demo makes on purpose, not noise.
  const taken = new Map<string, { from: number; to: number }[]>();
  const isFree = (organizationId: string, on: string, from: Date, to: Date) =>
    !(taken.get(`${organizationId}|${on}`) ?? []).some((t) => t.from < to.getTime() && from.getTime() < t.to);
  const take = (organizationId: string, on: string, from: Date, to: Date) =>
    taken.set(`${organizationId}|${on}`, [
      ...(taken.get(`${organizationId}|${on}`) ?? []),
      { from: from.getTime(), to: to.getTime() },
    ]);
  const startTimes = ['09:00', '09:30', '14:30', '19:00'];

  const addActivity = (
    organization: OrganizationRow,
    on: string,
    options: { plan?: PlannedActivityRow; startTime?: string; minutes?: number },
  ) => {
    const id = random.uuid();
    const openness = options.plan?.openness ?? random.weighted(opennessByOrientation[organization.orientation]);
    const minutes = options.minutes ?? random.pick([60, 90, 120]);
    const preferred = options.startTime ?? random.pick(startTimes);
    // A planned date keeps its time (or is not held); another activity moves to a free time of the day.
    const slot = [preferred, ...(options.startTime ? [] : startTimes.filter((time) => time !== preferred))]
      .map((time) => occurrenceInstants(on, time, minutes))
      .find((instants) => isFree(organization.id, on, instants.startsAt, instants.endsAt));
    if (!slot) return;
    const { startsAt, endsAt } = slot;
    const members = membersOf.get(organization.id) ?? [];
    const picked = random.sample(members, random.int(Math.min(2, members.length), Math.min(12, members.length)));
    const guests = openness === 'members_only' ? [] : random.sample(guestNames, random.int(0, 3));
    const organizers = Math.max(1, Math.min(picked.length, random.int(1, 4)));
    const neighbour = random.chance(0.1) ? random.pick([undefined, ...neighbours(organization)]) : undefined;
    const partner = neighbour && isFree(neighbour.id, on, startsAt, endsAt) ? neighbour : undefined;
    for (const o of [organization, ...(partner ? [partner] : [])]) take(o.id, on, startsAt, endsAt);
    const served =
      openness === 'members_only'
        ? picked.length - organizers + guests.length
        : random.int(picked.length + 5, picked.length + 60);
    const signIns = on >= addDays(today, -120) && random.chance(0.4) ? random.int(1, 8) : 0;
    const recordedOn = addDays(on, random.int(0, 2));
    data.activities.push({
      id,
      street_id: organization.street_id,
      community_id: organization.home_community_id,
      run_by: 'organizations',
      title: options.plan?.title ?? random.pick(activityTitles),
      content: '',
      starts_at: startsAt.toISOString(),
      ends_at: endsAt.toISOString(),
      co_hosts: random.chance(0.15) ? [random.pick(['社区居委会', '物业公司', '社区卫生服务站'])] : [],
      space_id: null,
      estate_id: null,
      courtyard_id: null,
      place_text:
        options.plan?.place_text ?? organization.meeting_place ?? random.pick(['社区活动室', '小区广场', '楼下凉亭']),
      beneficiary_groups: openness === 'members_only' ? ['members_only'] : random.sample(groups, random.int(1, 2)),
      openness,
      organizer_count: organizers,
      served_count: Math.max(0, served + signIns),
      reflection: random.chance(0.5) ? random.pick(reflections) : null,
      is_planned_in_project: false,
      plan_item_id: null,
      sign_in_code: newCode(),
      planned_activity_id: options.plan?.id ?? null,
      occurrence_on: options.plan ? on : null,
      recorded_by: organization.id === leaderUser?.scope_id ? leaderUser.id : null,
      updated_at: `${recordedOn}T12:00:00.000Z`,
    });
    for (const [position, o] of [organization, ...(partner ? [partner] : [])].entries())
      data.activity_organizations.push({ activity_id: id, organization_id: o.id, street_id: o.street_id, position });
    for (const [i, personId] of picked.entries())
      data.activity_participants.push({
        id: random.uuid(),
        street_id: organization.street_id,
        activity_id: id,
        person_id: personId,
        guest_name: null,
        role: i < organizers ? 'organizer' : 'participant',
      });
    for (const guest of guests)
      data.activity_participants.push({
        id: random.uuid(),
        street_id: organization.street_id,
        activity_id: id,
        person_id: null,
        guest_name: guest,
        role: 'participant',
      });
    for (const [position, [text, saidBy]] of random.sample(feedbackTexts, random.int(0, 2)).entries())
      data.activity_feedback.push({
        id: random.uuid(),
        street_id: organization.street_id,
        activity_id: id,
        position,
        text,
        said_by: saidBy,
      });
    const signers = new Set<string>();
    for (let i = 0; i < signIns; i += 1) {
      const member = random.chance(0.5) ? random.pick([undefined, ...picked]) : undefined;
      const name = member ? (nameOf.get(member) ?? random.pick(guestNames)) : random.pick(guestNames);
      const key = signInIdentityKey({ name });
      if (signers.has(key)) continue;
      signers.add(key);
      data.activity_sign_ins.push({
        id: random.uuid(),
        street_id: organization.street_id,
        activity_id: id,
        name,
        phone: null,
        is_child: false,
        guardian_consent: false,
        identity_key: key,
        signed_at: new Date(startsAt.getTime() + random.int(0, 50) * 60_000).toISOString(),
      });
    }
  };

  const yearAgo = addDays(today, -365);
  for (const organization of active) {
    const isLeaders = organization.id === leaderUser?.scope_id;
    // A monthly plan for about a third of the organizations (always the leader's): "every first Saturday".
    let plan: PlannedActivityRow | undefined;
    if (isLeaders || random.chance(0.3)) {
      plan = {
        id: random.uuid(),
        street_id: organization.street_id,
        organization_id: organization.id,
        community_id: organization.home_community_id,
        title: isLeaders ? '每月第一个周六 敬老舞蹈' : `每月例会·${random.pick(activityTitles)}`,
        content: '',
        co_hosts: [],
        space_id: null,
        estate_id: null,
        courtyard_id: null,
        place_text: organization.meeting_place ?? '社区活动室',
        beneficiary_groups: ['elderly'],
        openness: 'open_to_all',
        starts_on: addDays(today, -random.int(120, 240)),
        until_on: null,
        start_time: '09:00',
        duration_minutes: 90,
        recurrence: { kind: 'monthly_nth_weekday', nth: 1, weekday: 6 },
        created_by: isLeaders ? (leaderUser?.id ?? null) : null,
      };
      data.planned_activities.push(plan);
      const passed = expandOccurrences(
        { startsOn: plan.starts_on, untilOn: null, recurrence: plan.recurrence },
        { from: plan.starts_on, to: addDays(today, -1) },
      );
      passed.forEach((on, i) => {
        // The leader's second date is a gap on purpose, so the gap list is never empty.
        const held = isLeaders ? i !== 1 : random.chance(0.8);
        if (held && plan)
          addActivity(organization, on, { plan, startTime: plan.start_time, minutes: plan.duration_minutes });
      });
    }
    // Unplanned activities: more for grown organizations, none before it was founded.
    const perMonth = organization.stage === 'nurturing' || organization.stage === 'seed' ? 0.8 : 1.6;
    const from = organization.founded_on && organization.founded_on > yearAgo ? organization.founded_on : yearAgo;
    for (let month = 0; month < 12; month += 1) {
      const count = random.chance(perMonth - Math.floor(perMonth)) ? Math.ceil(perMonth) : Math.floor(perMonth);
      for (let k = 0; k < count; k += 1) {
        const on = addDays(yearAgo, month * 30 + random.int(0, 29));
        if (on >= from && on < today) addActivity(organization, on, {});
      }
    }
    // The leader's team always has a fresh activity yesterday, its sign-in still open.
    if (isLeaders) addActivity(organization, addDays(today, -1), {});
  }
  return data;
}
