import type { ErrorMessages } from '../shared/error-messages';

/** Volunteer service hours (志愿服务时长) and numbered certificates: errors a user can meet (merged into the catalogue in ../errors.ts). */
export const volunteeringErrorMessages = {
  'volunteering.unknown': { status: 404, 'zh-CN': '志愿服务记录不存在。', en: 'No such volunteer hours record.' },
  'volunteering.unknown_certificate': { status: 404, 'zh-CN': '志愿服务证明不存在。', en: 'No such certificate.' },
  'volunteering.child_not_volunteer': {
    status: 400,
    'zh-CN':
      '未满 18 周岁的小志愿者不在这里登记：请由监护人陪同，告诉队长，由队长在自组织里为你记录服务时长。这里不收集未成年人的手机号码。',
    en: 'Volunteers under 18 are not registered here: with a guardian, ask the team leader to record your service. This page does not collect a minor’s phone number.',
  },
  'volunteering.sign_in_closed': {
    status: 400,
    'zh-CN': '这个活动的志愿者签到签退已经结束。',
    en: 'Volunteer sign-in and sign-out for this activity have closed.',
  },
  'volunteering.not_signed_in': {
    status: 400,
    'zh-CN': '这台手机上没有这个活动的签到记录，不能在这里签退。如果您换了手机或清除了浏览器，请找队长或社工为您签退。',
    en: 'This phone holds no sign-in for this activity, so it cannot sign out here. If you changed phones or cleared the browser, ask the team leader or staff to sign you out.',
  },
  'volunteering.sign_in_full': {
    status: 409,
    'zh-CN': '这个活动签到的志愿者已经远超登记的活动人数，暂停自助签到。请找队长为您记录服务时长。',
    en: 'Far more volunteers have signed in than this activity expects, so self sign-in is paused. Ask the team leader to record your service.',
  },
  'volunteering.consent_required': {
    status: 400,
    'zh-CN': '请先阅读说明，勾选“同意”后再签到。',
    en: 'Please read the notice and tick “I agree” to sign in.',
  },
  'volunteering.unknown_attendance': {
    status: 404,
    'zh-CN': '这条志愿者签到记录不存在。',
    en: 'No such volunteer sign-in.',
  },
  'volunteering.already_recorded': {
    status: 409,
    'zh-CN': '这位志愿者在这个活动已有服务时长记录；如需修改，请使用“更正”并写明理由。',
    en: 'This volunteer already has hours at this activity; correct that record with a reason instead.',
  },
  'volunteering.not_organizer': {
    status: 400,
    'zh-CN': '只有组织这个活动的自组织才能记录志愿服务时长。',
    en: 'Only an organization that organized this activity records its volunteer hours.',
  },
  'volunteering.no_observation': {
    status: 400,
    'zh-CN': '这个活动没有社工的追踪日志，不能作为“社工确认在场”记录，请按补录填写。',
    en: 'No staff tracking log exists for this activity, so the hours cannot be recorded as staff-observed; enter them afterwards instead.',
  },
  'volunteering.not_entered_afterwards': {
    status: 400,
    'zh-CN': '只有补录的时长需要社工确认。',
    en: 'Only hours entered afterwards need a confirmation.',
  },
  'volunteering.superseded': {
    status: 409,
    'zh-CN': '这条记录已被更正，请查看最新的版本。',
    en: 'This record has been corrected; use its latest version.',
  },
  'volunteering.already_linked': {
    status: 409,
    'zh-CN': '这条记录已经对应到居民。',
    en: 'This record is already linked to a person.',
  },
  'volunteering.nothing_to_certify': {
    status: 400,
    'zh-CN': '这段时间里没有可出具证明的服务时长（只计算签到签退、社工确认在场，或已经社工确认的补录时长）。',
    en: 'No certifiable hours in this period (only signed in/out, staff-observed, or confirmed entries count).',
  },
  'volunteering.not_yet_held': {
    status: 400,
    'zh-CN': '活动还没有开始，不能补录服务时长。',
    en: 'The activity has not started yet; hours cannot be entered.',
  },
  'volunteering.minutes_exceed_span': {
    status: 400,
    'zh-CN': '服务时长不能超过活动时长加前后各一小时（最多 {most} 分钟）。',
    en: 'The minutes cannot exceed the activity’s span plus an hour either side (at most {most}).',
  },
  'volunteering.period_backwards': {
    status: 400,
    'zh-CN': '开始日期不能晚于结束日期。',
    en: 'The start date cannot be after the end date.',
  },
} as const satisfies ErrorMessages;
