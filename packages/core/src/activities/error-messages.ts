import type { ErrorMessages } from '../shared/error-messages';

/** Activities: records, plans, sign-ins, photos. */
export const activityErrorMessages = {
  'activity.unknown': { status: 404, 'zh-CN': '活动不存在。', en: 'No such activity.' },
  'activity.end_before_start': {
    status: 400,
    'zh-CN': '结束时间不能早于开始时间。',
    en: 'The end cannot be before the start.',
  },
  'activity.no_organizer': {
    status: 400,
    'zh-CN': '请至少选择一个组织活动的自组织。',
    en: 'Choose at least one organization that organized the activity.',
  },
  'activity.community_required': {
    status: 400,
    'zh-CN': '孵化器或居委会自己举办的活动，请选择所在社区。',
    en: 'An activity run by the incubator or the committee needs its community.',
  },
  'activity.plan_item_required': {
    status: 400,
    'zh-CN': '计划内的活动请选择对应的计划项目。',
    en: 'An activity inside the project plan needs its plan item.',
  },
  // 计划内 links to a plan item (grant_plan_items): only an approved proposal's, of a team that ran it.
  'activity.plan_item_unknown': {
    status: 400,
    'zh-CN': '找不到这个计划项目，请重新选一次。',
    en: 'This plan item cannot be found. Please choose it again.',
  },
  'activity.plan_item_not_approved': {
    status: 400,
    'zh-CN': '这个计划项目所在的提案还没有获批，活动暂时不能算作计划内。',
    en: 'The proposal this plan item belongs to has not been approved, so the activity cannot count as planned yet.',
  },
  'activity.plan_item_other_team': {
    status: 400,
    'zh-CN': '这个计划项目属于别的团队的提案，请选本团队的计划项目。',
    en: 'This plan item belongs to another team’s proposal. Please choose one of your own team’s plan items.',
  },
  'activity.plan_item_removed': {
    status: 400,
    'zh-CN': '这个计划项目已从提案中删去，不能再关联新的活动。',
    en: 'This plan item was removed from its proposal, so no new activity can be linked to it.',
  },
  'activity.other_street': {
    status: 400,
    'zh-CN': '活动的社区和地点必须在组织所在的街道内。',
    en: "The activity's community and place must be in its organization's street.",
  },
  'activity.unknown_place': {
    status: 400,
    'zh-CN': '活动地点不存在，请重新选择。',
    en: 'The chosen place does not exist.',
  },
  'activity.participant_not_member': {
    status: 400,
    'zh-CN': '参加者 {personId} 不是组织活动的自组织的成员，请作为来宾填写姓名。',
    en: 'Participant {personId} is not a member of an organizing organization; add them as a guest by name.',
  },
  'activity.idempotency_key_required': {
    status: 400,
    'zh-CN': '提交缺少防重复标识（Idempotency-Key，8–100 个字符）。',
    en: 'The submission needs an Idempotency-Key header of 8–100 characters.',
  },
  'activity.idempotency_conflict': {
    status: 409,
    'zh-CN': '这个提交标识已用于另一份不同的活动记录。',
    en: 'This idempotency key was already used for a different activity record.',
  },
  /** Sent as a warning with a saved record (see figures.ts headCountWarnings), not as an error answer. */
  'activity.head_count_below_signed_in': {
    status: 400,
    'zh-CN': '填写的人数（{headCount}）少于实际签到和登记的人数（{attendance}），请核对。',
    en: 'The head count ({headCount}) is below the number of people signed in or listed ({attendance}); please check.',
  },
  'activity.child_phone': {
    status: 400,
    'zh-CN': '儿童签到不填写手机号码。',
    en: 'A child signs in without a phone number.',
  },
  'activity.guardian_consent_required': {
    status: 400,
    'zh-CN': '儿童签到需要监护人勾选同意。',
    en: "A child signs in with a guardian's consent.",
  },
  'activity.consent_required': {
    status: 400,
    'zh-CN': '请先阅读说明，勾选“同意”后再签到。不同意也没关系，可以在纸质签到表上签名。',
    en: 'Please read the notice and tick “I agree” to sign in. If you prefer not to, sign the paper sheet instead.',
  },
  'activity.sign_in_full': {
    status: 409,
    'zh-CN':
      '这个活动的自助签到人数已经远超登记的活动人数，暂停自助签到。请在纸质签到表上签名，或请组织者核对活动人数。',
    en: 'Far more people have signed in than this activity expects, so self sign-in is paused. Please sign the paper sheet, or ask the organizer to check the head count.',
  },
  'activity.sign_in_closed': {
    status: 400,
    'zh-CN': '这个活动的签到已经结束。',
    en: 'Sign-in for this activity has closed.',
  },
  'activity.unknown_plan': { status: 404, 'zh-CN': '活动预告不存在。', en: 'No such planned activity.' },
  'activity.sign_in_not_open': {
    status: 400,
    'zh-CN': '签到还没开始：活动开始前一小时起可以扫码签到。',
    en: 'Sign-in has not opened yet: it opens an hour before the activity starts.',
  },
  'activity.not_an_occurrence': {
    status: 400,
    'zh-CN': '这一天没有这个预告的活动。',
    en: 'The planned activity does not take place on that date.',
  },
  'activity.not_on_planned_date': {
    status: 400,
    'zh-CN': '活动日期和预告的日期不一样：请改回预告那天，或从“记录活动”另记一次。',
    en: 'The date differs from the planned date: change it back, or record it separately with “Record an activity”.',
  },
  'activity.not_the_plans_team': {
    status: 400,
    'zh-CN': '这个预告属于另一个自组织。',
    en: 'This planned activity belongs to another organization.',
  },
  'activity.range_too_long': {
    status: 400,
    'zh-CN': '查询的日期范围太长（最多 {days} 天）。',
    en: 'The date range is too long (at most {days} days).',
  },
  'activity.filter_required': {
    status: 400,
    'zh-CN': '请选择一个自组织或社区。',
    en: 'Choose an organization or a community.',
  },
} as const satisfies ErrorMessages;
