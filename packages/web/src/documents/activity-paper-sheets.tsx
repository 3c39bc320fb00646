import type { ActivityDetail } from '@seedbed/core';

/** Links to print the sign-in sheet and activity record sheet (documents slice). Placed by the page that shows it; being written in this session. */
export function ActivityPaperSheets(_props: { activity: ActivityDetail; onChanged: () => void }) {
  return null;
}
