import type { ActivityDetail } from '@seedbed/core';

/** Volunteer hours recorded at one activity (volunteering slice). Placed by the page that shows it; being written in this session. */
export function ActivityVolunteerHours(_props: { activity: ActivityDetail; onChanged: () => void }) {
  return null;
}
