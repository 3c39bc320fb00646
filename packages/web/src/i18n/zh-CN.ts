import type {
  CommitteeAttitude,
  EstateType,
  FilingStatus,
  MemberRole,
  OrganizationStatus,
  OrganizationType,
  Orientation,
  Role,
  Stage,
  StageModel,
} from '@seedbed/core';
import type { AccountsMessages } from '../accounts/messages';
import type { PasswordMessages } from '../accounts/password-messages';
import type { ActivityMessages } from '../activities/messages';
import type { AllocationMessages } from '../allocation/messages';
import type { BooksMessages } from '../books/messages';
import type { ChatGroupsMessages } from '../chat/group-form-messages';
import type { ChatImportMessages } from '../chat/import-messages';
import type { ChatMessages } from '../chat/messages';
import type { ChatRosterMessages } from '../chat/roster-messages';
import type { ChatTopicWordsMessages } from '../chat/topic-words-messages';
import type { CoachingMessages } from '../coaching/messages';
import type { SurveyMessages } from '../communities/messages';
import type { DeliberationMessages } from '../deliberation/messages';
import type { DocumentsMessages } from '../documents/messages';
import type { EvaluationMessages } from '../evaluation/messages';
import type { GrantsMessages } from '../grants/messages';
import type { ProposalMessages } from '../grants/proposal-messages';
import type { GrantReviewMessages } from '../grants/review-messages';
import type { RegistryMessages } from '../organizations/messages';
import type { PeopleMessages } from '../people/messages';
import type { PublicityMessages } from '../publicity/messages';
import type { TrackingMessages } from '../tracking/messages';
import type { TrainingMessages } from '../training/messages';
import type { VolunteeringMessages } from '../volunteering/messages';

/**
 * The Chinese catalogue's shared part, bundled with the app: the default language. With each
 * capability's `messages.ts` it makes the shape every other catalogue must match (`Catalogue`
 * below; `en.ts` is checked against it by the compiler and by catalogues.test.ts).
 * No plural suffixes (`_one`/`_other`): Chinese has no plural forms, so phrasings avoid them and
 * both catalogues keep exactly the same keys.
 * Enum label groups are typed `Record<CoreEnum, string>` so a value added in core without a
 * label fails to compile.
 */
export const zhBase = {
  app: {
    name: '苗圃',
    tagline: '社区自组织培育',
    loading: '正在加载…',
    skipToContent: '跳到正文',
    networkRetry: '网络不好，点这里重试',
    networkRetryHint: '页面还没下载下来。有信号时会自己再试；已填写的活动记录保存在手机上。',
  },
  language: {
    switchTo: 'English',
    switchLabel: '（切换到英文）',
  },
  nav: {
    organizations: '自组织',
    home: '首页',
    menu: '菜单',
    logout: '退出',
    loggingOut: '正在退出…',
    logoutEverywhere: '退出所有设备',
    signedInAs: '当前用户：{{name}}（{{role}}）',
    people: '居民与能人',
    meetings: '议事',
    settings: '设置',
    tracking: '追踪日志',
    duplicates: '疑似重复',
    coaching: '辅导记录',
    training: '培训班',
    workload: '辅导工作量',
    programmes: '培育项目',
    feed: '活动动态',
    myVolunteerHours: '我的志愿服务',
    grantRounds: '微创投',
    claimSessions: '报销会',
    myReviews: '我的评审',
    evaluation: '四维评估',
    evaluationTasks: '评估打分',
    evaluationReleased: '评估结果',
    groups: { tracking: '追踪与查重', coaching: '辅导', funding: '资助与培训' },
    accounts: '账户管理',
    places: '地点管理',
    communityOverview: '本社区概览',
    account: '我的账户',
    resetPassword: '重设密码',
    main: '主导航',
  },
  // A long list's count, search and pages (shared/paged-list.tsx).
  list: {
    total: '共 {{count}} 个',
    search: '查找',
    nothingFound: '没有找到“{{query}}”。',
    pages: '翻页',
    range: '第 {{from}}–{{to}} 个',
    previous: '上一页',
    next: '下一页',
  },
  // A choice among many, by typing (shared/search-select.tsx).
  picker: {
    change: '更换',
    changeLabel: '更换{{label}}',
    typeToFind: '输入名称中的几个字查找。',
    more: '显示前 {{shown}} 个，共 {{count}} 个符合，再多输入几个字。',
    nothingFound: '没有找到“{{typed}}”。',
  },
  common: {
    empty: '—',
    listSeparator: '、',
    retry: '重试',
    backHome: '返回首页',
    required: '必填',
    optional: '选填',
    saving: '正在保存…',
    saved: '已保存。',
  },
  errors: {
    forbiddenTitle: '没有权限',
    forbiddenBody: '您没有权限查看这个页面。如果需要，请联系负责的社工。',
    notFoundTitle: '找不到页面',
    notFoundBody: '这个页面或记录不存在，可能已被删除或链接有误。',
    errorTitle: '出错了',
    network: '网络连接失败，请检查网络后再试。',
    unexpected: '出了点问题，请稍后再试。',
  },
  validation: {
    required: '请填写这一项。',
    tooShort: '至少需要 {{min}} 个字符。',
    tooLong: '最多 {{max}} 个字。',
    phone: '请输入 11 位手机号码。',
    passwordMismatch: '两次输入的密码不一样。',
    invalid: '这一项填写有误。',
  },
  login: {
    title: '登录',
    intro: '用手机号或用户名登录。',
    login: '手机号或用户名',
    password: '密码',
    submit: '登录',
    submitting: '正在登录…',
    noAccount: '还没有账号？请向负责的社工要一个邀请链接。',
    forgot: '忘记密码？',
  },
  passwordField: {
    show: '显示密码',
    hide: '隐藏密码',
  },
  copyLink: {
    copy: '复制链接',
    copied: '已复制。',
    copyManually: '请长按链接，选择“复制”。',
  },
  resetEntry: {
    code: '重设码',
    hint: '社工给您的 8 位重设码，例如 K7QM-3XPD。',
    submit: '下一步',
  },
  invite: {
    title: '加入苗圃',
    greeting: '{{name}}，您好！',
    body: '「{{organization}}」邀请您以{{role}}的身份使用苗圃。',
    bodyScope: '邀请您以{{role}}的身份使用苗圃，负责「{{scope}}」。',
    bodyDeployment: '邀请您以{{role}}的身份使用苗圃（全部街道）。',
    phoneOrUsername: '手机号和用户名填一个即可；在电脑上用，可以只设用户名。',
    phoneOptional: '手机号（选填）',
    username: '用户名（选填）',
    usernameHint: '字母开头，可含数字、点、横线、下划线，至少 3 位。',
    expires: '邀请有效期到 {{date}}。',
    phone: '手机号',
    phoneHint: '以后用这个手机号登录。',
    password: '设置密码',
    passwordHint: '至少 {{min}} 位，请记好。',
    confirm: '再输一次密码',
    submit: '加入',
    submitting: '正在提交…',
    goToLogin: '去登录',
    phoneTaken: '这个手机号已经有账号了，不用再加入。请直接登录；忘了密码的话，请向社工要一个重设码，在下面输入。',
  },
  home: {
    title: '街道',
    intro: '您可以查看以下街道的社区和自组织。',
    noStreets: '暂时没有可以查看的街道。',
  },
  street: {
    overviewTitle: '{{name}}概览',
    kpiLabel: '主要数字',
    kpi: {
      communities: '社区',
      organizations: '自组织',
      active: '活跃',
      inactive: '不活跃',
      dissolved: '已解散',
      population: '常住人口（各社区填报）',
      registered: '苗圃登记居民',
    },
    community: {
      title: '{{name}}概览',
      street: '{{street}} · {{estates}} 个小区',
      population: '常住人口（社区填报）',
      households: '户数（社区填报）',
      serving: '外社区来服务的自组织',
      toPage: '查看社区详情',
    },
    chartTitle: '各成长阶段的自组织',
    chartLabel: '按成长阶段统计的自组织数量柱状图',
    chartModel: '阶段模型：{{model}}',
    chartUnavailable: '图表加载失败，下面是数字。',
    stageColumn: '成长阶段',
    countColumn: '自组织数',
    unassessed: '未评估',
    communitiesTitle: '社区',
    noCommunities: '这个街道还没有社区。',
    columns: {
      name: '社区',
      residents: '常住人口',
      households: '户数',
      attitude: '居委会态度',
      organizations: '自组织数',
    },
  },
  community: {
    street: '所属街道',
    figuresLabel: '社区概况',
    residents: '常住人口',
    households: '户数',
    attitude: '居委会态度',
    estateCount: '小区数',
    organizationCount: '自组织数',
    estatesTitle: '小区',
    noEstates: '还没有登记小区。',
    estate: {
      type: '类型',
      buildYear: '建成年份',
      households: '户数',
      propertyCompany: '物业公司',
      ownersCommittee: '业委会',
      courtyards: '院落',
    },
    organizationsTitle: '自组织',
    noOrganizations: '这个社区还没有自组织。',
    columns: {
      name: '名称',
      type: '类型',
      stage: '成长阶段',
      status: '状态',
      members: '人数',
    },
  },
  organization: {
    factsLabel: '基本情况',
    stage: '成长阶段',
    unassessed: '未评估',
    type: '类型',
    orientation: '取向',
    status: '状态',
    statusReason: '原因：{{reason}}',
    filing: '备案',
    founded: '成立时间',
    meetingPlace: '活动地点',
    description: '简介',
    homeCommunity: '所在社区',
    servedCommunities: '服务的社区',
    servedCommunity: '{{community}}（{{street}}）',
    membersTitle: '成员',
    memberCount: '共 {{count}} 人',
    membersHidden: '按照隐私规定，您的角色看不到成员名单。',
    noMembers: '还没有登记成员。',
    showPhone: '显示完整号码',
    callPhone: '拨打 {{phone}}',
    edit: {
      title: '修改信息',
      description: '简介',
      descriptionHint: '这个队伍做什么、什么时候活动。',
      meetingPlace: '活动地点',
      submit: '保存',
      submitting: '正在保存…',
      saved: '已保存。',
    },
  },
  inviteLeader: {
    member: '邀请谁',
    memberHint: '从队员名单里选，账户就和这位队员的记录连在一起：副队长能记录活动，财务能管账。',
    someoneElse: '名单里没有的人（填写姓名）',
    title: '邀请队长或队员开通账户',
    intro: '生成一个邀请链接，发给队长或队员（例如通过微信）。对方在手机上打开链接，设置密码后就能使用。',
    name: '姓名',
    submit: '生成邀请',
    submitting: '正在生成…',
    link: '邀请链接',
    expires: '链接有效期到 {{date}}。',
    qr: '邀请二维码：用微信扫一扫即可打开',
    hasAccount: '这个人已经有账号、只是忘了密码？不用再邀请：',
    resetInstead: '为其生成重设密码',
  },
  stage: {
    nurturing: '育种',
    seed: '种子',
    sapling: '小苗',
    small_tree: '小树',
    big_tree: '大树',
    emergence: '萌生',
    v1: '1.0',
    v2: '2.0',
    activity: '活动期',
    startup: '初创期',
    growth: '成长期',
    mature: '成熟期',
    regression: '倒退期',
  } satisfies Record<Stage, string>,
  stageModel: {
    five_stage: '五阶段（育种—大树）',
    one_two: '1.0 / 2.0',
    lifecycle: '生命周期',
  } satisfies Record<StageModel, string>,
  organizationType: {
    culture_recreation: '文体娱乐',
    resident_service: '为民服务',
    neighbour_help: '邻里互助',
    environment: '环保',
    safety: '安全',
    rights_advocacy: '权益倡导',
    life_services: '生活服务',
    education: '教育培训',
    volunteer_service: '志愿服务',
    public_welfare: '公益慈善',
    children_council: '儿童议事会',
  } satisfies Record<OrganizationType, string>,
  orientation: {
    self_benefit: '自益',
    mutual_benefit: '互益',
    common_benefit: '共益',
    public_benefit: '公益',
  } satisfies Record<Orientation, string>,
  organizationStatus: {
    active: '活跃',
    inactive: '不活跃',
    dissolved: '已解散',
  } satisfies Record<OrganizationStatus, string>,
  filingStatus: {
    none: '未备案',
    filed: '已在居委会备案',
    registered: '已登记注册',
  } satisfies Record<FilingStatus, string>,
  memberRole: {
    leader: '队长',
    deputy: '副队长',
    treasurer: '财务',
    logistics: '后勤',
    member: '成员',
  } satisfies Record<MemberRole, string>,
  role: {
    admin: '管理员',
    incubator_staff: '社工',
    incubator_assistant: '社工助理',
    organization_leader: '队长',
    organization_member: '队员',
    community_official: '居委会',
    street_official: '街道',
    funder: '资助方',
    expert_reviewer: '评审专家',
  } satisfies Record<Role, string>,
  estateType: {
    old_neighbourhood: '老旧小区',
    commodity_housing: '商品房小区',
    affordable_housing: '经济适用房',
    public_housing: '保障房',
    urban_village: '城中村',
    resettlement: '拆迁安置小区',
    high_end: '高档小区',
    other: '其他',
  } satisfies Record<EstateType, string>,
  committeeAttitude: {
    cooperative: '积极配合',
    wait_and_see: '被动观望',
    refusing: '拒绝参与',
  } satisfies Record<CommitteeAttitude, string>,
};

/**
 * Every catalogue has this shape: the same keys as zh-CN, each a string. At run time the Chinese
 * capability groups arrive with the pages that use them (capability-messages.ts); English, only
 * loaded when chosen, comes whole.
 */
export type Catalogue = typeof zhBase &
  AccountsMessages &
  PeopleMessages &
  SurveyMessages &
  RegistryMessages &
  ActivityMessages &
  TrackingMessages &
  CoachingMessages &
  VolunteeringMessages &
  PublicityMessages &
  DocumentsMessages &
  PasswordMessages &
  BooksMessages &
  ChatMessages &
  ChatImportMessages &
  ChatGroupsMessages &
  ChatTopicWordsMessages &
  ChatRosterMessages &
  AllocationMessages &
  GrantsMessages &
  GrantReviewMessages &
  ProposalMessages &
  TrainingMessages &
  DeliberationMessages &
  EvaluationMessages;
