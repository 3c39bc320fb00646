import { eraseAccountTraces, exportAccountRecords } from './accounts';
import { type ActivityMergeHook, eraseActivityTraces, exportActivityRecords } from './activities';
import { eraseHonourAwardReasons, exportHonourAwards } from './allocation';
import { exportBookRecords } from './books';
import { eraseChatTraces, exportChatRecords } from './chat';
import { exportCoachingRecords } from './coaching';
import { eraseSurveyTraces, exportSurveyRecords } from './communities';
import { exportDeliberationRecords } from './deliberation';
import {
  eraseGrantClaimAdvances,
  eraseGrantObjectionContacts,
  exportGrantClaimAdvances,
  exportGrantObjections,
} from './grants';
import { exportGrantProposalRoles } from './grants/proposal-privacy';
import { eraseGrantConflictNotes, exportGrantConflicts } from './grants/review-privacy';
import { exportOrganizationRecords } from './organizations';
import type { PersonErasureHook, PersonExportHook } from './people';
import { erasePublicityTraces, exportPublicityRecords, movePublicityOnMerge } from './publicity';
import { moveTrackingLogsOnMerge } from './tracking';
import { eraseTrainingRecords, exportTrainingRecords, moveTrainingSessionsOnMerge } from './training';
import { eraseVolunteerRecords, exportVolunteerRecords, moveVolunteeringOnMerge } from './volunteering';

/**
 * What each capability does when something another capability owns changes under it — the one
 * place they are wired together, so a capability writes only its own tables and none imports
 * another's internals (../shared/style.md "Capability boundary"). A new table that copies a
 * person's name or phone adds its eraser and its exporter here; one that hangs rows on an activity adds its mover.
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
  eraseGrantObjectionContacts,
  eraseAccountTraces,
  eraseTrainingRecords,
  eraseGrantConflictNotes,
  eraseGrantClaimAdvances,
  eraseHonourAwardReasons,
  eraseChatTraces,
];

/**
 * Asked for a person's export (people/export.ts), PIPL art. 45: each capability answers with the rows
 * it holds about them — the same rows its eraser reaches, found the same way.
 */
export const whenPersonExported: readonly PersonExportHook[] = [
  exportOrganizationRecords,
  exportActivityRecords,
  exportCoachingRecords,
  exportVolunteerRecords,
  exportSurveyRecords,
  exportPublicityRecords,
  exportGrantObjections,
  exportAccountRecords,
  exportBookRecords,
  exportTrainingRecords,
  exportGrantConflicts,
  exportGrantClaimAdvances,
  exportGrantProposalRoles,
  exportHonourAwards,
  exportDeliberationRecords,
  exportChatRecords,
];

/** Run inside the merge of two records of one activity (activities/merge.ts). */
export const whenActivitiesMerge: readonly ActivityMergeHook[] = [
  moveVolunteeringOnMerge,
  movePublicityOnMerge,
  moveTrackingLogsOnMerge,
  moveTrainingSessionsOnMerge,
];
