import type { ActivityDemoData } from './activity-extension';
import { addDays } from './dates';
import type { GrantProposalDemoData } from './grants-proposals-extension';

/** At most this many activities per plan item: enough for the closing report to show "held", few enough to leave 计划外 ones. */
const linksPerItem = 2;

/**
 * 计划内 in the demo: each approved proposal's team's activities held after the determination and
 * before its project's end carry out its plan items in order — an activity goes to the first item
 * not yet held twice whose planned month has come (or to the first item before the plan's first
 * month: the work starts once the money is decided). Plans slip, as seed 002's did, so an item may
 * be held months after it was planned: planned vs held shows it. No randomness: the same demo
 * links the same activities. Answers the activities' rows with their links; other tables untouched.
 */
export function linkActivitiesToPlanItems(
  activities: Pick<ActivityDemoData, 'activities' | 'activity_organizations'>,
  proposals: GrantProposalDemoData,
): ActivityDemoData['activities'] {
  const link = new Map<string, string>();
  const uses = new Map<string, number>();
  for (const proposal of proposals.grant_proposals) {
    if (proposal.determination !== 'approved' || !proposal.determined_at) continue;
    const items = proposals.grant_plan_items
      .filter((item) => item.proposal_id === proposal.id)
      .sort((a, b) => a.position - b.position);
    const first = items[0];
    if (!first) continue;
    const teamActivityIds = new Set(
      activities.activity_organizations
        .filter((row) => row.organization_id === proposal.organization_id)
        .map((row) => row.activity_id),
    );
    const decidedOn = proposal.determined_at.slice(0, 10);
    const endsOn = addDays(decidedOn, 14 + 30 * projectMonthsOf(proposals, proposal.id));
    const held = activities.activities
      .filter(
        (row) =>
          teamActivityIds.has(row.id) &&
          row.starts_at >= proposal.determined_at! &&
          row.starts_at.slice(0, 10) <= endsOn,
      )
      .sort((a, b) => a.starts_at.localeCompare(b.starts_at));
    for (const activity of held) {
      const month = activity.starts_at.slice(0, 7);
      const item = items.find(
        (candidate) =>
          (uses.get(candidate.id) ?? 0) < linksPerItem &&
          (candidate === first || !candidate.planned_month || candidate.planned_month <= month),
      );
      if (!item || link.has(activity.id)) continue;
      link.set(activity.id, item.id);
      uses.set(item.id, (uses.get(item.id) ?? 0) + 1);
    }
  }
  return activities.activities.map((row) => {
    const planItemId = link.get(row.id);
    return planItemId ? { ...row, is_planned_in_project: true, plan_item_id: planItemId } : row;
  });
}

/** How many months the proposal's project runs (its current version says; six when it does not). */
function projectMonthsOf(proposals: GrantProposalDemoData, proposalId: string): number {
  const version = proposals.grant_proposal_versions.find((v) => v.proposal_id === proposalId);
  const content = version ? (JSON.parse(version.content) as { projectMonths?: number }) : {};
  return content.projectMonths ?? 6;
}
