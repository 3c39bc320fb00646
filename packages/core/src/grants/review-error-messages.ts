import type { ErrorMessages } from '../shared/error-messages';

/** Review, dialogue and selection of proposals: errors a user can meet (merged into ../errors.ts). */
export const grantReviewErrorMessages = {
  'grants.review_score_over_max': {
    status: 400,
    'zh-CN': '“{criterion}”最多 {max} 分。',
    en: '“{criterion}” is scored out of {max} at most.',
  },
  'grants.review_score_missing': {
    status: 400,
    'zh-CN': '还没有给“{criterion}”打分。',
    en: '“{criterion}” has no score yet.',
  },
  'grants.review_criterion_unknown': {
    status: 400,
    'zh-CN': '本轮的评审标准里没有“{criterion}”，或者打了两次分。',
    en: 'The round’s rubric has no “{criterion}”, or it was scored twice.',
  },
  'grants.dimension_weights_not_100': {
    status: 400,
    'zh-CN': '评审打分和展示评审的权重加起来必须正好是 100%，现在是 {sum}%。',
    en: 'The review and presentation weights must add up to exactly 100%; they add up to {sum}%.',
  },
  'grants.conflict_own_organization': {
    status: 409,
    'zh-CN': '这是评审人自己所在团队的提案，不能分配给他评审。',
    en: 'This proposal is from the reviewer’s own team, so it cannot be assigned to them.',
  },
  'grants.conflict_member': {
    status: 409,
    'zh-CN': '评审人是提案团队的成员，不能评审这个提案。',
    en: 'The reviewer is a member of the proposing team and cannot review this proposal.',
  },
  'grants.conflict_declared': {
    status: 409,
    'zh-CN': '评审人申报过与这个团队或其中的人有利益关系（例如亲属），不能评审这个提案。',
    en: 'The reviewer declared a conflict with this team or someone on it (a relative, say) and cannot review it.',
  },
  'grants.conflict_target_missing': {
    status: 400,
    'zh-CN': '请说明与哪个团队或哪个人有利益关系。',
    en: 'Please say which team or which person the conflict is with.',
  },
  'grants.approved_amount_required': {
    status: 400,
    'zh-CN': '批准时要写资助金额。',
    en: 'An approval needs an amount.',
  },
  'grants.approved_over_requested': {
    status: 400,
    'zh-CN': '批准的金额不能超过提案申请的金额。',
    en: 'The approved amount cannot exceed what the proposal asks for.',
  },
  'grants.reduction_reason_required': {
    status: 400,
    'zh-CN': '批准的金额少于申请金额时，请写明原因，团队会看到。',
    en: 'When approving less than asked, please give the reason; the team will see it.',
  },
  'grants.amount_only_when_approved': {
    status: 400,
    'zh-CN': '只有批准时才填写金额。',
    en: 'An amount is given only with an approval.',
  },
  'grants.determination_reason_required': {
    status: 400,
    'zh-CN': '请写明原因或需要补充什么，团队会看到。',
    en: 'Please give the reason, or what is needed; the team will see it.',
  },
  'grants.reviewer_unknown': { status: 404, 'zh-CN': '本轮没有这位评审人。', en: 'No such reviewer in this round.' },
  'grants.assignment_unknown': { status: 404, 'zh-CN': '没有这项评审任务。', en: 'No such review assignment.' },
  'grants.dialogue_unknown': { status: 404, 'zh-CN': '没有这条对话会记录。', en: 'No such dialogue-meeting record.' },
  'grants.reviewer_not_eligible': {
    status: 400,
    'zh-CN': '评审人要用评审专家或社区干部的账号，而且账号的范围要包括本轮所在的街道。',
    en: 'A reviewer needs an expert-reviewer or community-official account whose scope reaches the round’s street.',
  },
  'grants.reviewer_out_of_reach': {
    status: 400,
    'zh-CN': '这位社区干部只能评审本社区团队的提案。',
    en: 'A community official reviews only the proposals of teams in their own community.',
  },
  'grants.reviewer_duplicate': {
    status: 409,
    'zh-CN': '这位评审人已经在本轮里了。',
    en: 'This reviewer is in the round already.',
  },
  'grants.assignment_duplicate': {
    status: 409,
    'zh-CN': '这个提案已经分配给这位评审人了。',
    en: 'This proposal is assigned to this reviewer already.',
  },
  'grants.proposal_other_round': {
    status: 400,
    'zh-CN': '这个提案不属于本轮。',
    en: 'This proposal does not belong to this round.',
  },
  'grants.proposal_not_submitted': {
    status: 409,
    'zh-CN': '提案还没有提交（或已经撤回），现在不能评审或决定。',
    en: 'The proposal is not submitted (or was withdrawn), so it cannot be reviewed or decided now.',
  },
  'grants.not_your_review': {
    status: 403,
    'zh-CN': '这项评审任务不是分配给你的。',
    en: 'This review is not assigned to you.',
  },
  'grants.reviews_released': {
    status: 409,
    'zh-CN': '本轮的评分已经公布给团队，不能再修改。',
    en: 'The round’s scores have been released to the teams and can no longer change.',
  },
  'grants.scores_not_released': {
    status: 403,
    'zh-CN': '评分还没有公布，公布后团队就能看到。',
    en: 'The scores are not released yet; the team will see them once they are.',
  },
  'grants.eligibility_rule_unknown': {
    status: 400,
    'zh-CN': '本轮没有这条需要人工确认的资格条件。',
    en: 'The round has no such rule for a person to confirm.',
  },
  'grants.over_round_budget': {
    status: 409,
    'zh-CN': '批准这个金额会超出本轮总预算，本轮还剩 ¥{left}。',
    en: 'Approving this amount would exceed the round’s budget; ¥{left} is left.',
  },
} as const satisfies ErrorMessages;
