import type { Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../column-types';

/** Staff tracking logs (issue: tracking). Tables may reference everything before them. */

/** What a staff member saw at an activity (追踪日志). */
export interface TrackingLogsTable {
  id: string;
  street_id: string;
  activity_id: string;
  organization_id: string;
  staff_user_id: string;
  observed_starts_at: Timestamp;
  observed_ends_at: Timestamp;
  place_text: string | null;
  observed: string;
  process_record: Generated<string>;
  feelings: string | null;
  cultivation_ideas: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TrackingTables {
  tracking_logs: TrackingLogsTable;
}

/**
 * Tables added after the foundation, parents first (see tablesInDependencyOrder): after the
 * activities they observe, before the activity photos that may belong to a log.
 */
export const trackingTablesAfterFoundation = ['tracking_logs'] as const;
