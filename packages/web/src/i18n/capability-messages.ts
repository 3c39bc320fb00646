import type { i18n as I18n } from 'i18next';

/**
 * Each capability's Chinese strings load with the pages that use them, not with the app: a leader
 * opening the activity form on a weak network fetches the form's words, not the coaching screens'
 * (the bundle budget, tests/build/bundle-budget.test.ts). Pages say which capabilities they need
 * (shared/lazy-page.ts); by default, all. tests/build/message-groups.test.ts checks the built
 * chunks against what they declare.
 */
const zhLoaders = {
  accounts: () => import('../accounts/messages').then((m) => m.accountsMessagesZh),
  people: () => import('../people/messages').then((m) => m.peopleMessagesZh),
  communities: () => import('../communities/messages').then((m) => m.surveyMessagesZh),
  organizations: () => import('../organizations/messages').then((m) => m.registryMessagesZh),
  activities: () => import('../activities/messages').then((m) => m.activityMessagesZh),
  tracking: () => import('../tracking/messages').then((m) => m.trackingMessagesZh),
  coaching: () => import('../coaching/messages').then((m) => m.coachingMessagesZh),
  volunteering: () => import('../volunteering/messages').then((m) => m.volunteeringMessagesZh),
  publicity: () => import('../publicity/messages').then((m) => m.publicityMessagesZh),
  documents: () => import('../documents/messages').then((m) => m.documentsMessagesZh),
  grants: () => import('../grants/messages').then((m) => m.grantsMessagesZh),
  grantReviews: () => import('../grants/review-messages').then((m) => m.grantReviewMessagesZh),
  training: () => import('../training/messages').then((m) => m.trainingMessagesZh),
  passwords: () => import('../accounts/password-messages').then((m) => m.passwordMessagesZh),
  books: () => import('../books/messages').then((m) => m.booksMessagesZh),
  chat: () => import('../chat/messages').then((m) => m.chatMessagesZh),
  deliberation: () => import('../deliberation/messages').then((m) => m.deliberationMessagesZh),
  proposals: () => import('../grants/proposal-messages').then((m) => m.proposalMessagesZh),
  allocation: () => import('../allocation/messages').then((m) => m.allocationMessagesZh),
  evaluation: () => import('../evaluation/messages').then((m) => m.evaluationMessagesZh),
  chatImport: () => import('../chat/import-messages').then((m) => m.chatImportMessagesZh),
  chatGroups: () => import('../chat/group-form-messages').then((m) => m.chatGroupsMessagesZh),
  chatTopicWords: () => import('../chat/topic-words-messages').then((m) => m.chatTopicWordsMessagesZh),
  chatRoster: () => import('../chat/roster-messages').then((m) => m.chatRosterMessagesZh),
} satisfies Record<string, () => Promise<object>>;

/** A capability's message group: the first part of its keys (`coaching.workload.title`). */
export type MessageGroup = keyof typeof zhLoaders;
export const allMessageGroups = Object.keys(zhLoaders) as MessageGroup[];

const loading = new Map<MessageGroup, Promise<void>>();

/**
 * Adds the Chinese strings of `groups` to `i18n` (once each). Chinese is also the fallback of
 * every other language, so they are fetched whatever the language on screen.
 */
export function loadMessageGroups(i18n: I18n, groups: readonly MessageGroup[] = allMessageGroups): Promise<void> {
  return Promise.all(
    groups.map((group) => {
      let pending = loading.get(group);
      if (!pending) {
        pending = zhLoaders[group]().then((messages) => {
          i18n.addResourceBundle('zh-CN', 'translation', messages, true, false);
        });
        // A failed fetch (offline) may be tried again by the next page.
        pending.catch(() => loading.delete(group));
        loading.set(group, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}
