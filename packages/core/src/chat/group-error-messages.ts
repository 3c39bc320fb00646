import type { ErrorMessages } from '../shared/error-messages';

/** Chat groups, agreements, senders and the topic dictionary (issue 19 part A; gathered in ../errors.ts). */
export const chatGroupErrorMessages = {
  'chat.agreement_in_force': {
    status: 409,
    'zh-CN': '这个群已经有一份有效的同意记录。要改变同意的范围，请先撤回现在的同意，再记录新的。',
    en: 'This group already has an agreement in force. To change what it covers, withdraw it first, then record the new one.',
  },
  'chat.agreement_withdrawn': {
    status: 409,
    'zh-CN': '这份同意已经撤回了。',
    en: 'This agreement has already been withdrawn.',
  },
  'chat.withdrawn_before_agreed': {
    status: 400,
    'zh-CN': '撤回的日期不能早于同意的日期（{agreedOn}）。',
    en: 'The withdrawal cannot be dated before the agreement ({agreedOn}).',
  },
  'chat.future_day': {
    status: 400,
    'zh-CN': '日期不能在今天之后。',
    en: 'The day cannot be after today.',
  },
  'chat.agreed_by_not_member': {
    status: 400,
    'zh-CN': '同意人必须是这个组织的成员。',
    en: 'The person who agreed must be a member of the organization.',
  },
  'chat.group_layer': {
    status: 400,
    'zh-CN': '分队群要选择分队；骨干管理群属于街道，不属于某个组织；其他群要属于一个组织；关闭日期不能早于建群日期。',
    en: 'A squad group names its sub-team; the activists’ management group belongs to the street, not to an organization; other groups belong to an organization; a group closes on or after the day it was set up.',
  },
  'chat.unknown_sub_team': {
    status: 400,
    'zh-CN': '这个分队不属于这个组织。',
    en: 'This sub-team is not one of the organization’s.',
  },
  'chat.match_out_of_street': {
    status: 400,
    'zh-CN': '只能匹配到本街道登记的人。',
    en: 'A sender can only be matched to a person registered in the group’s street.',
  },
  'chat.topic_word_exists': {
    status: 409,
    'zh-CN': '词典里已经有“{word}”了。',
    en: '“{word}” is already in the dictionary.',
  },
  'chat.unknown_topic_word': {
    status: 404,
    'zh-CN': '找不到这个词。',
    en: 'No such word in the dictionary.',
  },
} as const satisfies ErrorMessages;
