import type { ErrorMessages } from '../shared/error-messages';

export const personErrorMessages = {
  'person.unknown': { status: 404, 'zh-CN': '居民不存在。', en: 'No such person.' },
  'person.child_phone': {
    status: 400,
    'zh-CN': '不满 14 岁的儿童不登记手机号码，请记录监护人的联系方式。',
    en: 'No phone number is kept for a child under 14; record the guardian instead.',
  },
  'person.future_birth': {
    status: 400,
    'zh-CN': '出生日期不能晚于今天。',
    en: 'The birth date cannot be in the future.',
  },
  'person.birth_mismatch': {
    status: 400,
    'zh-CN': '出生年份和出生日期不一致。',
    en: 'The birth year and the birth date disagree.',
  },
  'person.future_date': { status: 400, 'zh-CN': '日期不能晚于今天。', en: 'The date cannot be in the future.' },
  'person.place_mismatch': {
    status: 400,
    'zh-CN': '小区或院落不属于所选社区。',
    en: 'The estate or courtyard is not in the chosen community.',
  },
  'person.introducer_unknown': {
    status: 400,
    'zh-CN': '介绍人不存在，或不能是本人。',
    en: 'The introducer does not exist, or is the person themselves.',
  },
  'person.trust_unchanged': {
    status: 400,
    'zh-CN': '信任阶段没有变化。',
    en: 'The trust stage is unchanged.',
  },
  'person.trust_reason': { status: 400, 'zh-CN': '请写明调整信任阶段的理由。', en: 'Give a reason for the move.' },
  'person.guardian_required': {
    status: 400,
    'zh-CN': '不满 14 岁的儿童须由监护人同意，请填写监护人姓名和关系。',
    en: 'For a child under 14 the consent is a guardian’s: give their name and relation.',
  },
  'person.consent_unknown': { status: 404, 'zh-CN': '同意记录不存在。', en: 'No such consent record.' },
  'person.consent_withdrawn': {
    status: 409,
    'zh-CN': '这项同意已经撤回。',
    en: 'This consent has already been withdrawn.',
  },
  'person.withdraw_before_agree': {
    status: 400,
    'zh-CN': '撤回日期不能早于同意日期。',
    en: 'The withdrawal cannot predate the consent.',
  },
  'person.erased': {
    status: 409,
    'zh-CN': '这位居民的信息已删除，不能再修改。',
    en: 'This person’s data has been erased; the record can no longer be changed.',
  },
  'person.merged': {
    status: 409,
    'zh-CN': '这条记录已合并到另一位居民。',
    en: 'This record has been merged into another person.',
  },
  'person.merge_self': {
    status: 400,
    'zh-CN': '不能把一位居民合并到自己。',
    en: 'A person cannot be merged into themselves.',
  },
  'person.merge_other_street': {
    status: 400,
    'zh-CN': '只能合并同一街道的居民记录。',
    en: 'Only records in the same street can be merged.',
  },
} as const satisfies ErrorMessages;
