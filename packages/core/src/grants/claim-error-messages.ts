import type { ErrorMessages } from '../shared/error-messages';

/**
 * A grant's money — agreements, tranches, reimbursement claims, the ledger and closing (issue 17):
 * errors a user can meet (merged into ../errors.ts). `{…Fen}` params are fen; pages format them.
 */
export const grantMoneyErrorMessages = {
  'grants.agreement_unknown': { status: 404, 'zh-CN': '没有这份资助协议。', en: 'No such grant agreement.' },
  'grants.claim_unknown': { status: 404, 'zh-CN': '没有这笔报销。', en: 'No such reimbursement claim.' },
  'grants.claim_session_unknown': { status: 404, 'zh-CN': '没有这次报销会。', en: 'No such reimbursement session.' },
  'grants.tranche_unknown': { status: 404, 'zh-CN': '没有这笔拨款。', en: 'No such tranche.' },
  'grants.not_approved': {
    status: 409,
    'zh-CN': '这个提案还没有获批立项，不能签协议。',
    en: 'This proposal has not been approved, so there is no agreement to make.',
  },
  'grants.agreement_exists': {
    status: 409,
    'zh-CN': '这个提案已经有资助协议了。',
    en: 'This proposal has a grant agreement already.',
  },
  'grants.agreement_lines_not_approved': {
    status: 400,
    'zh-CN': '预算各项加起来是 {totalFen} 分，要正好等于批准的 {approvedFen} 分。',
    en: 'The budget lines add up to {totalFen} fen; they must equal the approved {approvedFen} fen exactly.',
  },
  'grants.agreement_period_reversed': {
    status: 400,
    'zh-CN': '协议的结束日期不能早于开始日期。',
    en: 'The agreement cannot end before it starts.',
  },
  'grants.grant_closed': {
    status: 409,
    'zh-CN': '这个项目已经结项，不能再报销或拨款。',
    en: 'This grant is closed; no more claims or tranches.',
  },
  'grants.budget_line_unknown': {
    status: 400,
    'zh-CN': '协议的预算里没有“{line}”这一项。',
    en: 'The agreement’s budget has no line “{line}”.',
  },
  'grants.claim_over_cap': {
    status: 409,
    'zh-CN': '这笔报销会超过项目的资助总额，最多还能报 {leftFen} 分。',
    en: 'This claim would take the grant over its total; at most {leftFen} fen is left.',
  },
  'grants.claim_beyond_tolerance': {
    status: 409,
    'zh-CN': '“{line}”这一项超出预算太多（最多可调剂 {tolerancePercent}%），还能报 {leftFen} 分。',
    en: '“{line}” would run over its budget by more than the {tolerancePercent}% allowed; {leftFen} fen is left on it.',
  },
  'grants.tranche_over_cap': {
    status: 409,
    'zh-CN': '拨款会超过项目的资助总额，最多还能拨 {leftFen} 分。',
    en: 'The tranche would take the grant over its total; at most {leftFen} fen can still be paid.',
  },
  'grants.tranche_already_paid': {
    status: 409,
    'zh-CN': '这笔拨款已经付过了。',
    en: 'This tranche has been paid already.',
  },
  'grants.paid_in_future': {
    status: 400,
    'zh-CN': '付款日期不能晚于今天。',
    en: 'The payment date cannot be later than today.',
  },
  'grants.claims_unpaid': {
    status: 409,
    'zh-CN': '还有 {count} 笔报销没有办完（付款或不予报销），办完才能结项。',
    en: '{count} claims are still open (to be paid or declined); settle them before closing.',
  },
  'grants.closing_words_missing': {
    status: 409,
    'zh-CN': '团队还没有写结项总结，请团队先写好再结项。',
    en: 'The team has not written its closing words yet; it writes them before the grant is closed.',
  },
  'grants.closing_words_closed': {
    status: 409,
    'zh-CN': '这个项目已经结项，结项总结不能再改了。',
    en: 'This grant is closed; its closing words can no longer change.',
  },
  'grants.claim_move_forbidden': {
    status: 403,
    'zh-CN': '您的账号不能做这一步。',
    en: 'Your account cannot take this step.',
  },
  'grants.claim_wrong_state': {
    status: 409,
    'zh-CN': '这笔报销现在的状态不能做这一步，请刷新后再看。',
    en: 'This claim is not in a state that allows this step; please reload.',
  },
  'grants.claim_own': {
    status: 403,
    'zh-CN': '自己提交的报销不能自己审核或审批。',
    en: 'Nobody checks or approves a claim they submitted themselves.',
  },
  'grants.claim_checker_approves': {
    status: 403,
    'zh-CN': '审核过这笔报销的人不能再审批它，请另一位同事审批。',
    en: 'The person who checked this claim cannot also approve it; another colleague must approve.',
  },
  'grants.claim_already_approved': {
    status: 409,
    'zh-CN': '这笔报销已经审批过了，不会重复付款。',
    en: 'This claim has been approved already; it will not be paid twice.',
  },
  'grants.claim_already_paid': {
    status: 409,
    'zh-CN': '这笔报销已经付过款了。',
    en: 'This claim has been paid already.',
  },
} as const satisfies ErrorMessages;
