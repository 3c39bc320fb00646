import type { ActivityDetail } from '@seedbed/core';

/** The staff side of one activity: tracking logs, suspected duplicates (tracking slice). Placed by the page that shows it; being written in this session. */
export function ActivityStaffSide(_props: { activity: ActivityDetail; onChanged: () => void }) {
  return null;
}
