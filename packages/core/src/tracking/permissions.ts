import type { Role } from '../shared/roles';

/** Staff tracking logs (追踪日志) and merging two records of one activity: what each role may do, inside its scope (../permissions.ts gathers these). */
export const trackingPermissions = {
  /** Staff and assistants log their visits (assistants record visits and logs, seed roles). */
  'tracking.record': ['admin', 'incubator_staff', 'incubator_assistant'],
  /**
   * The full text of the logs — process record, feelings, cultivation ideas — is the incubator's
   * working notes. Everyone who reads the activity sees that staff observed it (who and when), not the text.
   */
  'tracking.read': ['admin', 'incubator_staff', 'incubator_assistant'],
  /** Changing anybody's log (its author may always change their own). */
  'tracking.edit_any': ['admin', 'incubator_staff'],
  /** Suspected duplicates are the incubator's housekeeping; assistants see them so they can tell staff. */
  'tracking.duplicates.read': ['admin', 'incubator_staff', 'incubator_assistant'],
  /** Merging two records (or saying they are different) is a decision: staff, not assistants (who approve nothing). */
  'tracking.merge': ['admin', 'incubator_staff'],
} as const satisfies Record<string, readonly Role[]>;
