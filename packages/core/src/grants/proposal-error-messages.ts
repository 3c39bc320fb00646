import type { ErrorMessages } from '../shared/error-messages';

/** Proposals to a grant round: errors a team or staff can meet (merged into ../errors.ts). */
export const proposalErrorMessages = {
  'grants.proposal_unknown': { status: 404, 'zh-CN': '没有这份提案。', en: 'No such proposal.' },
  'grants.proposal_version_unknown': {
    status: 404,
    'zh-CN': '这份提案没有这一稿。',
    en: 'This proposal has no such version.',
  },
  'grants.proposal_over_cap': {
    status: 400,
    'zh-CN': '预算合计 {requested}，超过了本轮每个提案的上限 {cap}。请减少几项预算。',
    en: 'The budget adds up to {requested}, over this round’s cap of {cap} per proposal. Please reduce some lines.',
  },
  'grants.proposal_no_budget': {
    status: 400,
    'zh-CN': '提交前请至少写一项预算。',
    en: 'Please add at least one budget line before submitting.',
  },
  'grants.proposal_months_outside': {
    status: 400,
    'zh-CN': '项目要做几个月？本轮要求 {min} 到 {max} 个月。',
    en: 'How many months will the project run? This round asks for {min} to {max} months.',
  },
  'grants.proposal_negative_list': {
    status: 400,
    'zh-CN': '有预算项属于本轮不能资助的开支（{label}：“{keyword}”）。请改掉或删去这一项再提交。',
    en: 'A budget line is spending this round cannot fund ({label}: “{keyword}”). Please change or remove it before submitting.',
  },
  'grants.proposal_stale_version': {
    status: 409,
    'zh-CN': '这份提案在别处已经改过了（现在是第 {current} 稿）。请先看看最新的一稿再改。',
    en: 'This proposal was changed elsewhere (it is now version {current}). Please look at the latest version before editing.',
  },
  'grants.proposal_not_editable': {
    status: 409,
    'zh-CN': '这份提案已经撤回或已有评审结论，不能再修改。',
    en: 'This proposal was withdrawn or has been decided, so it can no longer be changed.',
  },
  'grants.proposal_already_submitted': {
    status: 409,
    'zh-CN': '这份提案已经提交了。',
    en: 'This proposal has been submitted already.',
  },
  'grants.proposal_not_submitted': {
    status: 409,
    'zh-CN': '这份提案还没有提交。',
    en: 'This proposal has not been submitted.',
  },
  'grants.proposal_round_not_open': {
    status: 409,
    'zh-CN': '这个创投轮次还没有发布，或者已经结束，现在不收提案。',
    en: 'This grant round is not published or has ended, so it takes no proposals now.',
  },
  'grants.proposal_outside_target': {
    status: 400,
    'zh-CN': '这个轮次不面向本团队所在的社区。',
    en: 'This round does not target the team’s community.',
  },
  'grants.proposal_person_not_member': {
    status: 400,
    'zh-CN': '团队分工里有人不是本团队的成员，请先把他加为成员。',
    en: 'Someone in the team roles is not a member of the team; please add them as a member first.',
  },
  'grants.proposal_need_unknown': {
    status: 400,
    'zh-CN': '没有这条社区需求，或者它不属于本团队所在的社区。',
    en: 'No such community need, or it belongs to another community.',
  },
  'grants.comment_unknown': { status: 404, 'zh-CN': '没有这条意见。', en: 'No such comment.' },
  'grants.comment_answered': {
    status: 409,
    'zh-CN': '这条意见已经回复过了。',
    en: 'This comment has been answered already.',
  },
  'grants.proposal_withdrawn': {
    status: 409,
    'zh-CN': '这份提案已经撤回了。',
    en: 'This proposal has been withdrawn.',
  },
  'grants.proposal_adult_signature_required': {
    status: 409,
    'zh-CN': '儿童议事会的提案要先请负责的成年人签字，才能提交。',
    en: 'A children’s council’s proposal must be signed by its accountable adult before it is submitted.',
  },
  'grants.proposal_no_accountable_adult': {
    status: 409,
    'zh-CN': '这个团队没有登记负责的成年人，不需要成年人签字。',
    en: 'This team has no accountable adult on record, so no adult signature is needed.',
  },
  // A proposal's attachments 附件 (proposal-attachment-schemas.ts).
  'grants.attachment_unknown': { status: 404, 'zh-CN': '没有这个附件。', en: 'No such attachment.' },
  'grants.attachment_not_supported': {
    status: 415,
    'zh-CN': '附件只能是照片（JPEG、PNG、WebP）或 PDF。',
    en: 'An attachment must be a photo (JPEG, PNG, WebP) or a PDF.',
  },
  'grants.attachment_too_large': {
    status: 413,
    'zh-CN': '附件不能超过 {megabytes} MB。',
    en: 'An attachment may be at most {megabytes} MB.',
  },
  'grants.attachment_missing': {
    status: 404,
    'zh-CN': '这个附件的文件找不到了，请重新上传。',
    en: 'This attachment’s file is missing; please upload it again.',
  },
} as const satisfies ErrorMessages;
