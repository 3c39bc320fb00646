import type { ChatCreationWay } from './groups';

/**
 * What the group page warns about before anyone reads its figures (issue 19). A warning is a code;
 * its words (with the reason) are the web's `chatTrailGroups.warning.<code>`.
 *
 * - `staff_built`: a group staff built (by_staff_on_trust) may under-represent real interaction.
 *   Seed 002 shows where the lively talk goes: teams that grow split off 核心群 and 分队小群 whose
 *   "成员只有分队几名队员，主要用来讨论", and 聊天群 beside the 工作群 — places where only members are.
 *   A group staff started is the one the team may keep for notices while discussing elsewhere.
 * - `staff_present`: staff are in the group, so what is said there is said in front of them.
 */
export type ChatTrailGroupWarning = 'staff_built' | 'staff_present';

export function chatTrailGroupWarnings(group: {
  creationWay: ChatCreationWay;
  staffIn: boolean;
}): ChatTrailGroupWarning[] {
  const warnings: ChatTrailGroupWarning[] = [];
  if (group.creationWay === 'by_staff_on_trust') warnings.push('staff_built');
  if (group.staffIn && group.creationWay !== 'by_staff_on_trust') warnings.push('staff_present');
  return warnings;
}
