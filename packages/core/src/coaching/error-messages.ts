import type { ErrorMessages } from '../shared/error-messages';

/** Coaching sessions (辅导), cultivation plans and the staff workload view: errors a user can meet (merged into the catalogue in ../errors.ts). */
export const coachingErrorMessages = {
  'coaching.unknown_session': { status: 404, 'zh-CN': '辅导记录不存在。', en: 'No such coaching session.' },
  'coaching.end_before_start': {
    status: 400,
    'zh-CN': '结束时间必须晚于开始时间。',
    en: 'The end must be after the start.',
  },
  'coaching.end_without_start': {
    status: 400,
    'zh-CN': '填写了结束时间，请同时填写开始时间。',
    en: 'An end time needs a start time.',
  },
  'coaching.duration_required': {
    status: 400,
    'zh-CN': '请填写辅导时长（分钟），或开始和结束时间。',
    en: 'Give the duration in minutes, or the start and end times.',
  },
  'coaching.duration_mismatch': {
    status: 400,
    'zh-CN': '时长与开始、结束时间不一致，请核对。',
    en: 'The duration does not match the start and end times.',
  },
  'coaching.unknown_organization': {
    status: 400,
    'zh-CN': '选择的自组织不存在，请重新选择。',
    en: 'A chosen organization does not exist.',
  },
  'coaching.unknown_staff': {
    status: 400,
    'zh-CN': '选择的培育方人员不存在或不是培育方账号。',
    en: 'A chosen staff member does not exist or is not incubator staff.',
  },
  'coaching.person_not_member': {
    status: 400,
    'zh-CN': '参加者不是所选自组织的成员。',
    en: 'A person present is not a member of the organizations present.',
  },
  'coaching.review_not_present': {
    status: 400,
    'zh-CN': '只能回顾参加了这次辅导的自组织的培育计划。',
    en: 'A plan can be reviewed only for an organization present at the session.',
  },
  'coaching.review_twice': {
    status: 400,
    'zh-CN': '同一个自组织的培育计划在一次辅导中只回顾一次。',
    en: 'Review each organization’s plan once per session.',
  },
  'coaching.no_plan': {
    status: 400,
    'zh-CN': '这个自组织还没有培育计划，请先制定计划。',
    en: 'This organization has no cultivation plan yet; make one first.',
  },
  'coaching.session_not_attended': {
    status: 400,
    'zh-CN': '这次辅导没有这个自组织参加。',
    en: 'This organization was not present at that session.',
  },
  'coaching.period_reversed': {
    status: 400,
    'zh-CN': '结束日期不能早于开始日期。',
    en: 'The period ends before it starts.',
  },
  'coaching.period_too_long': {
    status: 400,
    'zh-CN': '查询的日期范围太长（最多 {days} 天）。',
    en: 'The period is too long (at most {days} days).',
  },
  'coaching.unknown_programme': { status: 404, 'zh-CN': '培育项目不存在。', en: 'No such cultivation programme.' },
  'coaching.programme_period_reversed': {
    status: 400,
    'zh-CN': '项目的结束日期不能早于开始日期。',
    en: 'The programme ends before it starts.',
  },
  'coaching.programme_kind_name_required': {
    status: 400,
    'zh-CN': '选择“其他”类型时，请写上项目类型的名称。',
    en: 'A programme of another kind needs the kind’s name.',
  },
  'coaching.programme_other_street': {
    status: 400,
    'zh-CN': '只能加入与项目同一个街道的自组织。',
    en: 'Only organizations of the programme’s street can take part.',
  },
  'coaching.not_a_participant': {
    status: 404,
    'zh-CN': '这个自组织没有参加这个培育项目。',
    en: 'That organization is not taking part in this programme.',
  },
} as const satisfies ErrorMessages;
