import type { CoachingCapability, CoachingKind, PlanStatus, SupportKind } from '@seedbed/core';
import type { ActivityDemoData } from './activity-extension';
import { addDays, dateBetween } from './dates';
import type { Random } from './random';
import type { BaseDemoData, OrganizationRow } from './rows';

/**
 * The demo street's coaching sessions (辅导) and cultivation plans. Seed 001's load: "189 coaching
 * sessions in 10 weeks, about 5 per organization, 1–2 hours each" — the last ten weeks of the main
 * street are that dense (mostly one-to-one open days and online Q&A, fortnightly workshops, monthly
 * reimbursement coaching, one training course of twenty organizations); the year before is lighter.
 * The leader's organization needs staff less and less (fewer sessions each month: its trend reads
 * "decreasing"). Plans for the leader's organization and a dozen more, reviewed at sessions, some
 * with an overdue next step. Pure: seeded random and `today` passed in.
 */
export interface CoachingSessionRow {
  id: string;
  street_id: string;
  kind: CoachingKind;
  held_on: string;
  start_time: string | null;
  duration_minutes: number;
  is_online: boolean;
  topic: string;
  capabilities: CoachingCapability[];
  other_count: number;
  outcome_notes: string | null;
  recorded_by: string | null;
  updated_at: string;
}

export interface CoachingSessionOrganizationRow {
  session_id: string;
  organization_id: string;
  street_id: string;
}

export interface CoachingSessionStaffRow {
  session_id: string;
  user_id: string;
  street_id: string;
}

export interface CoachingSessionPersonRow {
  session_id: string;
  person_id: string;
  street_id: string;
}

export interface CultivationPlanRow {
  id: string;
  street_id: string;
  organization_id: string;
  goal: string;
  support_kinds: SupportKind[];
  next_step: string | null;
  next_step_on: string | null;
  status: PlanStatus;
  created_by: string | null;
  updated_by: string | null;
  updated_at: string;
}

export interface PlanReviewRow {
  id: string;
  street_id: string;
  plan_id: string;
  organization_id: string;
  coaching_session_id: string | null;
  reviewed_on: string;
  what_changed: string;
  next_step: string | null;
  next_step_on: string | null;
  status: PlanStatus | null;
  reviewed_by: string | null;
}

export type CoachingDemoData = {
  coaching_sessions: CoachingSessionRow[];
  coaching_session_organizations: CoachingSessionOrganizationRow[];
  coaching_session_staff: CoachingSessionStaffRow[];
  coaching_session_people: CoachingSessionPersonRow[];
  cultivation_plans: CultivationPlanRow[];
  plan_reviews: PlanReviewRow[];
};

const topics: Record<CoachingKind, readonly string[]> = {
  training_course: ['社区营造培训班：从兴趣小组到公益团队', '社区营造培训班：议题发现与行动计划'],
  workshop: [
    '培力公坊：如何开一次共识会',
    '培力公坊：活动策划与分工',
    '培力公坊：团队规章怎么定',
    '培力公坊：与居委会沟通',
  ],
  open_day: [
    '一对一：团队分工与骨干培养',
    '一对一：活动方案修改',
    '一对一：财务记账',
    '一对一：招募新成员',
    '一对一：申请微创投',
  ],
  online_qa: ['线上答疑：报销单据', '线上答疑：活动信息稿怎么写', '线上答疑：场地预约', '线上答疑：签到表使用'],
  reimbursement: ['月度报销会', '报销辅导：票据整理与垫付报销'],
  life_meeting: ['自组织生活会：回顾与计划', '自组织生活会：新队长选举'],
  showcase: ['半年成果展示会'],
};

const capabilitiesOf: Record<CoachingKind, readonly CoachingCapability[]> = {
  training_course: ['internal_management', 'project_operation'],
  workshop: ['internal_management', 'project_operation', 'publicity'],
  open_day: ['internal_management', 'project_operation', 'use_of_funds'],
  online_qa: ['use_of_funds', 'publicity'],
  reimbursement: ['use_of_funds'],
  life_meeting: ['internal_management'],
  showcase: ['publicity'],
};

const outcomeNotes = [
  '队长开始把记账交给副队长，分工更清楚了。',
  '活动方案改了两稿，准备申请下一轮微创投。',
  '团队对报销流程还不熟，下次带上票据再过一遍。',
  '骨干有些疲惫，需要多陪伴、多肯定。',
  '已和居委会约好场地，下月开始固定活动。',
] as const;

const goals = [
  '从自娱自乐走向服务社区：每季度至少一次面向全体居民的公益活动。',
  '培养第二梯队骨干，减少对队长一人的依赖。',
  '建立财务公开制度，独立完成微创投项目的报销。',
  '完成居委会备案，争取固定活动场地。',
] as const;

const nextSteps = [
  '召开共识会，确定团队分工',
  '整理本季度活动票据，参加月度报销会',
  '与居委会商定场地使用时间',
  '提交微创投项目申请书初稿',
  '选出财务和后勤负责人',
] as const;

const changes = [
  '已选出财务，账目开始公开。',
  '新招募了五名成员，其中两位愿意做骨干。',
  '活动从每月一次增加到每周一次。',
  '队长主动联系了物业，解决了场地问题。',
  '团队第一次独立完成了活动信息稿。',
] as const;

export function generateCoachingDemo(
  random: Random,
  base: BaseDemoData,
  _activities: ActivityDemoData,
  today: string,
): CoachingDemoData {
  const data: CoachingDemoData = {
    coaching_sessions: [],
    coaching_session_organizations: [],
    coaching_session_staff: [],
    coaching_session_people: [],
    cultivation_plans: [],
    plan_reviews: [],
  };
  const user = (username: string) => base.users.find((u) => u.username === username);
  const staff = user('staff');
  const assistant = user('assistant');
  const admin = user('admin');
  const leader = user('leader');
  const leader2 = user('leader2');
  const [mainStreet] = base.streets;
  if (!staff || !assistant || !admin || !leader || !mainStreet) return data;
  const leaderOrganization = base.organizations.find((o) => o.id === leader.scope_id);
  const otherOrganization = base.organizations.find((o) => o.id === leader2?.scope_id);

  const membersOf = new Map<string, string[]>();
  for (const m of base.organization_members)
    if (!m.left_on) membersOf.set(m.organization_id, [...(membersOf.get(m.organization_id) ?? []), m.person_id]);

  const addSession = (
    kind: CoachingKind,
    heldOn: string,
    organizations: readonly OrganizationRow[],
    options: { minutes?: number; online?: boolean; by?: string[] } = {},
  ) => {
    const id = random.uuid();
    const streetId = organizations[0]!.street_id;
    const by =
      options.by ?? (random.chance(0.6) ? [staff.id] : random.chance(0.8) ? [assistant.id] : [staff.id, assistant.id]);
    const isOnline = options.online ?? kind === 'online_qa';
    const single = organizations.length === 1;
    const people = single ? random.sample(membersOf.get(organizations[0]!.id) ?? [], random.int(1, 3)) : [];
    data.coaching_sessions.push({
      id,
      street_id: streetId,
      kind,
      held_on: heldOn,
      start_time: isOnline ? random.pick(['19:30', '20:00']) : random.pick(['09:30', '14:00', '14:30', '15:00']),
      duration_minutes: options.minutes ?? (isOnline ? random.pick([45, 60, 60, 90]) : random.pick([60, 90, 90, 120])),
      is_online: isOnline,
      topic: random.pick(topics[kind]),
      capabilities: random.sample(capabilitiesOf[kind], random.int(1, capabilitiesOf[kind].length)),
      other_count: single ? 0 : random.int(0, 6),
      outcome_notes: random.chance(0.5) ? random.pick(outcomeNotes) : null,
      recorded_by: by[0] ?? null,
      updated_at: `${heldOn}T12:00:00.000Z`,
    });
    for (const o of organizations)
      data.coaching_session_organizations.push({ session_id: id, organization_id: o.id, street_id: o.street_id });
    for (const userId of by) data.coaching_session_staff.push({ session_id: id, user_id: userId, street_id: streetId });
    for (const personId of people)
      data.coaching_session_people.push({ session_id: id, person_id: personId, street_id: streetId });
    return id;
  };

  const active = base.organizations.filter(
    (o) => o.status === 'active' && o.street_id === mainStreet.id && o.id !== leaderOrganization?.id,
  );
  // About fifty organizations coached in the ten weeks, so ~250 attendances ÷ 50 ≈ 5 each.
  const coached = random.sample(active, Math.min(49, active.length));
  const windowStart = addDays(today, -69);
  const lastDay = addDays(today, -1);
  const oneToOne: CoachingKind[] = ['open_day', 'open_day', 'open_day', 'online_qa', 'online_qa', 'life_meeting'];

  if (coached.length > 0) {
    // One training course of twenty organizations, three hours.
    addSession('training_course', addDays(windowStart, 3), random.sample(coached, Math.min(20, coached.length)), {
      minutes: 180,
      by: [staff.id, assistant.id],
    });
    // Fortnightly workshops (培力公坊) of four to eight organizations, two hours.
    for (let day = 7; day < 70; day += 14)
      addSession('workshop', addDays(windowStart, day), random.sample(coached, random.int(4, 8)), { minutes: 120 });
    // Monthly reimbursement coaching (报销会).
    for (const day of [20, 50])
      addSession('reimbursement', addDays(windowStart, day), random.sample(coached, random.int(6, 10)), {
        minutes: 90,
      });
    // One-to-one and online coaching fill the rest: 189 in all (the leader's come on top).
    const groupSessions = data.coaching_sessions.length;
    for (let i = 0; i < 189 - groupSessions - 4; i += 1)
      addSession(random.pick(oneToOne), dateBetween(random, windowStart, lastDay), [random.pick(coached)]);
    // The year before: a lighter rhythm, eight to fourteen sessions a month.
    for (let month = 3; month <= 12; month += 1) {
      const monthEnd = addDays(today, -30 * (month - 1) - 1);
      const monthStart = addDays(today, -30 * month);
      if (monthStart >= windowStart) continue;
      const count = random.int(8, 14);
      for (let i = 0; i < count; i += 1)
        addSession(
          random.pick(oneToOne),
          dateBetween(random, monthStart, monthEnd < windowStart ? monthEnd : addDays(windowStart, -1)),
          [random.pick(active)],
        );
    }
  }

  // The leader's organization: six sessions a month a year ago, one a month now (seed 001: needing
  // staff less and less is success). Reviews of its plan at some of them.
  const leaderSessions: { id: string; on: string }[] = [];
  if (leaderOrganization) {
    const perMonth = [6, 6, 5, 5, 4, 4, 3, 3, 2, 2, 1, 1];
    perMonth.forEach((count, index) => {
      const monthsAgo = perMonth.length - 1 - index;
      const start = addDays(today, -30 * (monthsAgo + 1) + 1);
      const end = monthsAgo === 0 ? lastDay : addDays(today, -30 * monthsAgo);
      for (let i = 0; i < count; i += 1) {
        const on = dateBetween(random, start, end);
        const id = addSession(
          random.pick(['open_day', 'open_day', 'life_meeting'] as const),
          on,
          [leaderOrganization],
          {
            minutes: 90,
            online: false,
          },
        );
        leaderSessions.push({ id, on });
      }
    });
  }

  // The other street's team: a few sessions by the admin (deployment-wide).
  if (otherOrganization)
    for (let i = 0; i < 4; i += 1)
      addSession(random.pick(oneToOne), dateBetween(random, addDays(today, -120), lastDay), [otherOrganization], {
        by: [admin.id],
      });

  // Plans: the leader's organization and a dozen coached ones, each reviewed at a few of its sessions.
  const planned = [
    ...(leaderOrganization ? [{ organization: leaderOrganization, sessions: leaderSessions }] : []),
    ...coached.slice(0, 12).map((organization) => ({
      organization,
      sessions: data.coaching_session_organizations
        .filter((link) => link.organization_id === organization.id)
        .map((link) => ({
          id: link.session_id,
          on: data.coaching_sessions.find((s) => s.id === link.session_id)!.held_on,
        })),
    })),
  ];
  planned.forEach(({ organization, sessions }, index) => {
    const planId = random.uuid();
    const reviewed = [...sessions]
      .sort((a, b) => a.on.localeCompare(b.on))
      .filter((_, i, all) => i % 3 === all.length % 3);
    const picked = reviewed.slice(-4);
    let nextStep: string | null = random.pick(nextSteps);
    let nextStepOn: string | null = addDays(picked[0]?.on ?? addDays(today, -90), 21);
    const reviews: PlanReviewRow[] = picked.map((session) => {
      nextStep = random.pick(nextSteps);
      nextStepOn = addDays(session.on, random.int(14, 35));
      return {
        id: random.uuid(),
        street_id: organization.street_id,
        plan_id: planId,
        organization_id: organization.id,
        coaching_session_id: session.id,
        reviewed_on: session.on,
        what_changed: random.pick(changes),
        next_step: nextStep,
        next_step_on: nextStepOn,
        status: null,
        reviewed_by: staff.id,
      };
    });
    // Every third plan's next step is left overdue (its date passed with no review since).
    if (index % 3 === 2) nextStepOn = addDays(today, -random.int(5, 20));
    else if (nextStepOn < today) nextStepOn = addDays(today, random.int(7, 30));
    data.cultivation_plans.push({
      id: planId,
      street_id: organization.street_id,
      organization_id: organization.id,
      goal: index === 0 ? goals[0] : random.pick(goals),
      support_kinds: random.sample(
        ['money', 'space', 'skills', 'psychological', 'accompaniment'] as const,
        random.int(1, 3),
      ),
      next_step: nextStep,
      next_step_on: nextStepOn,
      status: 'active',
      created_by: staff.id,
      updated_by: staff.id,
      updated_at: `${picked.at(-1)?.on ?? addDays(today, -90)}T12:00:00.000Z`,
    });
    data.plan_reviews.push(...reviews);
  });
  return data;
}
