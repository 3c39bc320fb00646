/**
 * The accounts page's strings (账户管理, issue 15), merged into the catalogues by i18n/zh-CN.ts and
 * i18n/en.ts. zh-CN gives the shape; en is typed against it, so a missing key fails to compile.
 * The login and invite pages' strings stay in the shared catalogue: they load with no group.
 */
const zhCN = {
  accounts: {
    title: '账户管理',
    search: '按姓名、登录名、手机号或范围查找',
    intro: '谁在苗圃里担任什么角色、负责哪里，最近何时登录。停用的账户不能登录，原有登录立即失效。',
    filterRole: '按角色筛选',
    allRoles: '全部角色',
    empty: '没有符合条件的账户。',
    name: '姓名',
    role: '角色',
    scope: '负责范围',
    login: '登录账号',
    lastSignedIn: '最近登录',
    lastSeen: '最近使用',
    status: '状态',
    active: '在用',
    deactivated: '已停用（{{date}}）',
    never: '从未',
    deployment: '全部街道',
    deactivate: '停用',
    reactivate: '恢复',
    you: '（本人）',
    invitesTitle: '待接受的邀请',
    invitesEmpty: '没有待接受的邀请。',
    invitedBy: '邀请人',
    expires: '有效期到',
    invite: {
      title: '邀请新账户',
      intro: '选择角色和负责范围，生成邀请链接和二维码，交给对方（当面扫码或通过微信发送）。对方自己设置密码。',
      name: '对方姓名',
      role: '角色',
      street: '街道',
      community: '社区',
      organization: '组织',
      wholeDeployment: '全部街道（整个平台）',
      scopeKind: '范围',
      choose: '请选择…',
      submit: '生成邀请',
      submitting: '正在生成…',
    },
  },
};

/** The zh-CN strings; English is in messages.en.ts, loaded only when chosen. */
export type AccountsMessages = typeof zhCN;
export const accountsMessagesZh: AccountsMessages = zhCN;
