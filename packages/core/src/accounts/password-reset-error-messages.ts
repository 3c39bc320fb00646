import type { ErrorMessages } from '../shared/error-messages';

/** Getting back in: reset codes and changing a password (gathered in ../errors.ts). */
export const passwordResetErrorMessages = {
  /** The last free try was wrong: the next one waits (the answer a login nobody has gets too). */
  'auth.invalid_credentials_wait': {
    status: 401,
    'zh-CN': '账号或密码不对。请等 {minutes} 分钟再试；忘了密码请点“忘记密码？”。',
    en: 'Wrong account or password. Please wait {minutes} min before trying again; forgot it? Tap “Forgot password?”.',
  },
  'password_reset.invalid': {
    status: 404,
    'zh-CN': '重设码不对。请核对后再输一次，或请社工重新生成一个。',
    en: 'This reset code is not right. Check it and type it again, or ask your social worker for a new one.',
  },
  // Also a code replaced by a newer one for the same account: the newest is the one to use.
  'password_reset.expired': {
    status: 410,
    'zh-CN': '重设码已失效（超过一天，或社工已生成了新的）。请用最新的重设码，或请社工重新生成一个。',
    en: 'This reset code no longer works (over a day old, or replaced by a newer one). Use the newest code, or ask your social worker for a new one.',
  },
  'password_reset.used': {
    status: 409,
    'zh-CN': '这个重设码已经用过了。请用新密码登录；如果又忘了，请社工重新生成一个。',
    en: 'This reset code has already been used. Log in with your new password, or ask your social worker for a new code.',
  },
  'password_reset.role_not_allowed': {
    status: 403,
    'zh-CN': '您不能为这个账号生成重设码，请联系管理员。',
    en: 'You cannot issue a reset code for this account; please ask the administrator.',
  },
  'account.not_found': {
    status: 404,
    'zh-CN': '在您负责的范围内找不到这个手机号或用户名的账号。',
    en: 'No account with this phone number or username in your area.',
  },
  'account.wrong_current_password': {
    status: 400,
    'zh-CN': '当前密码不对，密码没有修改。',
    en: 'The current password is wrong; the password was not changed.',
  },
} as const satisfies ErrorMessages;
