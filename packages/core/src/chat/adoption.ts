import type { ActivityCorroboration, CorroborationActivity } from './corroboration';

/**
 * The adoption step suggested from the trail 建群阶段建议 (issue 19). Seed 002: building a group "并不是一蹴
 * 而就的", it passes at least five steps over about six months:
 *   1 the organization does not know what a WeChat group is 不知道什么是微信群;
 *   2 its members begin to understand groups 成员开始了解微信群;
 *   3 the organization builds its group 建立微信群;
 *   4 its leader starts posting in the group 能人开始使用微信在群里发布消息;
 *   5 the group becomes part of its work 将微信群变为工作的一部分 — activity photos and reports are posted
 *     in it (seed 002's online tracking: up to five photos and a short record of each activity).
 * Steps 1 and 2 leave no trail, so the trail suggests 3, 4 or 5, and staff confirm (chat_groups.adoption_step).
 *
 * Rules, over the period the caller passes (the last `adoptionSettings.weeks` weeks, 8 by default):
 * - **3** whenever a group with an imported trail exists (even one nobody writes in);
 * - **4** when the organization's leaders (the senders matched to its leader or deputy) posted in at least
 *   `leaderWeeks` (3) different weeks of the period;
 * - **5** when, besides step 4, at least `reportedActivities` (2) of the organization's held activities in
 *   the period, and at least half of those covered by the trail, are `corroborated` (photos and messages
 *   about them in the group, see corroboration.ts).
 * The evidence comes back with the suggestion so staff see why; a suggestion below the confirmed step is
 * shown as such (a group that went quiet), never applied by itself.
 */
export interface AdoptionSettings {
  weeks: number;
  leaderWeeks: number;
  reportedActivities: number;
}
export const adoptionSettings: AdoptionSettings = { weeks: 8, leaderWeeks: 3, reportedActivities: 2 };

export interface AdoptionWeek {
  messages: number;
  /** messages sent by the organization's leaders (matched senders) that week */
  leaderMessages: number;
}

export interface AdoptionInput {
  /** the period's weeks, oldest first (the last `weeks` are used) */
  weeks: readonly AdoptionWeek[];
  /** the organization's activities in the period, with their corroboration */
  activities: readonly (Pick<CorroborationActivity, 'status'> & Pick<ActivityCorroboration, 'mark'>)[];
  /** the step staff confirmed, if any */
  confirmedStep: number | null;
}

export interface AdoptionSuggestion {
  step: 3 | 4 | 5;
  evidence: {
    weeks: number;
    messages: number;
    weeksWithLeaderPosts: number;
    leaderMessages: number;
    /** held activities in the period that the trail covers */
    heldActivities: number;
    corroboratedActivities: number;
  };
  /** the suggestion differs from the confirmed step (null when none is confirmed) */
  differsFromConfirmed: boolean | null;
}

export function suggestAdoptionStep(
  input: AdoptionInput,
  settings: AdoptionSettings = adoptionSettings,
): AdoptionSuggestion {
  const weeks = input.weeks.slice(-settings.weeks);
  const messages = weeks.reduce((sum, week) => sum + week.messages, 0);
  const leaderMessages = weeks.reduce((sum, week) => sum + week.leaderMessages, 0);
  const weeksWithLeaderPosts = weeks.filter((week) => week.leaderMessages > 0).length;
  const held = input.activities.filter((activity) => activity.status === 'held' && activity.mark !== 'not_covered');
  const corroborated = held.filter((activity) => activity.mark === 'corroborated').length;
  const leaderPosts = weeksWithLeaderPosts >= settings.leaderWeeks;
  const reports = corroborated >= settings.reportedActivities && corroborated * 2 >= held.length;
  const step = leaderPosts ? (reports ? 5 : 4) : 3;
  return {
    step,
    evidence: {
      weeks: weeks.length,
      messages,
      weeksWithLeaderPosts,
      leaderMessages,
      heldActivities: held.length,
      corroboratedActivities: corroborated,
    },
    differsFromConfirmed: input.confirmedStep === null ? null : input.confirmedStep !== step,
  };
}
