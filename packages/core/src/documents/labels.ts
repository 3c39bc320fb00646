import type { BeneficiaryGroup, Openness } from '../activities';
import type { Locale } from '../shared/locale';

/**
 * Every string printed on Seedbed's PDFs, in both languages. A PDF prints in the caller's language
 * (zh-CN by default): the sheets go to a community centre's printer, the certificate to a school or an
 * employer. zh-CN gives the shape; en is typed against it, so a missing label fails to compile.
 */
const zhCN = {
  creator: 'Seedbed 苗圃',
  /** Between a label and its value inside a line. */
  colon: '：',
  pageNumber: (page: number, pages: number) => `第 ${page} 页 / 共 ${pages} 页`,
  /** Who ran an activity that no organization ran. */
  runBy: { incubator: '社区培育方', committee: '社区居委会' },
  signInSheet: {
    title: '活动签到表',
    organizations: '组织',
    activity: '活动名称',
    time: '时间',
    place: '地点',
    scanToSignIn: '扫码签到',
    orShortLink: '或打开链接',
    columns: {
      number: '序号',
      name: '姓名',
      phone: '联系电话（儿童不填）',
      signedInAt: '签到时间',
      signedOutAt: '签退时间',
      note: '备注',
    },
    footer: '本表拍照上传后作为活动签到凭证',
    privacy:
      '隐私说明：本表仅用于记录活动参与情况，联系电话只用于活动联络，不对外公开；14 岁以下儿童由监护人陪同签到，不填写电话。',
  },
  recordSheet: {
    title: '活动记录表',
    organizations: '组织',
    coHosts: '协办方',
    activity: '活动名称',
    time: '时间',
    place: '地点',
    openness: '参与范围',
    beneficiaries: '服务对象',
    organizerCount: '组织者人数',
    servedCount: '服务人数',
    /** A head count, or a blank to fill in when the record has none yet. */
    headCount: (count: number) => (count > 0 ? `${count} 人` : '______ 人'),
    plannedInProject: '计划安排',
    plannedYes: '计划内',
    plannedNo: '计划外',
    content: '活动内容与过程',
    reflection: '能人感言',
    feedback: '参与者反馈',
    recorder: '记录人',
    date: '日期',
    footer: '本表拍照上传后作为活动记录凭证',
  },
  certificate: {
    title: '志愿服务证明',
    number: '证明编号',
    intro: (person: string, organization: string) => `兹证明 ${person} 在 ${organization} `,
    total: (hours: number, minutes: number) => `参加志愿服务累计 ${hours} 小时 ${minutes} 分钟。`,
    columns: { date: '日期', activity: '活动', role: '角色', duration: '时长' },
    duration: (hours: number, minutes: number) => (hours > 0 ? `${hours} 小时 ${minutes} 分钟` : `${minutes} 分钟`),
    noEntries: '（无服务记录）',
    issuer: '出具单位',
    street: '所在街道',
    issuedOn: '出具日期',
    signedBy: '经办人',
    seal: '盖章处',
    basis: '本证明依据《志愿服务记录与证明出具办法》出具，服务记录由出具单位如实记载并留存备查。',
  },
  openness: {
    members_only: '仅限成员',
    invited: '邀请参加',
    open_to_all: '面向所有居民',
  } satisfies Record<Openness, string>,
  beneficiaryGroups: {
    elderly: '老年人',
    disabled: '残障人士',
    families_in_difficulty: '困难家庭',
    children_youth: '儿童青少年',
    all_residents: '全体居民',
    members_only: '本组织成员',
  } satisfies Record<BeneficiaryGroup, string>,
};

export type DocumentLabels = typeof zhCN;

const en: DocumentLabels = {
  creator: 'Seedbed 苗圃',
  colon: ': ',
  pageNumber: (page, pages) => `Page ${page} of ${pages}`,
  runBy: { incubator: 'The incubator team', committee: "The residents' committee" },
  signInSheet: {
    title: 'Activity sign-in sheet',
    organizations: 'Organization',
    activity: 'Activity',
    time: 'Time',
    place: 'Place',
    scanToSignIn: 'Scan to sign in',
    orShortLink: 'or open',
    columns: {
      number: 'No.',
      name: 'Name',
      phone: 'Phone (not for children)',
      signedInAt: 'In',
      signedOutAt: 'Out',
      note: 'Note',
    },
    footer: "Photographed and uploaded, this sheet is the activity's sign-in evidence.",
    privacy:
      'Privacy: this sheet only records who took part; phone numbers are used only to contact participants and are never published. Children under 14 sign in with a guardian and give no phone number.',
  },
  recordSheet: {
    title: 'Activity record sheet',
    organizations: 'Organization',
    coHosts: 'Co-hosts',
    activity: 'Activity',
    time: 'Time',
    place: 'Place',
    openness: 'Who could join',
    beneficiaries: 'Served',
    organizerCount: 'Organizers',
    servedCount: 'People served',
    headCount: (count) => (count > 0 ? String(count) : '______'),
    plannedInProject: 'Project plan',
    plannedYes: 'In the project plan',
    plannedNo: 'Outside the project plan',
    content: 'What happened',
    reflection: "The leader's reflection",
    feedback: "Participants' feedback",
    recorder: 'Recorded by',
    date: 'Date',
    footer: "Photographed and uploaded, this sheet is the activity's record.",
  },
  certificate: {
    title: 'Volunteer service certificate',
    number: 'Certificate no.',
    intro: (person, organization) => `This certifies that ${person} has served as a volunteer with ${organization} `,
    total: (hours, minutes) => `for a total of ${hours} h ${minutes} min.`,
    columns: { date: 'Date', activity: 'Activity', role: 'Role', duration: 'Duration' },
    duration: (hours, minutes) => (hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min`),
    noEntries: '(no service recorded)',
    issuer: 'Issued by',
    street: 'Street',
    issuedOn: 'Date of issue',
    signedBy: 'Signed by',
    seal: 'Seal',
    basis:
      'Issued under the Measures for Volunteer Service Records and Certificates (《志愿服务记录与证明出具办法》); the issuer keeps the service records on file.',
  },
  openness: {
    members_only: 'Members only',
    invited: 'By invitation',
    open_to_all: 'Open to all residents',
  },
  beneficiaryGroups: {
    elderly: 'Older people',
    disabled: 'People with disabilities',
    families_in_difficulty: 'Families in difficulty',
    children_youth: 'Children and young people',
    all_residents: 'All residents',
    members_only: "The organization's members",
  },
};

const labels: Record<Locale, DocumentLabels> = { 'zh-CN': zhCN, en };

/** The printed strings in one language. */
export function documentLabels(locale: Locale): DocumentLabels {
  return labels[locale];
}
