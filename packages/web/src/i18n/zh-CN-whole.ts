import { accountsMessagesZh } from '../accounts/messages';
import { passwordMessagesZh } from '../accounts/password-messages';
import { activityMessagesZh } from '../activities/messages';
import { allocationMessagesZh } from '../allocation/messages';
import { booksMessagesZh } from '../books/messages';
import { chatGroupsMessagesZh } from '../chat/group-form-messages';
import { chatImportMessagesZh } from '../chat/import-messages';
import { chatMessagesZh } from '../chat/messages';
import { chatRosterMessagesZh } from '../chat/roster-messages';
import { chatTopicWordsMessagesZh } from '../chat/topic-words-messages';
import { coachingMessagesZh } from '../coaching/messages';
import { surveyMessagesZh } from '../communities/messages';
import { deliberationMessagesZh } from '../deliberation/messages';
import { documentsMessagesZh } from '../documents/messages';
import { evaluationMessagesZh } from '../evaluation/messages';
import { grantsMessagesZh } from '../grants/messages';
import { proposalMessagesZh } from '../grants/proposal-messages';
import { grantReviewMessagesZh } from '../grants/review-messages';
import { registryMessagesZh } from '../organizations/messages';
import { peopleMessagesZh } from '../people/messages';
import { publicityMessagesZh } from '../publicity/messages';
import { trackingMessagesZh } from '../tracking/messages';
import { trainingMessagesZh } from '../training/messages';
import { volunteeringMessagesZh } from '../volunteering/messages';
import { type Catalogue, zhBase } from './zh-CN';

/**
 * The whole Chinese catalogue, as the app has it once every capability's group is loaded. For the
 * tests that compare catalogues and read the built chunks; the app never imports it (it loads the
 * groups with the pages: capability-messages.ts).
 */
export const zhWhole: Catalogue = {
  ...zhBase,
  ...accountsMessagesZh,
  ...peopleMessagesZh,
  ...surveyMessagesZh,
  ...registryMessagesZh,
  ...activityMessagesZh,
  ...trackingMessagesZh,
  ...coachingMessagesZh,
  ...volunteeringMessagesZh,
  ...booksMessagesZh,
  ...chatMessagesZh,
  ...chatImportMessagesZh,
  ...chatGroupsMessagesZh,
  ...chatTopicWordsMessagesZh,
  ...chatRosterMessagesZh,
  ...allocationMessagesZh,
  ...deliberationMessagesZh,
  ...publicityMessagesZh,
  ...documentsMessagesZh,
  ...grantsMessagesZh,
  ...grantReviewMessagesZh,
  ...proposalMessagesZh,
  ...evaluationMessagesZh,
  ...passwordMessagesZh,
  ...trainingMessagesZh,
};
