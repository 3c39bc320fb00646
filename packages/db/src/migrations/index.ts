import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './0001-foundation';
import * as people from './0002-people';
import * as organizationRegistry from './0003-organization-registry';
import * as communitySurvey from './0004-community-survey';
import * as surveyArchive from './0005-survey-archive';
import * as registryPeriods from './0006-registry-periods';
import * as changeDocuments from './0007-change-documents';
import * as activities from './0008-activities';
import * as activityEvidence from './0009-activity-evidence';
import * as coaching from './0010-coaching';
import * as volunteering from './0011-volunteering';
import * as publicity from './0012-publicity';
import * as signInTrust from './0013-sign-in-trust';
import * as loginThrottle from './0014-login-throttle';
import * as places from './0015-places';
import * as accountManagement from './0016-account-management';
import * as passwordResets from './0017-password-resets';
import * as filingConfirmation from './0018-filing-confirmation';
import * as occurrenceSignInCodes from './0019-occurrence-sign-in-codes';
import * as books from './0020-books';
import * as grantRounds from './0021-grant-rounds';
import * as training from './0022-training';
import * as grantProposals from './0023-grant-proposals';
import * as grantReviews from './0024-grant-reviews';
import * as grantMoney from './0025-grant-money';
import * as graduateReserve from './0026-graduate-reserve';
import * as grantProposalComments from './0027-grant-proposal-comments';
import * as activityPlanItems from './0028-activity-plan-items';
import * as proposalAdultSignature from './0029-proposal-adult-signature';
import * as grantClosingWords from './0030-grant-closing-words';
import * as grantProposalAttachments from './0031-grant-proposal-attachments';
import * as evaluation from './0032-evaluation';
import * as deliberation from './0033-deliberation';
import * as allocation from './0034-allocation';
import * as cultivationProgrammes from './0035-cultivation-programmes';
import * as meetingProgrammes from './0036-meeting-programmes';
import * as disputeMeetingLinks from './0037-dispute-meeting-links';
import * as chat from './0038-chat';
import * as chatImport from './0039-chat-import';
import * as chatGroupsUnified from './0040-chat-groups-unified';
import * as chatSenderNames from './0041-chat-sender-names';
import * as chatMessageBulkLoad from './0042-chat-message-bulk-load';
import * as chatMessageTimeKeys from './0043-chat-message-time-keys';

/** Versioned migrations, in order. Add a file and a line; never edit a migration that has shipped. */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-people': people,
  '0003-organization-registry': organizationRegistry,
  '0004-community-survey': communitySurvey,
  '0005-survey-archive': surveyArchive,
  '0006-registry-periods': registryPeriods,
  '0007-change-documents': changeDocuments,
  '0008-activities': activities,
  '0009-activity-evidence': activityEvidence,
  '0010-coaching': coaching,
  '0011-volunteering': volunteering,
  '0012-publicity': publicity,
  '0013-sign-in-trust': signInTrust,
  '0014-login-throttle': loginThrottle,
  '0015-places': places,
  '0016-account-management': accountManagement,
  '0017-password-resets': passwordResets,
  '0018-filing-confirmation': filingConfirmation,
  '0019-occurrence-sign-in-codes': occurrenceSignInCodes,
  '0020-books': books,
  '0021-grant-rounds': grantRounds,
  '0022-training': training,
  '0023-grant-proposals': grantProposals,
  '0024-grant-reviews': grantReviews,
  '0025-grant-money': grantMoney,
  '0026-graduate-reserve': graduateReserve,
  '0027-grant-proposal-comments': grantProposalComments,
  '0028-activity-plan-items': activityPlanItems,
  '0029-proposal-adult-signature': proposalAdultSignature,
  '0030-grant-closing-words': grantClosingWords,
  '0031-grant-proposal-attachments': grantProposalAttachments,
  '0032-evaluation': evaluation,
  '0033-deliberation': deliberation,
  '0034-allocation': allocation,
  '0035-cultivation-programmes': cultivationProgrammes,
  '0036-meeting-programmes': meetingProgrammes,
  '0037-dispute-meeting-links': disputeMeetingLinks,
  '0038-chat': chat,
  '0039-chat-import': chatImport,
  '0040-chat-groups-unified': chatGroupsUnified,
  '0041-chat-sender-names': chatSenderNames,
  '0042-chat-message-bulk-load': chatMessageBulkLoad,
  '0043-chat-message-time-keys': chatMessageTimeKeys,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
