import type { ErrorMessages } from '../shared/error-messages';

export const organizationErrorMessages = {
  'organization.unknown': { status: 404, 'zh-CN': '自组织不存在。', en: 'No such organization.' },
  'organization.future_founding': {
    status: 400,
    'zh-CN': '成立日期不能晚于今天。',
    en: 'The founding date cannot be in the future.',
  },
  'organization.home_not_served': {
    status: 400,
    'zh-CN': '服务社区必须包含所在社区。',
    en: 'The communities served must include the home community.',
  },
} as const satisfies ErrorMessages;
