import { programmeKindStages, type ServiceModelStep, shanghaiDate } from '@seedbed/core';
import type { ActivityDemoData } from './activity-extension';
import { addDays } from './dates';
import type { Random } from './random';
import type { BaseDemoData } from './rows';

/**
 * The demo street's cultivation programmes and service-model cards (issue 18, seed 002). A 民生议题
 * 讨论会 over five months that ended a month ago, with the nineteen seed-and-sapling teams most active
 * in it (seed 002: 19 organizations) — its outputs are computed from the demo's activities, never
 * typed in — and a 供需协商会 under way with saplings. Three service-model cards at different steps,
 * for teams whose leaders have no demo login (so the leader's own team still shows the choice to
 * start one): recorded as chosen at a workshop, `started_by` null. Pure: seeded random, `today` passed in.
 */
export interface CultivationProgrammeRow {
  id: string;
  street_id: string;
  name: string;
  kind: 'livelihood_forum' | 'supply_demand';
  kind_name: null;
  from_stage: string;
  to_stage: string;
  starts_on: string;
  ends_on: string | null;
  description: string;
  created_by: string | null;
  updated_at: string;
}

export interface CultivationProgrammeOrganizationRow {
  programme_id: string;
  organization_id: string;
  street_id: string;
  joined_on: string;
  added_by: string | null;
}

export interface ServiceModelCardRow {
  id: string;
  street_id: string;
  organization_id: string;
  what_it_does: string | null;
  main_service: string | null;
  beneficiaries: string | null;
  stakeholders: string | null;
  funding_channels: string | null;
  started_by: null;
  started_at: string;
  updated_by: string | null;
  updated_at: string;
}

export interface ServiceModelSessionRow {
  id: string;
  street_id: string;
  card_id: string;
  organization_id: string;
  held_on: string;
  step: ServiceModelStep;
  completes_step: boolean;
  notes: string | null;
  coaching_session_id: null;
  recorded_by: string | null;
}

export type ProgrammeDemoData = {
  cultivation_programmes: CultivationProgrammeRow[];
  cultivation_programme_organizations: CultivationProgrammeOrganizationRow[];
  service_model_cards: ServiceModelCardRow[];
  service_model_sessions: ServiceModelSessionRow[];
};

/** The card's answers for each step reached: a team that went further wrote more. */
const answers = [
  {
    what_it_does: '组织楼里的老人一起做手工、聊天，每周两次。',
    main_service: null,
    beneficiaries: '独居和空巢老人',
    stakeholders: null,
    funding_channels: null,
  },
  {
    what_it_does: '为双职工家庭的孩子提供放学后的四点半课堂。',
    main_service: '作业陪伴、周末亲子活动',
    beneficiaries: '小学生及其家长',
    stakeholders: '居委会、小区物业、退休教师',
    funding_channels: null,
  },
  {
    what_it_does: '回收旧衣物和旧书，定期在社区开放二手集市。',
    main_service: '旧物回收、每月一次的二手集市',
    beneficiaries: '全体居民，特别是困难家庭',
    stakeholders: '居委会、物业、附近小学、回收企业',
    funding_channels: '社区基金小额资助、集市摊位费、回收企业捐赠',
  },
] as const;

export function generateProgrammeDemo(
  random: Random,
  base: BaseDemoData,
  activities: ActivityDemoData,
  today: string,
): ProgrammeDemoData {
  const staff = base.users.find((u) => u.username === 'staff');
  const leaderTeam = base.users.find((u) => u.username === 'leader')?.scope_id;
  const streetId = staff?.scope_id;
  if (!staff || !streetId)
    return {
      cultivation_programmes: [],
      cultivation_programme_organizations: [],
      service_model_cards: [],
      service_model_sessions: [],
    };
  const organizations = base.organizations.filter((o) => o.street_id === streetId && o.status === 'active');
  const stageOf = new Map(organizations.map((o) => [o.id, o.stage]));
  const forum: CultivationProgrammeRow = {
    id: random.uuid(),
    street_id: streetId,
    name: '社区民生议题讨论会',
    kind: 'livelihood_forum',
    kind_name: null,
    ...fiveStage('livelihood_forum'),
    starts_on: addDays(today, -180),
    ends_on: addDays(today, -31),
    description: '每月一次，带种子团队发现身边的公共议题，走向为社区服务（将种子引导为小苗）。',
    created_by: staff.id,
    updated_at: `${addDays(today, -180)}T09:00:00+08:00`,
  };
  const negotiation: CultivationProgrammeRow = {
    id: random.uuid(),
    street_id: streetId,
    name: '美好社区供需协商会',
    kind: 'supply_demand',
    kind_name: null,
    ...fiveStage('supply_demand'),
    starts_on: addDays(today, -60),
    ends_on: null,
    description: '工作坊梳理各团队的服务模式、服务对象、利益相关方和资金渠道，每周一对一辅导（将小苗引导为小树）。',
    created_by: staff.id,
    updated_at: `${addDays(today, -60)}T09:00:00+08:00`,
  };
  // The forum's teams: the nineteen seeds and saplings with the most activities in its period.
  const activityCount = new Map<string, number>();
  const startedOn = new Map(activities.activities.map((a) => [a.id, shanghaiDate(new Date(a.starts_at))]));
  for (const link of activities.activity_organizations) {
    const on = startedOn.get(link.activity_id);
    if (!on || on < forum.starts_on || on > (forum.ends_on ?? today)) continue;
    activityCount.set(link.organization_id, (activityCount.get(link.organization_id) ?? 0) + 1);
  }
  const byActivity = (stages: readonly string[]) =>
    organizations
      .filter((o) => o.stage !== null && stages.includes(o.stage) && o.id !== leaderTeam)
      .sort((a, b) => (activityCount.get(b.id) ?? 0) - (activityCount.get(a.id) ?? 0) || a.id.localeCompare(b.id));
  const forumTeams = byActivity(['seed', 'sapling']).slice(0, 19);
  const negotiationTeams = byActivity(['sapling'])
    .filter((o) => stageOf.get(o.id) === 'sapling')
    .slice(0, 8);
  const join = (programme: CultivationProgrammeRow, organizationId: string, lateDays: number) => ({
    programme_id: programme.id,
    organization_id: organizationId,
    street_id: streetId,
    joined_on: addDays(programme.starts_on, lateDays),
    added_by: staff.id,
  });
  // Most came to the first meeting; a few joined at a later one (a month or two in).
  const participants = [
    ...forumTeams.map((o, i) => join(forum, o.id, i % 6 === 5 ? random.int(28, 60) : 0)),
    ...negotiationTeams.map((o) => join(negotiation, o.id, 0)),
  ];
  const cards: ServiceModelCardRow[] = [];
  const sessions: ServiceModelSessionRow[] = [];
  negotiationTeams.slice(0, 3).forEach((team, step) => {
    const startedOn = addDays(negotiation.starts_on, 7 + step);
    const card: ServiceModelCardRow = {
      id: random.uuid(),
      street_id: streetId,
      organization_id: team.id,
      ...answers[step]!,
      started_by: null,
      started_at: `${startedOn}T10:00:00+08:00`,
      updated_by: staff.id,
      updated_at: `${startedOn}T11:00:00+08:00`,
    };
    cards.push(card);
    const session = (days: number, kind: ServiceModelStep, completes: boolean, notes: string) =>
      sessions.push({
        id: random.uuid(),
        street_id: streetId,
        card_id: card.id,
        organization_id: team.id,
        held_on: addDays(startedOn, days),
        step: kind,
        completes_step: completes,
        notes,
        coaching_session_id: null,
        recorded_by: staff.id,
      });
    // Step 0: started, one review under way; 1: activity review done; 2: model review done too.
    session(7, 'activity_review', step >= 1, '把过去半年的活动按服务对象分了类。');
    if (step >= 2) session(21, 'model_review', true, '写清了资金渠道：小额资助之外有了摊位费和企业捐赠。');
  });
  return {
    cultivation_programmes: [forum, negotiation],
    cultivation_programme_organizations: participants,
    service_model_cards: cards,
    service_model_sessions: sessions,
  };
}

function fiveStage(kind: keyof typeof programmeKindStages) {
  const { fromStage, toStage } = programmeKindStages[kind];
  return { from_stage: fromStage, to_stage: toStage };
}

/**
 * The forum's "将种子引导为小苗" as the stage history shows it: for its first six participants that are
 * saplings now and had been assessed a seed before it began, the sapling assessment is dated inside
 * the forum (its exit assessment) rather than before it — so the programme page's "N of 19 teams moved
 * up" is read from the assessments, as in a real street. No random draw: the other slices' demo rows
 * stay the same. Returns a new list; the others are untouched.
 */
export function datedDuringForum<
  T extends { organization_id: string; assessed_on: string; stage: string; recorded_at: string },
>(assessments: readonly T[], programmes: ProgrammeDemoData): T[] {
  const forum = programmes.cultivation_programmes.find((p) => p.kind === 'livelihood_forum');
  if (!forum) return [...assessments];
  const joined = new Set(
    programmes.cultivation_programme_organizations
      .filter((p) => p.programme_id === forum.id && p.joined_on === forum.starts_on)
      .map((p) => p.organization_id),
  );
  const moved = new Map<T, string>();
  for (const organizationId of joined) {
    if (moved.size >= 6) break;
    const history = assessments.filter((a) => a.organization_id === organizationId);
    const last = history.at(-1);
    const before = history.at(-2);
    if (!last || !before || last.stage !== 'sapling' || before.stage !== 'seed') continue;
    if (last.assessed_on >= forum.starts_on) continue;
    moved.set(last, addDays(forum.starts_on, 40 + 15 * moved.size));
  }
  return assessments.map((a) => {
    const on = moved.get(a);
    return on ? { ...a, assessed_on: on, recorded_at: `${on}T16:00:00+08:00` } : a;
  });
}
