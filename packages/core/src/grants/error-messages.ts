import type { ErrorMessages } from '../shared/error-messages';

/** Micro-grant rounds (微公益创投 轮次) and their objections: errors a user can meet (merged into ../errors.ts). */
export const grantErrorMessages = {
  'grants.round_unknown': { status: 404, 'zh-CN': '没有这个创投轮次。', en: 'No such grant round.' },
  'grants.direction_unknown': { status: 404, 'zh-CN': '没有这个资助方向。', en: 'No such funding direction.' },
  'grants.objection_unknown': { status: 404, 'zh-CN': '没有这条异议。', en: 'No such objection.' },
  'grants.direction_duplicate': {
    status: 409,
    'zh-CN': '已经有同名的资助方向。',
    en: 'A funding direction of that name exists already.',
  },
  'grants.weights_not_100': {
    status: 400,
    'zh-CN': '评审标准的权重加起来必须正好是 100%，现在是 {sum}%。',
    en: 'The rubric weights must add up to exactly 100%; they add up to {sum}%.',
  },
  'grants.cap_over_total': {
    status: 400,
    'zh-CN': '单个提案的资助上限不能超过本轮总预算。',
    en: 'The per-proposal cap cannot exceed the round’s total budget.',
  },
  'grants.reserve_over_total': {
    status: 400,
    'zh-CN': '留给培训毕业学员的资金不能超过本轮总预算。',
    en: 'The money reserved for graduates cannot exceed the round’s total budget.',
  },
  'grants.period_reversed': {
    status: 400,
    'zh-CN': '轮次的结束日期不能早于开始日期。',
    en: 'The round cannot end before it starts.',
  },
  'grants.duration_reversed': {
    status: 400,
    'zh-CN': '项目周期的最长月数不能少于最短月数。',
    en: 'The longest project duration cannot be shorter than the shortest.',
  },
  'grants.step_reversed': {
    status: 400,
    'zh-CN': '“{step}”的结束日期早于开始日期。',
    en: '“{step}” ends before it starts.',
  },
  'grants.step_outside_period': {
    status: 400,
    'zh-CN': '“{step}”的日期超出了本轮的起止日期。',
    en: '“{step}” falls outside the round’s dates.',
  },
  'grants.steps_out_of_order': {
    status: 400,
    'zh-CN': '“{step}”开始于上一步结束之前，步骤要按先后排列。',
    en: '“{step}” starts before the previous step ends; steps must be in order.',
  },
  'grants.one_public_notice': {
    status: 400,
    'zh-CN': '一个轮次只能有一个公示步骤。',
    en: 'A round has one public-notice step at most.',
  },
  'grants.duplicate_key': {
    status: 400,
    'zh-CN': '同一列表里有重复的编号。',
    en: 'Two items of one list share a key.',
  },
  'grants.rule_without_check': {
    status: 400,
    'zh-CN': '由系统核对的资格条件必须说明核对什么。',
    en: 'A rule the system checks must say which check.',
  },
  'grants.target_outside_street': {
    status: 400,
    'zh-CN': '目标社区或小区必须属于本轮所在的街道。',
    en: 'Target communities and estates must belong to the round’s street.',
  },
  'grants.not_draft': {
    status: 409,
    'zh-CN': '轮次已经发布，不能再修改规则；日期可以在“调整步骤”里改。',
    en: 'The round is published and its rules can no longer change; dates can still be moved under “Edit steps”.',
  },
  'grants.already_published': { status: 409, 'zh-CN': '这个轮次已经发布了。', en: 'This round is published already.' },
  'grants.not_published': {
    status: 404,
    'zh-CN': '这个创投轮次还没有公开。',
    en: 'This grant round is not public yet.',
  },
  'grants.objection_closed': {
    status: 409,
    'zh-CN': '现在不在公示期内，不能提出异议。公示期内可以再来。',
    en: 'The public-notice period is not open, so objections cannot be raised now. Come back during the notice period.',
  },
  'grants.objection_consent_required': {
    status: 400,
    'zh-CN': '留下姓名或电话时，请先勾选同意。也可以不留姓名和电话。',
    en: 'To leave a name or phone, please tick the consent box first. You may also leave neither.',
  },
  'grants.objection_answered': {
    status: 409,
    'zh-CN': '这条异议已经答复过了。',
    en: 'This objection has been answered already.',
  },
} as const satisfies ErrorMessages;
