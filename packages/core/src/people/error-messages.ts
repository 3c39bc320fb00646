import type { ErrorMessages } from '../shared/error-messages';

export const personErrorMessages = {
  'person.unknown': { status: 404, 'zh-CN': '居民不存在。', en: 'No such person.' },
} as const satisfies ErrorMessages;
