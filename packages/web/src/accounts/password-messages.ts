/**
 * Getting back in (reset codes, one's own account page, staff issuing a reset), merged into the
 * catalogues by i18n/zh-CN.ts and i18n/en.ts. zh-CN gives the shape; en is typed against it.
 * Every key is under `passwords`, so no other group collides with it.
 */
const zhCN = {
  passwords: {
    forgot: {
      title: '忘记密码',
      body: '忘了密码不要紧。请联系负责您的社工，他会给您一个重设码（也可能是一个链接或二维码）。',
      hasLink: '收到的是链接或二维码？直接打开它就行。',
    },
    reset: {
      title: '设置新密码',
      greeting: '{{name}}，您好！',
      login: '您的登录账号：{{login}}（以后用它登录）',
      expires: '重设码有效期到 {{date}}。',
      password: '新密码',
      passwordHint: '至少 {{min}} 位，请记好。',
      confirm: '再输一次新密码',
      submit: '设置新密码',
      submitting: '正在设置…',
      tryAnother: '输入另一个重设码',
      goToLogin: '去登录',
    },
    account: {
      title: '我的账户',
      who: '{{name}}（{{role}}）',
      changeTitle: '修改密码',
      current: '当前密码',
      newPassword: '新密码',
      newHint: '至少 {{min}} 位，请记好。',
      confirm: '再输一次新密码',
      submit: '修改密码',
      submitting: '正在修改…',
      saved: '密码已修改。其他设备上的登录都已退出。',
      everywhereTitle: '退出所有设备',
      everywhereBody: '手机丢了，或者在别人的电脑上登录过？退出后，所有设备都要重新登录。',
      everywhere: '退出所有设备',
    },
    issue: {
      title: '重设密码',
      intro:
        '有人忘了密码？输入他的手机号或用户名，生成一个重设码，当面或通过微信交给他。重设码 24 小时内有效，只能用一次；再生成一个，旧的就失效。',
      login: '手机号或用户名',
      submit: '生成重设码',
      submitting: '正在生成…',
      for: '给{{name}}的重设码',
      code: '重设码',
      link: '重设链接',
      qr: '请对方用手机扫这个二维码',
      expires: '有效期到 {{date}}。',
      howTo: '对方打开链接或扫码，设置新密码后就自动登录了；也可以在登录页点“忘记密码？”，输入重设码。',
    },
  },
};

export type PasswordMessages = typeof zhCN;
export const passwordMessagesZh: PasswordMessages = zhCN;
