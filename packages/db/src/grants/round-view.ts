import {
  currentStepIndex,
  type EligibilityRule,
  type GrantRound,
  type GrantRoundSummary,
  isPublicNoticeOpen,
  type NegativeListEntry,
  type PipelineStep,
  type RubricCriterion,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import type { Db } from '../connection';
import type { GrantRoundsTable } from './tables';

type RoundRow = Selectable<GrantRoundsTable>;

const iso = (value: Date | string) => new Date(value).toISOString();
/** jsonb comes back parsed from pg; a string only if it was stored as a JSON string by mistake. */
const parsed = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/** The named things a round points at, in the order staff put them. */
async function namesOf(db: Db, roundIds: readonly string[]) {
  if (roundIds.length === 0) return { directions: [], communities: [], estates: [] };
  const [directions, communities, estates] = await Promise.all([
    db
      .selectFrom('grant_round_directions as rd')
      .innerJoin('grant_directions as d', 'd.id', 'rd.direction_id')
      .select(['rd.round_id', 'd.id', 'd.name'])
      .where('rd.round_id', 'in', roundIds)
      .orderBy('rd.position')
      .execute(),
    db
      .selectFrom('grant_round_communities as rc')
      .innerJoin('communities as c', 'c.id', 'rc.community_id')
      .select(['rc.round_id', 'c.id', 'c.name'])
      .where('rc.round_id', 'in', roundIds)
      .orderBy('c.name')
      .execute(),
    db
      .selectFrom('grant_round_estates as re')
      .innerJoin('estates as e', 'e.id', 're.estate_id')
      .select(['re.round_id', 'e.id', 'e.name'])
      .where('re.round_id', 'in', roundIds)
      .orderBy('e.name')
      .execute(),
  ]);
  return { directions, communities, estates };
}

function summaryOf(row: RoundRow & { street_name: string }, today: string): GrantRoundSummary {
  const steps = parsed<PipelineStep[]>(row.steps);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    status: row.status,
    streetId: row.street_id,
    streetName: row.street_name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    totalBudgetFen: Number(row.total_budget_fen),
    perProposalCapFen: Number(row.per_proposal_cap_fen),
    currentStepIndex: currentStepIndex(steps, today),
    isPublicNoticeOpen: row.status === 'published' && isPublicNoticeOpen(steps, today),
  };
}

function roundOf(
  row: RoundRow & { street_name: string },
  names: Awaited<ReturnType<typeof namesOf>>,
  today: string,
): GrantRound {
  const own = <T extends { round_id: string; id: string; name: string }>(list: readonly T[]) =>
    list.filter((item) => item.round_id === row.id).map(({ id, name }) => ({ id, name }));
  return {
    ...summaryOf(row, today),
    description: row.description,
    funders: parsed<string[]>(row.funders),
    directions: own(names.directions),
    targetCommunities: own(names.communities),
    targetEstates: own(names.estates),
    matchingNote: row.matching_note,
    projectMonthsMin: row.project_months_min,
    projectMonthsMax: row.project_months_max,
    eligibility: parsed<EligibilityRule[]>(row.eligibility),
    rubric: parsed<RubricCriterion[]>(row.rubric),
    steps: parsed<PipelineStep[]>(row.steps),
    negativeList: parsed<NegativeListEntry[]>(row.negative_list),
    graduateReserveFen: Number(row.graduate_reserve_fen),
    publishedAt: row.published_at === null ? null : iso(row.published_at),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function roundsQuery(db: Db) {
  return db
    .selectFrom('grant_rounds')
    .innerJoin('streets', 'streets.id', 'grant_rounds.street_id')
    .selectAll('grant_rounds')
    .select('streets.name as street_name');
}

/** Rounds as their pages show them, with the names of what they point at and today's step. */
export async function roundsOf(db: Db, rows: readonly (RoundRow & { street_name: string })[], today: string) {
  const names = await namesOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => roundOf(row, names, today));
}

export { summaryOf as roundSummaryOf };
