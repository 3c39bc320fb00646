import type { ErrorMessages } from '../shared/error-messages';

/** Account management (issue 15): granting roles, and deactivating and reactivating accounts. */
export const accountManageErrorMessages = {
  'account.grant_forbidden': {
    status: 403,
    'zh-CN':
      '您不能授予这个角色或这个范围的账户：社工只能在自己的街道内邀请助理、居委会、街道、资助方、专家、队长和队员。',
    en: 'You cannot grant this role or scope: staff invite assistants, officials, funders, experts, leaders and members within their own street only.',
  },
  'account.scope_invalid': {
    status: 400,
    'zh-CN': '这个角色需要相应的范围：队长和队员选组织，居委会选社区，街道选街道。',
    en: 'This role needs a matching scope: an organization for leaders and members, a community for a residents’ committee, a street for a street office.',
  },
  'account.unknown': { status: 404, 'zh-CN': '账户不存在。', en: 'No such account.' },
  'account.deactivated': {
    status: 403,
    'zh-CN': '这个账户已停用，请联系社工。',
    en: 'This account has been deactivated; please contact your social worker.',
  },
  'account.deactivate_self': {
    status: 400,
    'zh-CN': '不能停用自己的账户。',
    en: 'You cannot deactivate your own account.',
  },
  'account.last_admin': {
    status: 409,
    'zh-CN': '这是最后一个在用的管理员账户，不能停用。',
    en: 'This is the last active administrator; it cannot be deactivated.',
  },
  'invite.phone_required': {
    status: 400,
    'zh-CN': '队长和队员请用手机号登录，请填写手机号。',
    en: 'Leaders and members sign in with their phone number; please enter it.',
  },
  'invite.login_required': {
    status: 400,
    'zh-CN': '请填写手机号或用户名，以后用它登录。',
    en: 'Enter a phone number or a username to sign in with.',
  },
} as const satisfies ErrorMessages;
