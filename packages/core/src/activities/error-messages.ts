import type { ErrorMessages } from '../shared/error-messages';

/** Activities: records, plans, sign-ins, photos. */
export const activityErrorMessages = {
  'activity.unknown': { status: 404, 'zh-CN': '活动不存在。', en: 'No such activity.' },
} as const satisfies ErrorMessages;
