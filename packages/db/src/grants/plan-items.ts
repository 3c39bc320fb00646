import {
  fail,
  type LinkablePlanItem,
  ok,
  type PlanVersusHeld,
  planVersusHeld,
  type Result,
  shanghaiDate,
} from '@seedbed/core';
import type { Db } from '../connection';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';

/**
 * Plan items (计划内) as the activities capability uses them: which a team may link, whether one
 * given may be linked, their names on an activity, and planned vs held for the closing report.
 * Only an approved proposal's items count: before the determination a plan is a wish, not a project.
 */

type Reader = Pick<StoreContext, 'db' | 'scope' | 'today'>;

/**
 * May an activity run by `organizationIds` be linked to this plan item? It must exist, belong to an
 * approved proposal of one of those organizations, and still be in the plan: an item a later
 * version dropped keeps the activities already linked (migration 0023) but takes no new one.
 */
export async function checkPlanItemLink(
  db: Db,
  planItemId: string,
  organizationIds: readonly string[],
): Promise<Result<null>> {
  const item = await db
    .selectFrom('grant_plan_items')
    .innerJoin('grant_proposals', 'grant_proposals.id', 'grant_plan_items.proposal_id')
    .select(['grant_plan_items.removed_at', 'grant_proposals.organization_id', 'grant_proposals.determination'])
    .where('grant_plan_items.id', '=', planItemId)
    .executeTakeFirst();
  if (!item) return fail('activity.plan_item_unknown');
  if (!organizationIds.includes(item.organization_id)) return fail('activity.plan_item_other_team');
  if (item.determination !== 'approved') return fail('activity.plan_item_not_approved');
  if (item.removed_at !== null) return fail('activity.plan_item_removed');
  return ok(null);
}

/**
 * The plan items a team may link an activity to — its approved proposals' current items — this
 * month's first (what the leader is most likely recording), then by planned month and the plan's order.
 */
export async function listLinkablePlanItems(call: Reader, organizationId: string): Promise<Result<LinkablePlanItem[]>> {
  const organization = await findInScope(call, 'organizations', organizationId);
  if (!organization.ok) return organization;
  const rows = await call.db
    .selectFrom('grant_plan_items')
    .innerJoin('grant_proposals', 'grant_proposals.id', 'grant_plan_items.proposal_id')
    .select([
      'grant_plan_items.id',
      'grant_plan_items.title',
      'grant_plan_items.planned_month',
      'grant_plan_items.position',
      'grant_proposals.id as proposal_id',
      'grant_proposals.title as proposal_title',
      'grant_proposals.created_at as proposal_created_at',
    ])
    .where('grant_proposals.organization_id', '=', organizationId)
    .where('grant_proposals.determination', '=', 'approved')
    .where('grant_plan_items.removed_at', 'is', null)
    .execute();
  const thisMonth = call.today.slice(0, 7);
  const rank = (month: string | null) => (month === thisMonth ? '0' : month === null ? '2' : `1${month}`);
  rows.sort(
    (a, b) =>
      rank(a.planned_month).localeCompare(rank(b.planned_month)) ||
      new Date(a.proposal_created_at).getTime() - new Date(b.proposal_created_at).getTime() ||
      a.position - b.position,
  );
  return ok(
    rows.map((row) => ({
      id: row.id,
      title: row.title,
      plannedMonth: row.planned_month,
      proposalId: row.proposal_id,
      proposalTitle: row.proposal_title,
    })),
  );
}

/** What an activity page says of its plan item: "计划内 · 清理楼道 · 楼道花园". */
export async function planItemLabels(db: Db, planItemIds: readonly string[]) {
  const ids = [...new Set(planItemIds)];
  if (ids.length === 0) return new Map<string, { title: string; proposalId: string; proposalTitle: string }>();
  const rows = await db
    .selectFrom('grant_plan_items')
    .innerJoin('grant_proposals', 'grant_proposals.id', 'grant_plan_items.proposal_id')
    .select(['grant_plan_items.id', 'grant_plan_items.title', 'grant_proposals.id as proposal_id'])
    .select('grant_proposals.title as proposal_title')
    .where('grant_plan_items.id', 'in', ids)
    .execute();
  return new Map(
    rows.map((row) => [row.id, { title: row.title, proposalId: row.proposal_id, proposalTitle: row.proposal_title }]),
  );
}

/**
 * Planned vs held for one proposal (core's planVersusHeld): its plan items, removed ones too, and the
 * activities linked to them. A record merged into another is skipped (its kept record carries the
 * link), as every activity figure does.
 */
export async function readPlanVersusHeld(call: Reader, proposalId: string): Promise<Result<PlanVersusHeld>> {
  const proposal = await findInScope(call, 'grant_proposals', proposalId);
  if (!proposal.ok) return proposal;
  return ok(await planVersusHeldOf(call.db, proposal.value));
}

/**
 * The same for a proposal already reached in scope — the closing report reaches it through its
 * agreement, which a funder may read though the proposal's own scope rule would not be asked.
 */
export async function planVersusHeldOf(db: Db, proposal: { id: string; title: string }): Promise<PlanVersusHeld> {
  const [items, activities] = await Promise.all([
    db
      .selectFrom('grant_plan_items')
      .select(['id', 'title', 'planned_month', 'position', 'removed_at'])
      .where('proposal_id', '=', proposal.id)
      .execute(),
    db
      .selectFrom('activities')
      .innerJoin('grant_plan_items', 'grant_plan_items.id', 'activities.plan_item_id')
      .select(['activities.plan_item_id', 'activities.starts_at', 'activities.organizer_count'])
      .select('activities.served_count')
      .where('grant_plan_items.proposal_id', '=', proposal.id)
      .where('activities.merged_into_id', 'is', null)
      .execute(),
  ]);
  return planVersusHeld(
    { id: proposal.id, title: proposal.title },
    items.map((item) => ({
      id: item.id,
      title: item.title,
      plannedMonth: item.planned_month,
      position: item.position,
      isRemoved: item.removed_at !== null,
    })),
    activities.map((activity) => ({
      planItemId: activity.plan_item_id!,
      startedOn: shanghaiDate(new Date(activity.starts_at)),
      organizerCount: activity.organizer_count,
      servedCount: activity.served_count,
    })),
  );
}
