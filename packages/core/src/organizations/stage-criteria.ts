import { formatFen } from '../shared/money';
import { type Stage, type StageModel, stagesOf } from './stages';
import type { FilingStatus } from './types';

/**
 * What each growth stage asks of an organization, from the seeds' stage descriptions.
 * Seed 002 (Luo & Liang): seed 种子 = a small team with shared identity and a core team dividing
 * the work; sapling 小苗 = a small association of about 30–50 people with team rules that turns to
 * public affairs; small tree 小树 = a legal entity with its own account that raises its own funds;
 * big tree 大树 = spans several communities, its functions divide, it redistributes local resources.
 *
 * A criterion is either MEASURED from the records (member count, communities served, registration,
 * public activities) or CHECKED by staff, who then give evidence (a link or a note).
 */
export type Measure =
  | 'member_count'
  | 'communities_served'
  | 'registered'
  | 'public_activities_6_months'
  // From the team's own cash book 账本 (books/rules.ts `bookFacts`), no longer ticked by hand.
  | 'keeps_own_book'
  | 'own_income_12_months';

export interface StageCriterion {
  /** Stable id, also the i18n key under registry.criterion. */
  id: string;
  stage: Stage;
  /** Absent: a staff check that needs evidence. */
  measure?: Measure;
  /** For counting measures: the least value that meets the criterion. */
  atLeast?: number;
}

export interface StageDefinition {
  stage: Stage;
  /** Whether an assessment at this stage must carry evidence (all but the very first stages). */
  requiresEvidence: boolean;
  criteria: readonly StageCriterion[];
}

const c = (stage: Stage, id: string, measure?: Measure, atLeast?: number): StageCriterion => ({
  id,
  stage,
  ...(measure && { measure }),
  ...(atLeast !== undefined && { atLeast }),
});

export const stageDefinitions: Record<StageModel, readonly StageDefinition[]> = {
  five_stage: [
    { stage: 'nurturing', requiresEvidence: false, criteria: [c('nurturing', 'activists_found')] },
    {
      stage: 'seed',
      requiresEvidence: true,
      criteria: [c('seed', 'small_team', 'member_count', 3), c('seed', 'shared_identity'), c('seed', 'core_team')],
    },
    {
      stage: 'sapling',
      requiresEvidence: true,
      criteria: [
        c('sapling', 'association_30_members', 'member_count', 30),
        c('sapling', 'team_rules'),
        c('sapling', 'public_affairs'),
        c('sapling', 'public_activities', 'public_activities_6_months', 1),
      ],
    },
    {
      stage: 'small_tree',
      requiresEvidence: true,
      criteria: [
        c('small_tree', 'legal_entity', 'registered'),
        c('small_tree', 'own_account', 'keeps_own_book'),
        c('small_tree', 'own_fundraising', 'own_income_12_months'),
      ],
    },
    {
      stage: 'big_tree',
      requiresEvidence: true,
      criteria: [
        c('big_tree', 'several_communities', 'communities_served', 2),
        c('big_tree', 'several_functions'),
        c('big_tree', 'redistributes_resources'),
      ],
    },
  ],
  // Seed 001: from nothing to 1.0 is itself a stage; 2.0 turns to public issues.
  one_two: [
    { stage: 'emergence', requiresEvidence: false, criteria: [c('emergence', 'activists_found')] },
    {
      stage: 'v1',
      requiresEvidence: true,
      criteria: [c('v1', 'small_team', 'member_count', 3), c('v1', 'regular_activities')],
    },
    {
      stage: 'v2',
      requiresEvidence: true,
      criteria: [
        c('v2', 'public_affairs'),
        c('v2', 'public_activities', 'public_activities_6_months', 1),
        c('v2', 'team_rules'),
      ],
    },
  ],
  // Seed 000's agency: activity, start-up, growth, mature, regression (a stage that goes down).
  lifecycle: [
    { stage: 'activity', requiresEvidence: false, criteria: [c('activity', 'regular_activities')] },
    {
      stage: 'startup',
      requiresEvidence: true,
      criteria: [c('startup', 'small_team', 'member_count', 3), c('startup', 'core_team')],
    },
    {
      stage: 'growth',
      requiresEvidence: true,
      criteria: [
        c('growth', 'team_rules'),
        c('growth', 'public_activities', 'public_activities_6_months', 1),
        c('growth', 'filed_or_registered', 'registered'),
      ],
    },
    {
      stage: 'mature',
      requiresEvidence: true,
      criteria: [
        c('mature', 'own_fundraising', 'own_income_12_months'),
        c('mature', 'several_communities', 'communities_served', 2),
        c('mature', 'several_functions'),
      ],
    },
    { stage: 'regression', requiresEvidence: true, criteria: [c('regression', 'decline_signs')] },
  ],
};

export function stageDefinition(model: StageModel, stage: Stage): StageDefinition | undefined {
  return stageDefinitions[model].find((d) => d.stage === stage);
}

/** What the records say about an organization today; null where there is no data yet. */
export interface OrganizationFacts {
  memberCount: number;
  /** Home community plus the communities it serves now. */
  communitiesServed: number;
  filingStatus: FilingStatus;
  /** Public activities (activities/rules.ts `isPublicActivity`) in the last six months; null where not counted. */
  publicActivitiesLast6Months: number | null;
  /**
   * "Own account": a treasurer 财务 keeps the team's book and wrote in it in the last 6 months
   * (books/rules.ts `bookFacts`); null where not counted.
   */
  keepsOwnBook?: boolean | null;
  /** "Raises its own money": income other than grants and members' advances in the last 12 months, fen. */
  ownIncomeLast12MonthsFen?: number | null;
}

export type CriterionStatus = 'met' | 'not_met' | 'not_measurable' | 'staff_check';

export interface EvaluatedCriterion extends StageCriterion {
  status: CriterionStatus;
  /** The measured value, when there is one. */
  value: number | string | null;
}

/**
 * Measured criteria against the facts. A staff check stays 'staff_check'; a measure without data
 * is 'not_measurable' — never counted as met or as failed.
 */
export function evaluateCriterion(criterion: StageCriterion, facts: OrganizationFacts): EvaluatedCriterion {
  switch (criterion.measure) {
    case undefined:
      return { ...criterion, status: 'staff_check', value: null };
    case 'registered': {
      // Lifecycle's growth stage accepts filing with the committee; a legal entity needs registration.
      const isMet =
        criterion.id === 'filed_or_registered' ? facts.filingStatus !== 'none' : facts.filingStatus === 'registered';
      return { ...criterion, status: isMet ? 'met' : 'not_met', value: facts.filingStatus };
    }
    case 'member_count':
      return atLeast(criterion, facts.memberCount);
    case 'communities_served':
      return atLeast(criterion, facts.communitiesServed);
    case 'public_activities_6_months':
      return facts.publicActivitiesLast6Months === null
        ? { ...criterion, status: 'not_measurable', value: null }
        : atLeast(criterion, facts.publicActivitiesLast6Months);
    case 'keeps_own_book':
      return facts.keepsOwnBook === null || facts.keepsOwnBook === undefined
        ? { ...criterion, status: 'not_measurable', value: null }
        : { ...criterion, status: facts.keepsOwnBook ? 'met' : 'not_met', value: null };
    case 'own_income_12_months': {
      const fen = facts.ownIncomeLast12MonthsFen;
      if (fen === null || fen === undefined) return { ...criterion, status: 'not_measurable', value: null };
      return { ...criterion, status: fen > 0 ? 'met' : 'not_met', value: formatFen(fen) };
    }
  }
}

function atLeast(criterion: StageCriterion, value: number): EvaluatedCriterion {
  return { ...criterion, status: value >= (criterion.atLeast ?? 0) ? 'met' : 'not_met', value };
}

/** Every stage of the model with its criteria evaluated, in the model's order. */
export function evaluateStages(model: StageModel, facts: OrganizationFacts) {
  return stageDefinitions[model].map((definition) => ({
    stage: definition.stage,
    requiresEvidence: definition.requiresEvidence,
    criteria: definition.criteria.map((criterion) => evaluateCriterion(criterion, facts)),
  }));
}

/**
 * The stage after `current` in the model — what the empowerment on the page aims at. The first
 * stage when unassessed; null at the top. Lifecycle's regression is not a goal: its next is growth.
 */
export function nextStage(model: StageModel, current: Stage | null): Stage | null {
  const stages = stagesOf(model);
  if (current === null || !stages.includes(current)) return stages[0] ?? null;
  if (model === 'lifecycle') {
    if (current === 'regression') return 'growth';
    if (current === 'mature') return null;
  }
  return stages[stages.indexOf(current) + 1] ?? null;
}
