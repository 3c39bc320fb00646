import {
  aggregateProposalScores,
  type CriterionScore,
  type DecisionTableView,
  defaultSpreadThreshold,
  fail,
  type GrantRound,
  ok,
  type PublicGrantResult,
  type ReleasedScores,
  type Result,
  type RubricCriterion,
  sheetTotal,
  toHundredths,
} from '@seedbed/core';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';

/**
 * The committee's decision table for a round (every submitted proposal with its aggregated scores,
 * each reviewer's sheet and any determination), and a team's own scores once released. The
 * ticking and the budget left are core's `decisionTable`, computed where the committee ticks.
 */

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

async function sheetsOfProposals(db: StoreContext['db'], proposalIds: string[]) {
  if (proposalIds.length === 0) return [];
  return db
    .selectFrom('grant_reviews')
    .innerJoin('grant_review_assignments as a', 'a.id', 'grant_reviews.assignment_id')
    .innerJoin('grant_reviewers as r', 'r.id', 'a.reviewer_id')
    .innerJoin('users', 'users.id', 'r.user_id')
    .select([
      'grant_reviews.proposal_id',
      'grant_reviews.scores',
      'grant_reviews.comment',
      'grant_reviews.recommendation',
      'grant_reviews.recommended_fen',
      'r.expertise',
      'users.display_name',
    ])
    .where('grant_reviews.proposal_id', 'in', proposalIds)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
}

async function presentationOf(db: StoreContext['db'], proposalIds: string[]) {
  if (proposalIds.length === 0) return [];
  return db
    .selectFrom('grant_presentation_scores')
    .select(['proposal_id', 'points'])
    .where('proposal_id', 'in', proposalIds)
    .execute();
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

type SheetRow = Awaited<ReturnType<typeof sheetsOfProposals>>[number];

const sheetOf = (row: SheetRow) => ({
  scores: row.scores as CriterionScore[],
  recommendation: row.recommendation,
  recommendedFen: row.recommended_fen === null ? null : Number(row.recommended_fen),
});

export async function readDecisionTable(
  call: Pick<StoreContext, 'db' | 'scope'>,
  roundId: string,
): Promise<Result<DecisionTableView>> {
  const round = await findInScope(call, 'grant_rounds', roundId);
  if (!round.ok) return round;
  const rubric = round.value.rubric as RubricCriterion[];
  const settings = await call.db
    .selectFrom('grant_review_settings')
    .selectAll()
    .where('id', '=', roundId)
    .executeTakeFirst();
  const presentationWeightPercent = settings?.presentation_weight_percent ?? 0;
  const dimensions = { reviewWeightPercent: 100 - presentationWeightPercent, presentationWeightPercent };
  const proposals = await call.db
    .selectFrom('grant_proposals')
    .innerJoin('organizations', 'organizations.id', 'grant_proposals.organization_id')
    .leftJoin('grant_agreements', 'grant_agreements.proposal_id', 'grant_proposals.id')
    .select([
      'grant_proposals.id',
      'grant_agreements.id as agreement_id',
      'grant_proposals.title',
      'grant_proposals.requested_fen',
      'grant_proposals.determination',
      'grant_proposals.approved_fen',
      'grant_proposals.determination_reason',
      'grant_proposals.determined_at',
      'organizations.name as organization_name',
    ])
    .where('grant_proposals.round_id', '=', roundId)
    .where('grant_proposals.status', '=', 'submitted')
    .orderBy('grant_proposals.submitted_at')
    .orderBy('grant_proposals.id')
    .execute();
  const ids = proposals.map((proposal) => proposal.id);
  const sheets = groupBy(await sheetsOfProposals(call.db, ids), (row) => row.proposal_id);
  const presentation = groupBy(await presentationOf(call.db, ids), (row) => row.proposal_id);
  const assigned = ids.length
    ? await call.db
        .selectFrom('grant_review_assignments')
        .select(['proposal_id', (eb) => eb.fn.countAll<string>().as('count')])
        .where('proposal_id', 'in', ids)
        .groupBy('proposal_id')
        .execute()
    : [];
  const assignedCount = new Map(assigned.map((row) => [row.proposal_id, Number(row.count)]));
  return ok({
    roundId,
    roundName: round.value.name,
    totalBudgetFen: Number(round.value.total_budget_fen),
    presentationWeightPercent,
    spreadThreshold: defaultSpreadThreshold,
    releasedAt: iso(settings?.released_at ?? null),
    candidates: proposals.map((proposal) => {
      const own = sheets.get(proposal.id) ?? [];
      return {
        proposalId: proposal.id,
        title: proposal.title,
        organizationName: proposal.organization_name,
        requestedFen: Number(proposal.requested_fen),
        scores: aggregateProposalScores(
          rubric,
          own.map(sheetOf),
          (presentation.get(proposal.id) ?? []).map((row) => row.points),
          dimensions,
        ),
        sheets: own.map((row) => ({
          reviewerName: row.display_name,
          expertise: row.expertise,
          total: toHundredths(sheetTotal(rubric, row.scores as CriterionScore[])),
          recommendation: row.recommendation,
          recommendedFen: row.recommended_fen === null ? null : Number(row.recommended_fen),
          comment: row.comment,
        })),
        assignedCount: assignedCount.get(proposal.id) ?? 0,
        determination: proposal.determination,
        approvedFen: proposal.approved_fen === null ? null : Number(proposal.approved_fen),
        determinationReason: proposal.determination_reason,
        determinedAt: iso(proposal.determined_at),
        agreementId: proposal.agreement_id,
      };
    }),
  });
}

/**
 * A team's own scores, once staff have released the round's: the aggregate and each sheet's
 * comment and recommendation, reviewers unnamed (blind both ways). Before release a 403 that says so.
 */
export async function readReleasedScores(
  call: Pick<StoreContext, 'db' | 'scope'>,
  proposalId: string,
): Promise<Result<ReleasedScores>> {
  const proposal = await findInScope(call, 'grant_proposals', proposalId);
  if (!proposal.ok) return proposal;
  const round = await call.db
    .selectFrom('grant_rounds')
    .leftJoin('grant_review_settings', 'grant_review_settings.id', 'grant_rounds.id')
    .select([
      'grant_rounds.rubric',
      'grant_review_settings.released_at',
      'grant_review_settings.presentation_weight_percent',
    ])
    .where('grant_rounds.id', '=', proposal.value.round_id)
    .executeTakeFirstOrThrow();
  if (round.released_at === null || round.released_at === undefined) return fail('grants.scores_not_released');
  const presentationWeightPercent = round.presentation_weight_percent ?? 0;
  const sheets = await sheetsOfProposals(call.db, [proposalId]);
  const presentation = await presentationOf(call.db, [proposalId]);
  return ok({
    proposalId,
    scores: aggregateProposalScores(
      round.rubric as RubricCriterion[],
      sheets.map(sheetOf),
      presentation.map((row) => row.points),
      { reviewWeightPercent: 100 - presentationWeightPercent, presentationWeightPercent },
    ),
    comments: sheets.map((row) => ({ recommendation: row.recommendation, comment: row.comment })),
  });
}

/**
 * The round's approved proposals for its public page, from the first day of its 公示 (the selection
 * is announced there and residents may object); before that, none. Best-funded first. Team names
 * and titles only: no resident is named.
 */
export async function approvedResultsOfRound(
  db: StoreContext['db'],
  round: Pick<GrantRound, 'id' | 'steps'>,
  today: string,
): Promise<PublicGrantResult[]> {
  const notice = round.steps.find((step) => step.kind === 'public_notice');
  if (notice === undefined || today < notice.startsOn) return [];
  const rows = await db
    .selectFrom('grant_proposals')
    .innerJoin('organizations', 'organizations.id', 'grant_proposals.organization_id')
    .select(['organizations.name', 'grant_proposals.title', 'grant_proposals.approved_fen'])
    .where('grant_proposals.round_id', '=', round.id)
    .where('grant_proposals.status', '=', 'submitted')
    .where('grant_proposals.determination', '=', 'approved')
    .orderBy('grant_proposals.approved_fen', 'desc')
    .orderBy('grant_proposals.title')
    .execute();
  return rows.map((row) => ({ teamName: row.name, title: row.title, approvedFen: Number(row.approved_fen) }));
}
