import {
  type CriterionScore,
  fail,
  type GrantReview,
  type GrantReviewAssignmentView,
  type GrantReviewInput,
  mapResult,
  ok,
  type PresentationScoreInput,
  type Result,
  type Role,
  type RubricCriterion,
  reviewScoreProblems,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { readGrantProposal } from './proposal-read';
import { listMyGrantAssignments, reviewsReleasedAt } from './review-read';
import type { GrantReviewSettingsTable, GrantReviewsTable } from './review-tables';

/**
 * Blind score sheets: a reviewer scores only what is assigned to them and reads only their own
 * sheet; staff release a round's scores to the teams once, after which sheets no longer change.
 */

const iso = (value: Date | string) => new Date(value).toISOString();

export const reviewOf = (row: Selectable<GrantReviewsTable>): GrantReview => ({
  id: row.id,
  proposalId: row.proposal_id,
  proposalVersion: row.proposal_version,
  scores: row.scores as CriterionScore[],
  comment: row.comment,
  recommendation: row.recommendation,
  recommendedFen: row.recommended_fen === null ? null : Number(row.recommended_fen),
  updatedAt: iso(row.updated_at),
});

/** The caller's own assignment (403 another's), with its round's rubric and its proposal. */
export async function ownAssignment(
  call: Pick<StoreContext | TxContext, 'db' | 'scope' | 'actor'>,
  assignmentId: string,
) {
  const assignment = await findInScope(call, 'grant_review_assignments', assignmentId, {
    forUpdate: call.db.isTransaction,
  });
  if (!assignment.ok) return assignment;
  const reviewer = await call.db
    .selectFrom('grant_reviewers')
    .select('user_id')
    .where('id', '=', assignment.value.reviewer_id)
    .executeTakeFirstOrThrow();
  if (reviewer.user_id !== call.actor.userId) return fail('grants.not_your_review');
  const round = await call.db
    .selectFrom('grant_rounds')
    .select(['id', 'rubric', 'name'])
    .where('id', '=', assignment.value.round_id)
    .executeTakeFirstOrThrow();
  return ok({ assignment: assignment.value, rubric: round.rubric as RubricCriterion[], roundName: round.name });
}

/** The reviewer's own sheet for an assignment, or null before the first save. */
export async function reviewOfAssignment(db: StoreContext['db'], assignmentId: string) {
  const row = await db
    .selectFrom('grant_reviews')
    .selectAll()
    .where('assignment_id', '=', assignmentId)
    .executeTakeFirst();
  return row ? reviewOf(row) : null;
}

/** The reviewer's page for their own assignment: the proposal as their role reads it, the rubric, their sheet. */
export async function readGrantReviewAssignment(
  call: Pick<StoreContext, 'db' | 'scope' | 'actor' | 'today'>,
  role: Role,
  assignmentId: string,
): Promise<Result<GrantReviewAssignmentView>> {
  const own = await ownAssignment(call, assignmentId);
  if (!own.ok) return own;
  const proposal = await readGrantProposal(call, role, own.value.assignment.proposal_id);
  if (!proposal.ok) return proposal;
  const [assignment] = await listMyGrantAssignments(call, assignmentId);
  return ok({
    assignment: assignment!,
    rubric: own.value.rubric,
    review: await reviewOfAssignment(call.db, assignmentId),
    isReleased: assignment!.isReleased,
    proposal: proposal.value,
  });
}

/**
 * Saves the reviewer's sheet whole (made or replaced): checked against the round's rubric, on the
 * proposal's current version, refused once the round's scores are released or the proposal is no
 * longer submitted.
 */
export function saveGrantReview(
  call: StoreContext,
  assignmentId: string,
  input: GrantReviewInput,
): Promise<Result<{ review: GrantReview; created: boolean }>> {
  return inTransaction(call, async (tx) => {
    const own = await ownAssignment(tx, assignmentId);
    if (!own.ok) return own;
    const { assignment, rubric } = own.value;
    const problem = reviewScoreProblems(rubric, input.scores);
    if (problem) return { ok: false, error: problem };
    if ((await reviewsReleasedAt(tx.db, assignment.round_id)) !== null) return fail('grants.reviews_released');
    const proposal = await tx.db
      .selectFrom('grant_proposals')
      .select(['status', 'current_version'])
      .where('id', '=', assignment.proposal_id)
      .executeTakeFirstOrThrow();
    if (proposal.status !== 'submitted') return fail('grants.proposal_not_submitted');
    const values = {
      proposal_version: proposal.current_version,
      scores: JSON.stringify(input.scores),
      comment: input.comment,
      recommendation: input.recommendation,
      recommended_fen: input.recommendedFen,
      updated_at: tx.actor.now,
    };
    const existing = await tx.db
      .selectFrom('grant_reviews')
      .select('id')
      .where('assignment_id', '=', assignmentId)
      .executeTakeFirst();
    if (existing) {
      const { after } = await updateAudited(tx, 'grant_reviews', existing.id, values, {
        action: 'grants.review.update',
      });
      return ok({ review: reviewOf(after), created: false });
    }
    const row = await insertAudited(
      tx,
      'grant_reviews',
      {
        id: tx.newId(),
        street_id: assignment.street_id,
        assignment_id: assignmentId,
        proposal_id: assignment.proposal_id,
        created_at: tx.actor.now,
        ...values,
      },
      { action: 'grants.review.create' },
    );
    return ok({ review: reviewOf(row), created: true });
  });
}

/** The round's review settings row, made on first use (its id is the round's). */
async function settingsOf(tx: TxContext, round: { id: string; street_id: string }) {
  const existing = await tx.db
    .selectFrom('grant_review_settings')
    .selectAll()
    .where('id', '=', round.id)
    .forUpdate()
    .executeTakeFirst();
  if (existing) return existing;
  return insertAudited(
    tx,
    'grant_review_settings',
    { id: round.id, street_id: round.street_id, presentation_weight_percent: 0, released_at: null, released_by: null },
    { action: 'grants.review_settings.create' },
  );
}

/**
 * Changes the round's review settings while its scores are unreleased (the round locked, its settings
 * row made on first use), audited under `action`: the release itself, and 展示评审's weight.
 */
function changeUnreleasedSettings(
  call: StoreContext,
  roundId: string,
  changes: (
    tx: TxContext,
  ) => Partial<Pick<GrantReviewSettingsTable, 'presentation_weight_percent' | 'released_at' | 'released_by'>>,
  action: string,
) {
  return inTransaction(call, async (tx): Promise<Result<Selectable<GrantReviewSettingsTable>>> => {
    const round = await findInScope(tx, 'grant_rounds', roundId, { forUpdate: true });
    if (!round.ok) return round;
    const settings = await settingsOf(tx, round.value);
    if (settings.released_at !== null) return fail('grants.reviews_released');
    const { after } = await updateAudited(tx, 'grant_review_settings', roundId, changes(tx), { action });
    return ok(after);
  });
}

/** Staff release the round's scores to the teams, once; from then on sheets are fixed. */
export async function releaseGrantReviews(
  call: StoreContext,
  roundId: string,
): Promise<Result<{ releasedAt: string }>> {
  const changed = await changeUnreleasedSettings(
    call,
    roundId,
    (tx) => ({ released_at: tx.actor.now, released_by: tx.actor.userId }),
    'grants.review.release',
  );
  return mapResult(changed, (after) => ({ releasedAt: iso(after.released_at!) }));
}

/** 展示评审's weight in the round's total (0 = no presentation); the review counts the rest. */
export async function setPresentationWeight(
  call: StoreContext,
  roundId: string,
  presentationWeightPercent: number,
): Promise<Result<{ presentationWeightPercent: number }>> {
  const changed = await changeUnreleasedSettings(
    call,
    roundId,
    () => ({ presentation_weight_percent: presentationWeightPercent }),
    'grants.review_settings.update',
  );
  return mapResult(changed, (after) => ({ presentationWeightPercent: after.presentation_weight_percent }));
}

/** One judge's 展示评审 mark for a submitted proposal, entered by staff. */
export function recordPresentationScore(
  call: StoreContext,
  proposalId: string,
  input: PresentationScoreInput,
): Promise<Result<{ id: string; points: number }>> {
  return inTransaction(call, async (tx) => {
    const proposal = await findInScope(tx, 'grant_proposals', proposalId, { forUpdate: true });
    if (!proposal.ok) return proposal;
    if (proposal.value.status !== 'submitted') return fail('grants.proposal_not_submitted');
    if ((await reviewsReleasedAt(tx.db, proposal.value.round_id)) !== null) return fail('grants.reviews_released');
    const row = await insertAudited(
      tx,
      'grant_presentation_scores',
      {
        id: tx.newId(),
        street_id: proposal.value.street_id,
        proposal_id: proposalId,
        points: input.points,
        recorded_by: tx.actor.userId,
        recorded_at: tx.actor.now,
      },
      { action: 'grants.presentation_score.record' },
    );
    return ok({ id: row.id, points: row.points });
  });
}
