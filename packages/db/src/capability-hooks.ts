import { eraseAccountTraces } from './accounts';
import type { ActivityMergeHook } from './activities';
import type { PersonErasureHook } from './people';
import { movePublicityOnMerge } from './publicity';
import { moveTrackingLogsOnMerge } from './tracking';
import { eraseVolunteerRecords, moveVolunteeringOnMerge } from './volunteering';

/**
 * What each capability does when something another capability owns changes under it — the one
 * place they are wired together, so a capability writes only its own tables and none imports
 * another's internals (../shared/style.md "Capability boundary"). A new table that copies a
 * person's name or phone adds its eraser here; one that hangs rows on an activity adds its mover.
 */

/** Run inside a person's erasure (people/privacy.ts), PIPL art. 47. */
export const whenPersonErased: readonly PersonErasureHook[] = [eraseVolunteerRecords, eraseAccountTraces];

/** Run inside the merge of two records of one activity (activities/merge.ts). */
export const whenActivitiesMerge: readonly ActivityMergeHook[] = [
  moveVolunteeringOnMerge,
  movePublicityOnMerge,
  moveTrackingLogsOnMerge,
];
