import type { ErrorMessages } from '../shared/error-messages';

/** The chat trail's read side (issue 19 views): a period a figure cannot be read for. */
export const chatViewErrorMessages = {
  'chat.period_reversed': {
    status: 400,
    'zh-CN': '结束日期不能早于开始日期。',
    en: 'The period ends before it starts.',
  },
  'chat.period_too_long': {
    status: 400,
    'zh-CN': '查询的日期范围太长（最多 {days} 天）。',
    en: 'The period is too long (at most {days} days).',
  },
} as const satisfies ErrorMessages;
