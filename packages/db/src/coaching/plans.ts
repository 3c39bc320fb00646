import {
  type CultivationPlan,
  type CultivationPlanInput,
  fail,
  isNextStepOverdue,
  ok,
  type PlanReviewInput,
  type PlanStatus,
  type Result,
  type Scope,
  type SupportKind,
} from '@seedbed/core';
import type { Kysely, Transaction } from 'kysely';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { visibleOrganizations } from '../scope';
import type { Database } from '../tables';
import { scopedLookup } from '../visibility';
import { visibleCoachingSessions } from './visibility';

/** Cultivation plans (seed 003: individualised support) and their reviews. */

async function organizationInScope(db: Kysely<Database>, scope: Scope, organizationId: string) {
  return scopedLookup(
    () =>
      db
        .selectFrom('organizations')
        .select(['id', 'street_id'])
        .where('id', '=', organizationId)
        .where(visibleOrganizations(scope))
        .executeTakeFirst(),
    async () =>
      !!(await db.selectFrom('organizations').select('id').where('id', '=', organizationId).executeTakeFirst()),
    'organization.unknown',
  );
}

/** The organization's plan with its reviews (newest first), or null when it has none yet. */
export async function findCultivationPlan(
  db: Db,
  scope: Scope,
  organizationId: string,
  today: string,
): Promise<Result<CultivationPlan | null>> {
  const organization = await organizationInScope(db, scope, organizationId);
  if (!organization.ok) return organization;
  return ok(await readPlan(db, organizationId, today));
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
export async function saveCultivationPlan(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  input: CultivationPlanInput,
  newId: () => string,
  today: string,
): Promise<Result<{ plan: CultivationPlan; created: boolean }>> {
  return db.transaction().execute(async (trx) => {
    const organization = await organizationInScope(trx, scope, organizationId);
    if (!organization.ok) return organization;
    const before = await trx
      .selectFrom('cultivation_plans')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .forUpdate()
      .executeTakeFirst();
    const values = {
      goal: input.goal,
      support_kinds: [...new Set(input.supportKinds)],
      next_step: input.nextStep ?? null,
      next_step_on: input.nextStepOn ?? null,
      status: input.status,
      updated_by: actor.userId,
      updated_at: actor.now,
    };
    const after = before
      ? await trx
          .updateTable('cultivation_plans')
          .set(values)
          .where('id', '=', before.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('cultivation_plans')
          .values({
            ...values,
            id: newId(),
            street_id: organization.value.street_id,
            organization_id: organizationId,
            created_by: actor.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: before ? 'coaching.plan.update' : 'coaching.plan.create',
      tableName: 'cultivation_plans',
      recordId: after.id,
      streetId: after.street_id,
      before,
      after,
    });
    return ok({ plan: (await readPlan(trx, organizationId, today))!, created: !before });
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
  trx: Transaction<Database>,
  actor: Actor,
  plan: { id: string; street_id: string; organization_id: string },
  id: string,
  review: PlanReviewRecord,
): Promise<void> {
  const row = await trx
    .insertInto('plan_reviews')
    .values({
      id,
      street_id: plan.street_id,
      plan_id: plan.id,
      organization_id: plan.organization_id,
      coaching_session_id: review.coachingSessionId ?? null,
      reviewed_on: review.reviewedOn,
      what_changed: review.whatChanged,
      next_step: review.nextStep ?? null,
      next_step_on: review.nextStepOn ?? null,
      status: review.status ?? null,
      reviewed_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const changes = {
    ...(review.nextStep !== undefined && { next_step: review.nextStep }),
    ...(review.nextStep !== undefined && { next_step_on: review.nextStepOn ?? null }),
    ...(review.nextStep === undefined && review.nextStepOn !== undefined && { next_step_on: review.nextStepOn }),
    ...(review.status !== undefined && { status: review.status }),
  };
  await trx
    .updateTable('cultivation_plans')
    .set({ ...changes, updated_by: actor.userId, updated_at: actor.now })
    .where('id', '=', plan.id)
    .execute();
  await recordAudit(trx, actor, {
    action: 'coaching.plan.review',
    tableName: 'plan_reviews',
    recordId: id,
    streetId: plan.street_id,
    after: row,
  });
}

/** A review on its own, optionally tied to a session the organization attended. */
export async function addPlanReview(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  id: string,
  review: PlanReviewRecord,
  today: string,
): Promise<Result<CultivationPlan>> {
  return db.transaction().execute(async (trx) => {
    const organization = await organizationInScope(trx, scope, organizationId);
    if (!organization.ok) return organization;
    const plan = await trx
      .selectFrom('cultivation_plans')
      .select(['id', 'street_id', 'organization_id'])
      .where('organization_id', '=', organizationId)
      .forUpdate()
      .executeTakeFirst();
    if (!plan) return fail('coaching.no_plan');
    if (review.coachingSessionId) {
      const sessionId = review.coachingSessionId;
      const session = await scopedLookup(
        () =>
          trx
            .selectFrom('coaching_sessions')
            .select('id')
            .where('id', '=', sessionId)
            .where(visibleCoachingSessions(scope))
            .executeTakeFirst(),
        async () =>
          !!(await trx.selectFrom('coaching_sessions').select('id').where('id', '=', sessionId).executeTakeFirst()),
        'coaching.unknown_session',
      );
      if (!session.ok) return session;
      const attended = await trx
        .selectFrom('coaching_session_organizations')
        .select('session_id')
        .where('session_id', '=', sessionId)
        .where('organization_id', '=', organizationId)
        .executeTakeFirst();
      if (!attended) return fail('coaching.session_not_attended');
      const already = await trx
        .selectFrom('plan_reviews')
        .select('id')
        .where('plan_id', '=', plan.id)
        .where('coaching_session_id', '=', sessionId)
        .executeTakeFirst();
      if (already) return fail('coaching.review_twice');
    }
    await applyPlanReview(trx, actor, plan, id, review);
    return ok((await readPlan(trx, organizationId, today))!);
  });
}
