import { eraseAccountTraces } from './accounts';
import { type ActivityMergeHook, eraseActivityTraces } from './activities';
import { eraseSurveyTraces } from './communities';
import type { PersonErasureHook } from './people';
import { erasePublicityTraces, movePublicityOnMerge } from './publicity';
import { moveTrackingLogsOnMerge } from './tracking';
import { eraseVolunteerRecords, moveVolunteeringOnMerge } from './volunteering';

/**
 * What each capability does when something another capability owns changes under it — the one
 * place they are wired together, so a capability writes only its own tables and none imports
 * another's internals (../shared/style.md "Capability boundary"). A new table that copies a
 * person's name or phone adds its eraser here; one that hangs rows on an activity adds its mover.
 */

/**
 * Run inside a person's erasure (people/privacy.ts), PIPL art. 47. Publicity goes before activities:
 * it finds the person's self sign-ins by the name and phone that activities' part then removes.
 */
export const whenPersonErased: readonly PersonErasureHook[] = [
  erasePublicityTraces,
  eraseActivityTraces,
  eraseSurveyTraces,
  eraseVolunteerRecords,
  eraseAccountTraces,
];

/** Run inside the merge of two records of one activity (activities/merge.ts). */
export const whenActivitiesMerge: readonly ActivityMergeHook[] = [
  moveVolunteeringOnMerge,
  movePublicityOnMerge,
  moveTrackingLogsOnMerge,
];
