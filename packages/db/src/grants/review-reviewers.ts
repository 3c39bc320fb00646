import {
  conflictDeclarationProblems,
  fail,
  type GrantAssignmentInput,
  type GrantConflictInput,
  type GrantReviewerInput,
  ok,
  type Result,
  reviewConflictError,
  reviewConflictOf,
} from '@seedbed/core';
import { insertAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { type GrantReviewerView, reviewersOfRound } from './review-read';

/**
 * A round's reviewers (issue 17: management, project and finance experts; community officials),
 * the conflicts each declares, and staff's assignments, which refuse an obvious conflict.
 */

const reviewerRoles = ['expert_reviewer', 'community_official'];

/** An account that may review in the round's street: the right role, and a scope that reaches the street. */
async function reviewerAccountProblem(tx: TxContext, userId: string, streetId: string) {
  const user = await tx.db
    .selectFrom('users')
    .leftJoin('communities', 'communities.id', 'users.scope_id')
    .select(['users.role', 'users.scope_kind', 'users.scope_id', 'users.deactivated_at', 'communities.street_id'])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (user === undefined) return fail('account.unknown');
  const reaches =
    user.scope_kind === 'deployment' ||
    (user.scope_kind === 'street' && user.scope_id === streetId) ||
    (user.scope_kind === 'community' && user.street_id === streetId);
  if (!reviewerRoles.includes(user.role) || !reaches || user.deactivated_at !== null)
    return {
      ok: false as const,
      error: { code: 'grants.reviewer_not_eligible' as const, fields: [{ path: 'userId', message: 'role' }] },
    };
  return null;
}

export function addGrantReviewer(
  call: StoreContext,
  roundId: string,
  input: GrantReviewerInput,
): Promise<Result<GrantReviewerView>> {
  return inTransaction(call, async (tx) => {
    const round = await findInScope(tx, 'grant_rounds', roundId, { forUpdate: true });
    if (!round.ok) return round;
    const problem = await reviewerAccountProblem(tx, input.userId, round.value.street_id);
    if (problem) return problem;
    const existing = await tx.db
      .selectFrom('grant_reviewers')
      .select('id')
      .where('round_id', '=', roundId)
      .where('user_id', '=', input.userId)
      .executeTakeFirst();
    if (existing) return fail('grants.reviewer_duplicate');
    const row = await insertAudited(
      tx,
      'grant_reviewers',
      {
        id: tx.newId(),
        street_id: round.value.street_id,
        round_id: roundId,
        user_id: input.userId,
        expertise: input.expertise,
        added_by: tx.actor.userId,
        created_at: tx.actor.now,
      },
      { action: 'grants.reviewer.add' },
    );
    const [view] = await reviewersOfRound(tx.db, roundId, [row.id]);
    return ok(view!);
  });
}

/** A reviewer declares a conflict of their own (only the reviewer: it is their word on the record). */
export function declareGrantConflict(
  call: StoreContext,
  reviewerId: string,
  input: GrantConflictInput,
): Promise<Result<GrantReviewerView>> {
  return inTransaction(call, async (tx) => {
    const reviewer = await findInScope(tx, 'grant_reviewers', reviewerId);
    if (!reviewer.ok) return reviewer;
    if (reviewer.value.user_id !== tx.actor.userId) return fail('grants.not_your_review');
    const problem = conflictDeclarationProblems(input);
    if (problem) return { ok: false, error: problem };
    if (input.organizationId !== undefined) {
      const organization = await tx.db
        .selectFrom('organizations')
        .select('id')
        .where('id', '=', input.organizationId)
        .executeTakeFirst();
      if (!organization) return fail('organization.unknown');
    }
    if (input.personId !== undefined) {
      const person = await tx.db.selectFrom('people').select('id').where('id', '=', input.personId).executeTakeFirst();
      if (!person) return fail('person.unknown');
    }
    await insertAudited(
      tx,
      'grant_reviewer_conflicts',
      {
        id: tx.newId(),
        street_id: reviewer.value.street_id,
        reviewer_id: reviewerId,
        organization_id: input.organizationId ?? null,
        person_id: input.personId ?? null,
        note: input.note,
        declared_at: tx.actor.now,
      },
      { action: 'grants.reviewer.declare_conflict' },
    );
    const [view] = await reviewersOfRound(tx.db, reviewer.value.round_id, [reviewerId]);
    return ok(view!);
  });
}

/** What ties the reviewer to organizations and people, for core's `reviewConflictOf`. */
async function tiesOf(tx: TxContext, reviewer: { id: string; user_id: string }) {
  const user = await tx.db
    .selectFrom('users')
    .select(['scope_kind', 'scope_id', 'person_id'])
    .where('id', '=', reviewer.user_id)
    .executeTakeFirstOrThrow();
  const memberships =
    user.person_id === null
      ? []
      : await tx.db
          .selectFrom('organization_members')
          .select('organization_id')
          .where('person_id', '=', user.person_id)
          .where('left_on', 'is', null)
          .execute();
  const declared = await tx.db
    .selectFrom('grant_reviewer_conflicts')
    .select(['organization_id', 'person_id'])
    .where('reviewer_id', '=', reviewer.id)
    .execute();
  return {
    accountOrganizationId: user.scope_kind === 'organization' ? user.scope_id : null,
    memberOfOrganizationIds: memberships.map((row) => row.organization_id),
    declared: declared.map((row) => ({
      organizationId: row.organization_id ?? undefined,
      personId: row.person_id ?? undefined,
    })),
  };
}

/** Who stands behind a proposal: its organization's current members and the people its team names. */
async function partiesOf(tx: TxContext, proposal: { organization_id: string; team_person_ids: string[] }) {
  const members = await tx.db
    .selectFrom('organization_members')
    .select('person_id')
    .where('organization_id', '=', proposal.organization_id)
    .where('left_on', 'is', null)
    .execute();
  return {
    organizationId: proposal.organization_id,
    personIds: [...members.map((row) => row.person_id), ...proposal.team_person_ids],
  };
}

/** Staff assign a submitted proposal of the round to one of its reviewers; a conflict is a 409 naming it. */
export function assignGrantReview(
  call: StoreContext,
  roundId: string,
  input: GrantAssignmentInput,
): Promise<Result<{ id: string; proposalId: string; reviewerId: string }>> {
  return inTransaction(call, async (tx) => {
    const round = await findInScope(tx, 'grant_rounds', roundId, { forUpdate: true });
    if (!round.ok) return round;
    const proposal = await findInScope(tx, 'grant_proposals', input.proposalId);
    if (!proposal.ok) return proposal;
    if (proposal.value.round_id !== roundId) return fail('grants.proposal_other_round');
    if (proposal.value.status !== 'submitted') return fail('grants.proposal_not_submitted');
    const reviewer = await tx.db
      .selectFrom('grant_reviewers')
      .select(['id', 'user_id'])
      .where('round_id', '=', roundId)
      .where('user_id', '=', input.reviewerUserId)
      .executeTakeFirst();
    if (!reviewer) return fail('grants.reviewer_unknown');
    // A community official's account reads its own community's proposals only (scope.ts).
    const account = await tx.db
      .selectFrom('users')
      .select(['scope_kind', 'scope_id'])
      .where('id', '=', reviewer.user_id)
      .executeTakeFirstOrThrow();
    if (account.scope_kind === 'community' && account.scope_id !== proposal.value.community_id)
      return fail('grants.reviewer_out_of_reach');
    const teamPersonIds = await proposalTeamPersonIds(tx, input.proposalId);
    const conflict = reviewConflictOf(
      await tiesOf(tx, reviewer),
      await partiesOf(tx, { organization_id: proposal.value.organization_id, team_person_ids: teamPersonIds }),
    );
    if (conflict !== null) return { ok: false, error: reviewConflictError(conflict) };
    const existing = await tx.db
      .selectFrom('grant_review_assignments')
      .select('id')
      .where('proposal_id', '=', input.proposalId)
      .where('reviewer_id', '=', reviewer.id)
      .executeTakeFirst();
    if (existing) return fail('grants.assignment_duplicate');
    const row = await insertAudited(
      tx,
      'grant_review_assignments',
      {
        id: tx.newId(),
        street_id: round.value.street_id,
        round_id: roundId,
        proposal_id: input.proposalId,
        reviewer_id: reviewer.id,
        assigned_by: tx.actor.userId,
        assigned_at: tx.actor.now,
      },
      { action: 'grants.review.assign' },
    );
    return ok({ id: row.id, proposalId: row.proposal_id, reviewerId: row.reviewer_id });
  });
}

/** The people the proposal's current version names on its team and as its leader. */
async function proposalTeamPersonIds(tx: TxContext, proposalId: string): Promise<string[]> {
  const version = await tx.db
    .selectFrom('grant_proposal_versions')
    .innerJoin('grant_proposals', 'grant_proposals.id', 'grant_proposal_versions.proposal_id')
    .select('grant_proposal_versions.content')
    .where('grant_proposals.id', '=', proposalId)
    .whereRef('grant_proposal_versions.number', '=', 'grant_proposals.current_version')
    .executeTakeFirst();
  const content = (version?.content ?? {}) as { team?: { personId: string }[]; leaderPersonId?: string };
  return [
    ...(content.team ?? []).map((member) => member.personId),
    ...(content.leaderPersonId ? [content.leaderPersonId] : []),
  ];
}
