import {
  type GrantReviewer,
  type MyGrantAssignment,
  type MyGrantReviewer,
  ok,
  type Result,
  type ReviewerCandidate,
} from '@seedbed/core';
import type { Db } from '../connection';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleGrantRounds } from './visibility';

/** Reads of the review: a round's reviewers for staff, a reviewer's own assignments. */

export type GrantReviewerView = GrantReviewer;

const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * A round's reviewers (or those of `ids`), with their conflicts and the proposals assigned to them.
 * `withPersonNames`: staff reading the round's reviewers see the name of a resident a conflict
 * names (one living in the round's street); the reviewer's own reads never get one, or an expert
 * could read any resident's name by declaring a conflict with a guessed id.
 */
export async function reviewersOfRound(
  db: Db | StoreContext['db'],
  roundId: string,
  ids?: string[],
  options: { withPersonNames?: boolean } = {},
): Promise<GrantReviewer[]> {
  let query = db
    .selectFrom('grant_reviewers')
    .innerJoin('users', 'users.id', 'grant_reviewers.user_id')
    .select([
      'grant_reviewers.id',
      'grant_reviewers.round_id',
      'grant_reviewers.user_id',
      'grant_reviewers.expertise',
      'users.display_name',
    ])
    .where('grant_reviewers.round_id', '=', roundId)
    .orderBy('grant_reviewers.created_at')
    .orderBy('grant_reviewers.id');
  if (ids !== undefined) query = query.where('grant_reviewers.id', 'in', ids);
  const reviewers = await query.execute();
  if (reviewers.length === 0) return [];
  const reviewerIds = reviewers.map((reviewer) => reviewer.id);
  const conflicts = await db
    .selectFrom('grant_reviewer_conflicts')
    .leftJoin('organizations', 'organizations.id', 'grant_reviewer_conflicts.organization_id')
    .innerJoin('grant_reviewers as reviewer', 'reviewer.id', 'grant_reviewer_conflicts.reviewer_id')
    .innerJoin('grant_rounds as round', 'round.id', 'reviewer.round_id')
    .leftJoin('people', (join) =>
      join
        .onRef('people.id', '=', 'grant_reviewer_conflicts.person_id')
        .onRef('people.street_id', '=', 'round.street_id'),
    )
    .select([
      'people.name as person_name',
      'grant_reviewer_conflicts.id',
      'grant_reviewer_conflicts.reviewer_id',
      'grant_reviewer_conflicts.organization_id',
      'organizations.name as organization_name',
      'grant_reviewer_conflicts.person_id',
      'grant_reviewer_conflicts.note',
      'grant_reviewer_conflicts.declared_at',
    ])
    .where('grant_reviewer_conflicts.reviewer_id', 'in', reviewerIds)
    .orderBy('grant_reviewer_conflicts.declared_at')
    .execute();
  const assignments = await db
    .selectFrom('grant_review_assignments')
    .select(['reviewer_id', 'proposal_id'])
    .where('reviewer_id', 'in', reviewerIds)
    .orderBy('assigned_at')
    .execute();
  return reviewers.map((reviewer) => ({
    id: reviewer.id,
    roundId: reviewer.round_id,
    userId: reviewer.user_id,
    displayName: reviewer.display_name,
    expertise: reviewer.expertise,
    conflicts: conflicts
      .filter((conflict) => conflict.reviewer_id === reviewer.id)
      .map((conflict) => ({
        id: conflict.id,
        organizationId: conflict.organization_id,
        organizationName: conflict.organization_name,
        personId: conflict.person_id,
        personName: options.withPersonNames ? conflict.person_name : null,
        note: conflict.note,
        declaredAt: iso(conflict.declared_at),
      })),
    assignedProposalIds: assignments
      .filter((assignment) => assignment.reviewer_id === reviewer.id)
      .map((assignment) => assignment.proposal_id),
  }));
}

/** Staff's view of a round's reviewers. */
export async function listGrantReviewers(
  call: Pick<StoreContext, 'db' | 'scope'>,
  roundId: string,
): Promise<Result<GrantReviewer[]>> {
  const round = await findInScope(call, 'grant_rounds', roundId);
  if (!round.ok) return round;
  return ok(await reviewersOfRound(call.db, roundId, undefined, { withPersonNames: true }));
}

/**
 * The rounds the caller reviews in (their scope reaching the round), newest first, with the
 * conflicts they declared: their own word, and the place to add to it.
 */
export async function listMyGrantReviewers(
  call: Pick<StoreContext, 'db' | 'actor' | 'scope'>,
): Promise<MyGrantReviewer[]> {
  const rounds = await call.db
    .selectFrom('grant_reviewers')
    .innerJoin('grant_rounds', 'grant_rounds.id', 'grant_reviewers.round_id')
    .select(['grant_reviewers.id', 'grant_reviewers.round_id', 'grant_rounds.name'])
    .where('grant_reviewers.user_id', '=', call.actor.userId)
    .where(visibleGrantRounds(call.scope))
    .orderBy('grant_rounds.starts_on', 'desc')
    .orderBy('grant_reviewers.id')
    .execute();
  // One reviewer row per round and account (addGrantReviewer refuses a second).
  const views = await Promise.all(rounds.map((round) => reviewersOfRound(call.db, round.round_id, [round.id])));
  return rounds.flatMap((round, index) => views[index]!.map((reviewer) => ({ ...reviewer, roundName: round.name })));
}

/** The released_at of a round's review, or null (no settings row is "not released"). */
export async function reviewsReleasedAt(db: Db | StoreContext['db'], roundId: string): Promise<Date | null> {
  const settings = await db
    .selectFrom('grant_review_settings')
    .select('released_at')
    .where('id', '=', roundId)
    .executeTakeFirst();
  return settings?.released_at ? new Date(settings.released_at) : null;
}

/**
 * The caller's own assignments, in every round their scope reaches, newest round first: a reviewer
 * sees only what was assigned to them (and never another reviewer's sheet).
 */
export async function listMyGrantAssignments(
  call: Pick<StoreContext, 'db' | 'actor' | 'scope'>,
  assignmentId?: string,
): Promise<MyGrantAssignment[]> {
  let query = call.db
    .selectFrom('grant_review_assignments as a')
    .innerJoin('grant_reviewers as r', 'r.id', 'a.reviewer_id')
    .innerJoin('grant_rounds', 'grant_rounds.id', 'a.round_id')
    .innerJoin('grant_proposals', 'grant_proposals.id', 'a.proposal_id')
    .innerJoin('organizations', 'organizations.id', 'grant_proposals.organization_id')
    .leftJoin('grant_reviews', 'grant_reviews.assignment_id', 'a.id')
    .leftJoin('grant_review_settings', 'grant_review_settings.id', 'a.round_id')
    .select([
      'a.id',
      'a.reviewer_id',
      'a.round_id',
      'grant_rounds.name as round_name',
      'a.proposal_id',
      'grant_proposals.title',
      'grant_proposals.requested_fen',
      'organizations.name as organization_name',
      'grant_reviews.updated_at as reviewed_at',
      'grant_review_settings.released_at',
    ])
    .where('r.user_id', '=', call.actor.userId)
    .where(visibleGrantRounds(call.scope))
    .orderBy('grant_rounds.starts_on', 'desc')
    .orderBy('a.assigned_at')
    .orderBy('a.id');
  if (assignmentId !== undefined) query = query.where('a.id', '=', assignmentId);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    reviewerId: row.reviewer_id,
    roundId: row.round_id,
    roundName: row.round_name,
    proposalId: row.proposal_id,
    proposalTitle: row.title,
    organizationName: row.organization_name,
    requestedFen: Number(row.requested_fen),
    reviewedAt: row.reviewed_at ? iso(row.reviewed_at) : null,
    isReleased: row.released_at !== null,
  }));
}

/**
 * The accounts staff may add as the round's reviewers: live expert-reviewer and community-official
 * accounts whose scope reaches the round's street (the whole deployment, the street, or one of its
 * communities), by name.
 */
export async function listReviewerCandidates(
  call: Pick<StoreContext, 'db' | 'scope'>,
  roundId: string,
): Promise<Result<ReviewerCandidate[]>> {
  const round = await findInScope(call, 'grant_rounds', roundId);
  if (!round.ok) return round;
  const streetId = round.value.street_id;
  const rows = await call.db
    .selectFrom('users')
    .leftJoin('communities', 'communities.id', 'users.scope_id')
    .select(['users.id', 'users.display_name', 'users.role'])
    .where('users.role', 'in', ['expert_reviewer', 'community_official'])
    .where('users.deactivated_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('users.scope_kind', '=', 'deployment'),
        eb.and([eb('users.scope_kind', '=', 'street'), eb('users.scope_id', '=', streetId)]),
        eb.and([eb('users.scope_kind', '=', 'community'), eb('communities.street_id', '=', streetId)]),
      ]),
    )
    .orderBy('users.display_name')
    .orderBy('users.id')
    .execute();
  return ok(
    rows.map((row) => ({
      userId: row.id,
      displayName: row.display_name,
      role: row.role as ReviewerCandidate['role'],
    })),
  );
}
