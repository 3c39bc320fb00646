/**
 * This capability's strings (volunteer service hours and certificates), merged into the catalogues by i18n/zh-CN.ts and
 * i18n/en.ts. zh-CN gives the shape; en is typed against it, so a missing key fails to compile.
 * Keep every key under the top-level `volunteering` section so capabilities never collide.
 */
const zhCN = {
  volunteering: {
    title: '志愿服务',
    minutes: '{{hours}} 小时 {{minutes}} 分钟',
    basis: {
      sign_in_out: '签到签退',
      staff_observed: '社工确认在场',
      entered_afterwards: '补录',
    },
    totals: {
      proven: '已证实',
      provenHint: '签到签退或社工在场',
      enteredConfirmed: '补录（已确认）',
      enteredUnconfirmed: '补录（待确认）',
      total: '合计',
    },
    entry: {
      unconfirmed: '待社工确认',
      confirmed: '已确认',
      reason: '补录理由：{{reason}}',
      enteredBy: '{{name}} 补录',
      unlinked: '未对应到居民',
      corrected: '已更正',
    },
    confirm: '确认',
    confirmed: '已确认这条补录。',
    correct: {
      open: '更正',
      reason: '更正理由（必填）',
      hint: '原来的记录会保留；更正后的时长要社工确认后才计入证明。',
      save: '保存更正',
    },
    empty: '还没有志愿服务时长记录。',
    person: {
      title: '志愿服务时长',
      certificates: '志愿服务证明',
      noCertificates: '还没有出具过证明。',
      issue: '出具证明',
      issueFor: '由 {{organization}} 出具（可计 {{minutes}}）',
      issued: '已出具证明 {{number}}。',
      print: '打印 PDF',
      longPressToSave: '长按图片保存',
      certificateImage: '志愿服务证明 {{number}}（图片）',
      certificateLine: '{{number}} · {{organization}} · {{date}} · {{minutes}}',
      rule: '谁记录谁证明：只计算本组织记录的、已证实或已确认的时长。',
    },
    activity: {
      title: '志愿者服务时长',
      qrHint: '志愿者到场时打开这个链接点“签到”，结束时点“签退”，时长自动记录：',
      onDuty: '正在服务（已签到未签退）：{{names}}',
      signOutFor: '为 {{name}} 签退',
      signOutForHint: '志愿者换了手机或签退不了时，由队长或社工在这里为他签退（按现在的时间）。',
      enter: '补录时长',
      person: '志愿者',
      choosePerson: '请选择',
      minutes: '服务时长（分钟）',
      role: '做了什么（选填）',
      reason: '补录理由（必填）',
      reasonHint: '例如：手机没电没能签到，队长现场看见。补录的时长要社工确认后才计入证明。',
      observed: '我是社工，在这个活动现场看见了（有追踪日志）',
      save: '保存',
      saved: '已补录，等待社工确认。',
      link: '对应到居民',
      linkNew: '新建居民记录',
      linked: '已对应。',
      unlinkedTitle: '没对应到居民的签到',
      searchPerson: '按姓名查找',
      members: '本组织成员',
      residents: '街道居民',
      noMatch: '没有找到，可以换个写法，或新建居民记录。',
    },
    organization: {
      title: '志愿服务时长',
      volunteers: '{{count}} 位志愿者',
      certificates: '{{year}} 年已出具证明 {{count}} 份',
      people: '志愿者',
      name: '姓名',
      total: '时长',
      last: '最近服务',
      waiting: '其中 {{hours}} 待社工确认',
      more: '还有 {{count}} 位',
      empty: '还没有志愿服务时长记录。',
    },
    mine: {
      title: '我的志愿服务记录',
      noPerson: '你的账号还没有对应到居民记录，请联系队长或社工。',
      check: '如果记录有误，请告诉队长或社工更正。',
    },
  },
};

/** The zh-CN strings; English is in messages.en.ts, loaded only when chosen. */
export type VolunteeringMessages = typeof zhCN;
export const volunteeringMessagesZh: VolunteeringMessages = zhCN;
