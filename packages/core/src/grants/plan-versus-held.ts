import type { PlanItemVersusHeld, PlanVersusHeld } from './plan-item-schemas';

/** A plan item as stored (grant_plan_items), in the proposal's order. */
export interface PlanItemRecord {
  id: string;
  title: string;
  plannedMonth: string | null;
  position: number;
  isRemoved: boolean;
}

/** An activity linked to a plan item (计划内), with what the closing report counts of it. */
export interface HeldActivityRecord {
  planItemId: string;
  /** The Shanghai date it started on (YYYY-MM-DD). */
  startedOn: string;
  organizerCount: number;
  servedCount: number;
}

/**
 * Planned vs held for one proposal: the closing report (结项) "assembles itself from what exists"
 * (issue 17). Per plan item, the activities linked to it:
 *  - heldCount: how many were held; heldOn: their dates, earliest first;
 *  - headCounts: each one's stated head count, organizers + people served (what the team reported,
 *    the figure funders' forms ask for);
 *  - personTimes (人次): the sum of those head counts — one person at three activities is three
 *    person-times, the way funders' closing forms count "服务 N 人次";
 *  - isHeldInPlannedMonth: at least one was held in the month the plan named.
 * An item a later version removed is listed only if something was held for it (the report shows
 * what happened), and does not count as planned. Pure: no clock, no I/O.
 */
export function planVersusHeld(
  proposal: { id: string; title: string },
  items: readonly PlanItemRecord[],
  activities: readonly HeldActivityRecord[],
): PlanVersusHeld {
  const byItem = new Map<string, HeldActivityRecord[]>();
  for (const activity of activities) {
    const list = byItem.get(activity.planItemId) ?? [];
    list.push(activity);
    byItem.set(activity.planItemId, list);
  }
  const rows: PlanItemVersusHeld[] = [...items]
    .sort((a, b) => a.position - b.position)
    .filter((item) => !item.isRemoved || byItem.has(item.id))
    .map((item) => {
      const held = [...(byItem.get(item.id) ?? [])].sort((a, b) => a.startedOn.localeCompare(b.startedOn));
      const headCounts = held.map((activity) => activity.organizerCount + activity.servedCount);
      return {
        planItemId: item.id,
        title: item.title,
        plannedMonth: item.plannedMonth,
        isRemoved: item.isRemoved,
        heldCount: held.length,
        heldOn: held.map((activity) => activity.startedOn),
        headCounts,
        personTimes: headCounts.reduce((sum, count) => sum + count, 0),
        isHeldInPlannedMonth:
          item.plannedMonth !== null && held.some((activity) => activity.startedOn.startsWith(item.plannedMonth!)),
      };
    });
  const planned = rows.filter((row) => !row.isRemoved);
  return {
    proposalId: proposal.id,
    proposalTitle: proposal.title,
    items: rows,
    plannedCount: planned.length,
    heldItemCount: planned.filter((row) => row.heldCount > 0).length,
    activityCount: rows.reduce((sum, row) => sum + row.heldCount, 0),
    personTimes: rows.reduce((sum, row) => sum + row.personTimes, 0),
  };
}
