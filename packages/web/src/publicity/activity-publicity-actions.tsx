import type { ActivityDetail } from '@seedbed/core';

/** One tap from a record to its publicity draft, share page and poster (publicity slice). Placed by the page that shows it; being written in this session. */
export function ActivityPublicityActions(_props: { activity: ActivityDetail; onChanged: () => void }) {
  return null;
}
