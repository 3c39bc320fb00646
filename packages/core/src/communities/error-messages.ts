import type { ErrorMessages } from '../shared/error-messages';

export const communityErrorMessages = {
  'community.unknown': { status: 404, 'zh-CN': '社区不存在。', en: 'No such community.' },
} as const satisfies ErrorMessages;
