import {
  assignPeers,
  type CriterionPoints,
  defaultEvaluationForm,
  defaultEvaluationForms,
  defaultEvaluationWeights,
  type EvaluationDimension,
} from '@seedbed/core';
import { addDays } from './dates';
import type { Random } from './random';
import type { BaseDemoData, OrganizationRow } from './rows';

/**
 * The demo's four-dimension evaluation 四维评估 (issue 18, seed 002 fig. 3): last year's year-end
 * campaign of eight main-street teams with all four dimensions, released, with advice — some teams
 * rating themselves far above what others gave (自评比他评高), one more modestly; this year's
 * mid-year campaign open, so the leader's team has its self and peer sheets to fill; and a released
 * campaign in the other street. Rows of migration 0032; jsonb as JSON text. Pure.
 */
export interface EvaluationDemoData {
  evaluation_campaigns: {
    id: string;
    street_id: string;
    name: string;
    round_id: string | null;
    year: number;
    period: string;
    status: 'draft' | 'open' | 'closed' | 'released';
    forms: string;
    self_weight: number;
    peer_weight: number;
    expert_weight: number;
    incubator_weight: number;
    peer_count: number;
    created_by: string | null;
    created_at: string;
    released_at: string | null;
    released_by: string | null;
  }[];
  evaluation_campaign_organizations: {
    id: string;
    street_id: string;
    campaign_id: string;
    organization_id: string;
    advice: string;
    advice_by: string | null;
    advice_at: string | null;
  }[];
  evaluation_peer_assignments: {
    id: string;
    street_id: string;
    campaign_id: string;
    rater_organization_id: string;
    rated_organization_id: string;
  }[];
  evaluation_experts: {
    id: string;
    street_id: string;
    campaign_id: string;
    user_id: string;
    speciality: 'management' | 'project' | 'finance';
    added_by: string | null;
    created_at: string;
  }[];
  evaluation_sheets: {
    id: string;
    street_id: string;
    campaign_id: string;
    organization_id: string;
    dimension: EvaluationDimension;
    rater_organization_id: string | null;
    rater_user_id: string | null;
    rater_ref: string;
    scores: string;
    comment: string;
    created_at: string;
    updated_at: string;
  }[];
}

const at = (day: string, time = '10:00') => `${day}T${time}:00+08:00`;

/** A sheet near `level` (0–1) of each criterion's maximum, a little noise per criterion. */
function sheetNear(random: Random, level: number): CriterionPoints[] {
  return defaultEvaluationForm.map((criterion) => {
    const share = Math.min(1, Math.max(0.3, level + (random.next() - 0.5) * 0.12));
    return { criterionKey: criterion.key, points: Math.round(criterion.maxPoints * share) };
  });
}

const adviceFor = (selfAboveOthers: number) =>
  selfAboveOthers >= 10
    ? '自评比大家给的分高不少。建议队里开一次共识会，对照签到表、活动记录和账本一起看看哪些做到了、哪些还差一点；下半年先把财务公开做起来。'
    : selfAboveOthers <= -10
      ? '大家对你们的评价比你们自己给的高，做得比自己想的好。可以把经验在报销会上讲一讲，也可以考虑申请下一阶段的支持。'
      : '自评和他评基本一致。下一步建议在活动记录和宣传上多下功夫，让更多居民知道你们在做什么。';

export function generateEvaluationDemo(random: Random, base: BaseDemoData, today: string): EvaluationDemoData {
  const data: EvaluationDemoData = {
    evaluation_campaigns: [],
    evaluation_campaign_organizations: [],
    evaluation_peer_assignments: [],
    evaluation_experts: [],
    evaluation_sheets: [],
  };
  const staff = base.users.find((user) => user.username === 'staff');
  const expert = base.users.find((user) => user.username === 'expert');
  const leaderAccount = base.users.find((user) => user.username === 'leader');
  const leader2Account = base.users.find((user) => user.username === 'leader2');
  if (!staff || !expert || !leaderAccount?.scope_id || !leader2Account?.scope_id) return data;
  const active = (organization: OrganizationRow) => organization.status === 'active';
  const leaderTeam = base.organizations.find((o) => o.id === leaderAccount.scope_id)!;
  const mainTeams = [
    leaderTeam,
    ...random.sample(
      base.organizations.filter((o) => o.street_id === leaderTeam.street_id && o.id !== leaderTeam.id && active(o)),
      7,
    ),
  ];
  const otherTeam = base.organizations.find((o) => o.id === leader2Account.scope_id)!;
  const otherTeams = [
    otherTeam,
    ...base.organizations
      .filter((o) => o.street_id === otherTeam.street_id && o.id !== otherTeam.id && active(o))
      .slice(0, 3),
  ];

  const campaign = (
    street: string,
    name: string,
    year: number,
    period: string,
    status: 'open' | 'released',
    createdOn: string,
    releasedOn: string | null,
  ) => {
    const row = {
      id: random.uuid(),
      street_id: street,
      name,
      round_id: null,
      year,
      period,
      status,
      forms: JSON.stringify(defaultEvaluationForms),
      self_weight: defaultEvaluationWeights.self,
      peer_weight: defaultEvaluationWeights.peer,
      expert_weight: defaultEvaluationWeights.expert,
      incubator_weight: defaultEvaluationWeights.incubator,
      peer_count: 3,
      created_by: staff.id,
      created_at: at(createdOn),
      released_at: releasedOn === null ? null : at(releasedOn, '16:00'),
      released_by: releasedOn === null ? null : staff.id,
    };
    data.evaluation_campaigns.push(row);
    return row;
  };

  const lastYear = Number(today.slice(0, 4)) - 1;
  const yearEnd = campaign(
    leaderTeam.street_id,
    `${lastYear} 年度四维评估`,
    lastYear,
    `${lastYear} 年度`,
    'released',
    addDays(today, -200),
    addDays(today, -150),
  );
  const midYear = campaign(
    leaderTeam.street_id,
    `${lastYear + 1} 年中四维评估`,
    lastYear + 1,
    '年中',
    'open',
    addDays(today, -10),
    null,
  );
  const other = campaign(
    otherTeam.street_id,
    `${lastYear} 年度四维评估`,
    lastYear,
    `${lastYear} 年度`,
    'released',
    addDays(today, -200),
    addDays(today, -150),
  );

  const join = (
    row: (typeof data.evaluation_campaigns)[number],
    teams: OrganizationRow[],
    advice: Map<string, string>,
  ) => {
    for (const team of teams)
      data.evaluation_campaign_organizations.push({
        id: random.uuid(),
        street_id: row.street_id,
        campaign_id: row.id,
        organization_id: team.id,
        advice: advice.get(team.id) ?? '',
        advice_by: advice.has(team.id) ? staff.id : null,
        advice_at: advice.has(team.id) ? at(addDays(today, -152)) : null,
      });
    const pairs = assignPeers(
      teams.map((t) => t.id),
      row.peer_count,
      random.int(0, 2 ** 31),
    );
    for (const pair of pairs)
      data.evaluation_peer_assignments.push({
        id: random.uuid(),
        street_id: row.street_id,
        campaign_id: row.id,
        rater_organization_id: pair.raterOrganizationId,
        rated_organization_id: pair.ratedOrganizationId,
      });
    data.evaluation_experts.push({
      id: random.uuid(),
      street_id: row.street_id,
      campaign_id: row.id,
      user_id: expert.id,
      speciality: 'project',
      added_by: staff.id,
      created_at: row.created_at,
    });
    return pairs;
  };

  const sheet = (
    row: (typeof data.evaluation_campaigns)[number],
    organizationId: string,
    dimension: EvaluationDimension,
    rater: { organizationId: string | null; userId: string | null },
    level: number,
    on: string,
  ) =>
    data.evaluation_sheets.push({
      id: random.uuid(),
      street_id: row.street_id,
      campaign_id: row.id,
      organization_id: organizationId,
      dimension,
      rater_organization_id: rater.organizationId,
      rater_user_id: rater.userId,
      rater_ref: rater.organizationId ?? rater.userId ?? '',
      scores: JSON.stringify(sheetNear(random, level)),
      comment: '',
      created_at: at(on),
      updated_at: at(on),
    });

  // The year-end campaign: each team has a "true" level others see; some rate themselves far higher.
  const levels = new Map(mainTeams.map((team) => [team.id, 0.55 + random.next() * 0.35]));
  const selfBias = new Map(
    mainTeams.map((team, index) => [
      team.id,
      index === 0 ? 0.2 : index % 3 === 1 ? 0.18 : index % 3 === 2 ? 0.02 : -0.12,
    ]),
  );
  const advice = new Map(mainTeams.map((team) => [team.id, adviceFor(Math.round((selfBias.get(team.id) ?? 0) * 100))]));
  const pairs = join(yearEnd, mainTeams, advice);
  const scoredOn = addDays(today, -170);
  for (const team of mainTeams) {
    const level = levels.get(team.id)!;
    sheet(
      yearEnd,
      team.id,
      'self',
      { organizationId: team.id, userId: null },
      level + selfBias.get(team.id)!,
      scoredOn,
    );
    sheet(yearEnd, team.id, 'expert', { organizationId: null, userId: expert.id }, level, scoredOn);
    sheet(yearEnd, team.id, 'incubator', { organizationId: null, userId: staff.id }, level + 0.03, scoredOn);
  }
  for (const pair of pairs)
    sheet(
      yearEnd,
      pair.ratedOrganizationId,
      'peer',
      { organizationId: pair.raterOrganizationId, userId: null },
      levels.get(pair.ratedOrganizationId)! - 0.02,
      scoredOn,
    );

  // This year's mid-year campaign is open: the expert has scored two teams, the leader's team nothing yet.
  join(midYear, mainTeams, new Map());
  for (const team of mainTeams.slice(1, 3))
    sheet(
      midYear,
      team.id,
      'expert',
      { organizationId: null, userId: expert.id },
      levels.get(team.id)!,
      addDays(today, -3),
    );

  // The other street's campaign, released, with its incubator and self sheets.
  join(other, otherTeams, new Map());
  for (const team of otherTeams) {
    sheet(other, team.id, 'self', { organizationId: team.id, userId: null }, 0.8, scoredOn);
    sheet(other, team.id, 'incubator', { organizationId: null, userId: staff.id }, 0.7, scoredOn);
  }
  return data;
}
