/**
 * Groups on record in a window (seed 002's figure of groups: 11 → 32 in half a year): every group the
 * incubator knows of — the registry's and the chat trail's, one table since issue 19 — whether or not
 * its chat is analysed. A group counts from the day it was set up (its `created_on`; else the day of
 * its first message; else the day it was recorded) until the day it closed, inclusive.
 */
export interface GroupOnRecord {
  createdOn: string | null;
  /** the Shanghai day of its first message, when any was imported */
  firstMessageOn: string | null;
  /** the Shanghai day the row was recorded */
  recordedOn: string;
  closedOn: string | null;
}

/** The day a group is counted from: the earliest it is known to have existed. */
export function groupSetUpOn(group: GroupOnRecord): string {
  const known = [group.createdOn, group.firstMessageOn].filter((day): day is string => day !== null);
  return known.length > 0 ? known.sort()[0]! : group.recordedOn;
}

/** How many groups were open at some time in the window [from, to] (days, inclusive). */
export function groupsOnRecord(groups: readonly GroupOnRecord[], window: { from: string; to: string }): number {
  return groups.filter((group) => groupSetUpOn(group) <= window.to && (group.closedOn ?? '9999-12-31') >= window.from)
    .length;
}
