/** One error's HTTP status and its message in both languages; `{name}` placeholders come from params. */
export interface ErrorMessage {
  status: number;
  'zh-CN': string;
  en: string;
}
export type ErrorMessages = Record<string, ErrorMessage>;

/** Errors of the request itself, of signing in and of accounts. Capabilities keep their own beside them. */
export const baseErrorMessages = {
  'request.invalid_json': {
    status: 400,
    'zh-CN': '请求内容不是有效的 JSON。',
    en: 'The request body is not valid JSON.',
  },
  'request.invalid': {
    status: 400,
    'zh-CN': '填写的内容有误，请检查后再提交。',
    en: 'Some fields are invalid; please check and submit again.',
  },
  'request.too_large': { status: 413, 'zh-CN': '提交的内容太大。', en: 'The request is too large.' },
  'files.unavailable': {
    status: 503,
    'zh-CN': '服务器的存储空间已满或无法写入，文件没有保存。请告诉管理员。',
    en: "The server's storage is full or cannot be written to; the file was not saved. Please tell the administrator.",
  },
  'server.error': {
    status: 500,
    'zh-CN': '服务器内部错误，请稍后再试。',
    en: 'Something went wrong on the server; please try again later.',
  },
  'request.not_found': { status: 404, 'zh-CN': '找不到这个页面或记录。', en: 'No such page or record.' },
  'request.method_not_allowed': { status: 405, 'zh-CN': '不支持这种操作。', en: 'This method is not allowed here.' },
  'auth.required': { status: 401, 'zh-CN': '请先登录。', en: 'Please log in first.' },
  // The tries left come from the client's counters, which a login nobody has also has: no oracle.
  'auth.invalid_credentials': {
    status: 401,
    'zh-CN': '账号或密码不对。还可以再试 {triesLeft} 次，之后每次要等一会儿。',
    en: 'Wrong account or password. {triesLeft} more tries, then each try has to wait a while.',
  },
  'auth.login_throttled': {
    status: 429,
    'zh-CN': '登录失败次数太多，请 {minutes} 分钟后再试。',
    en: 'Too many failed logins; please try again in {minutes} min.',
  },
  'auth.rate_limited': {
    status: 429,
    'zh-CN': '尝试太频繁，请稍后再试。',
    en: 'Too many attempts; please wait a moment.',
  },
  'auth.csrf': {
    status: 403,
    'zh-CN': '页面已过期，请刷新后再试。',
    en: 'This page has expired; please reload and try again.',
  },
  'auth.forbidden': {
    status: 403,
    'zh-CN': '您没有权限查看或修改这项内容。',
    en: 'You do not have permission for this.',
  },
  'invite.invalid': {
    status: 404,
    'zh-CN': '邀请码无效或已过期，请联系社工重新发送。',
    en: 'The invitation is invalid or has expired; ask your social worker for a new one.',
  },
  'invite.person_other_street': {
    status: 400,
    'zh-CN': '被邀请的居民必须和组织在同一个街道。',
    en: 'The invited resident must live in the organization’s street.',
  },
  'invite.used': {
    status: 409,
    'zh-CN': '这个邀请已经用过了，请直接登录。',
    en: 'This invitation has already been used; please log in.',
  },
  'account.login_taken': {
    status: 409,
    'zh-CN': '这个手机号或用户名已经注册过了。',
    en: 'This phone number or username is already registered.',
  },
  'account.weak_password': {
    status: 400,
    'zh-CN': '密码至少 {min} 位。',
    en: 'The password needs at least {min} characters.',
  },
  'street.unknown': { status: 404, 'zh-CN': '街道不存在。', en: 'No such street.' },
} as const satisfies ErrorMessages;
