import {
  type CultivationPlan,
  type CultivationPlanInput,
  fail,
  isNextStepOverdue,
  ok,
  type PlanReviewInput,
  type PlanStatus,
  type Result,
  type SupportKind,
} from '@seedbed/core';
import type { Kysely } from 'kysely';
import type { Actor } from '../audit';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { Database } from '../tables';

/** Cultivation plans (seed 003: individualised support) and their reviews. */

type Reader = Pick<StoreContext, 'db' | 'scope' | 'today'>;

/** The organization's plan with its reviews (newest first), or null when it has none yet. */
export async function findCultivationPlan(
  call: Reader,
  organizationId: string,
): Promise<Result<CultivationPlan | null>> {
  const organization = await findInScope(call, 'organizations', organizationId);
  if (!organization.ok) return organization;
  return ok(await readPlan(call.db, organizationId, call.today));
}
async function readPlan(db: Kysely<Database>, organizationId: string, today: string): Promise<CultivationPlan | null> {
  const plan = await db
    .selectFrom('cultivation_plans')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  if (!plan) return null;
  const reviews = await db
    .selectFrom('plan_reviews')
    .leftJoin('coaching_sessions', 'coaching_sessions.id', 'plan_reviews.coaching_session_id')
    .leftJoin('users', 'users.id', 'plan_reviews.reviewed_by')
    .select([
      'plan_reviews.id',
      'plan_reviews.reviewed_on',
      'plan_reviews.what_changed',
      'plan_reviews.next_step',
      'plan_reviews.next_step_on',
      'plan_reviews.status',
      'plan_reviews.coaching_session_id',
      'coaching_sessions.topic',
      'users.display_name',
    ])
    .where('plan_reviews.plan_id', '=', plan.id)
    .orderBy('plan_reviews.reviewed_on', 'desc')
    .orderBy('plan_reviews.created_at', 'desc')
    .execute();
  const status = plan.status as PlanStatus;
  return {
    id: plan.id,
    organizationId: plan.organization_id,
    goal: plan.goal,
    supportKinds: plan.support_kinds as SupportKind[],
    nextStep: plan.next_step,
    nextStepOn: plan.next_step_on,
    status,
    isOverdue: isNextStepOverdue({ status, nextStepOn: plan.next_step_on }, today),
    updatedAt: plan.updated_at.toISOString(),
    reviews: reviews.map((r) => ({
      id: r.id,
      reviewedOn: r.reviewed_on,
      whatChanged: r.what_changed,
      nextStep: r.next_step,
      nextStepOn: r.next_step_on,
      status: (r.status as PlanStatus | null) ?? null,
      coachingSessionId: r.coaching_session_id,
      sessionTopic: r.topic ?? null,
      reviewedBy: r.display_name ?? null,
    })),
  };
}

/** Makes or replaces the organization's plan (its reviews stay). */
export function saveCultivationPlan(
  call: StoreContext,
  organizationId: string,
  input: CultivationPlanInput,
): Promise<Result<{ plan: CultivationPlan; created: boolean }>> {
  return inTransaction(call, async (tx) => {
    const organization = await findInScope(tx, 'organizations', organizationId);
    if (!organization.ok) return organization;
    const existing = await tx.db
      .selectFrom('cultivation_plans')
      .select('id')
      .where('organization_id', '=', organizationId)
      .forUpdate()
      .executeTakeFirst();
    const values = {
      goal: input.goal,
      support_kinds: [...new Set(input.supportKinds)],
      next_step: input.nextStep ?? null,
      next_step_on: input.nextStepOn ?? null,
      status: input.status,
      updated_by: tx.actor.userId,
      updated_at: tx.actor.now,
    };
    if (existing) {
      await updateAudited(tx, 'cultivation_plans', existing.id, values, { action: 'coaching.plan.update' });
    } else {
      await insertAudited(
        tx,
        'cultivation_plans',
        {
          ...values,
          id: tx.newId(),
          street_id: organization.value.street_id,
          organization_id: organizationId,
          created_by: tx.actor.userId,
        },
        { action: 'coaching.plan.create' },
      );
    }
    return ok({ plan: (await readPlan(tx.db, organizationId, tx.today))!, created: !existing });
  });
}

export interface PlanReviewRecord extends PlanReviewInput {
  reviewedOn: string;
  coachingSessionId?: string | undefined;
}

/**
 * Writes one review and carries its new next step, date and status onto the plan. Part of the
 * caller's transaction (a session with reviews, or a review on its own).
 */
export async function applyPlanReview(
  tx: Pick<TxContext, 'db' | 'newId'> & { actor: Actor },
  plan: { id: string; street_id: string; organization_id: string },
  review: PlanReviewRecord,
): Promise<void> {
  await insertAudited(
    tx,
    'plan_reviews',
    {
      id: tx.newId(),
      street_id: plan.street_id,
      plan_id: plan.id,
      organization_id: plan.organization_id,
      coaching_session_id: review.coachingSessionId ?? null,
      reviewed_on: review.reviewedOn,
      what_changed: review.whatChanged,
      next_step: review.nextStep ?? null,
      next_step_on: review.nextStepOn ?? null,
      status: review.status ?? null,
      reviewed_by: tx.actor.userId,
    },
    { action: 'coaching.plan.review' },
  );
  const changes = {
    ...(review.nextStep !== undefined && { next_step: review.nextStep }),
    ...(review.nextStep !== undefined && { next_step_on: review.nextStepOn ?? null }),
    ...(review.nextStep === undefined && review.nextStepOn !== undefined && { next_step_on: review.nextStepOn }),
    ...(review.status !== undefined && { status: review.status }),
  };
  // The review's own audit row says what changed; the plan's columns follow it without a second entry.
  await tx.db
    .updateTable('cultivation_plans')
    .set({ ...changes, updated_by: tx.actor.userId, updated_at: tx.actor.now })
    .where('id', '=', plan.id)
    .execute();
}

/** A review on its own, optionally tied to a session the organization attended. */
export function addPlanReview(
  call: StoreContext,
  organizationId: string,
  review: PlanReviewRecord,
): Promise<Result<CultivationPlan>> {
  return inTransaction(call, async (tx) => {
    const organization = await findInScope(tx, 'organizations', organizationId);
    if (!organization.ok) return organization;
    const plan = await tx.db
      .selectFrom('cultivation_plans')
      .select(['id', 'street_id', 'organization_id'])
      .where('organization_id', '=', organizationId)
      .forUpdate()
      .executeTakeFirst();
    if (!plan) return fail('coaching.no_plan');
    if (review.coachingSessionId) {
      const attended = await checkSessionForReview(tx, plan.id, organizationId, review.coachingSessionId);
      if (!attended.ok) return attended;
    }
    await applyPlanReview(tx, plan, review);
    return ok((await readPlan(tx.db, organizationId, tx.today))!);
  });
}

/** A review tied to a session: the session is visible, the organization was there, and it is its first review. */
async function checkSessionForReview(tx: TxContext, planId: string, organizationId: string, sessionId: string) {
  const session = await findInScope(tx, 'coaching_sessions', sessionId);
  if (!session.ok) return session;
  const attended = await tx.db
    .selectFrom('coaching_session_organizations')
    .select('session_id')
    .where('session_id', '=', sessionId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  if (!attended) return fail('coaching.session_not_attended');
  const already = await tx.db
    .selectFrom('plan_reviews')
    .select('id')
    .where('plan_id', '=', planId)
    .where('coaching_session_id', '=', sessionId)
    .executeTakeFirst();
  return already ? fail('coaching.review_twice') : ok(true);
}
