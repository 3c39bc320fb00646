import type { ErrorMessages } from '../shared/error-messages';

/** Training programmes: errors a user can meet (merged into the catalogue in ../errors.ts). */
export const trainingErrorMessages = {
  'training.unknown_programme': { status: 404, 'zh-CN': '培训项目不存在。', en: 'No such training programme.' },
  'training.unknown_cohort': { status: 404, 'zh-CN': '培训班（期）不存在。', en: 'No such cohort.' },
  'training.unknown_application': { status: 404, 'zh-CN': '报名记录不存在。', en: 'No such application.' },
  'training.round_other_street': {
    status: 400,
    'zh-CN': '培训班只能关联本街道的微创投轮次。',
    en: 'A cohort can only be linked to micro-grant rounds of its own street.',
  },
  'training.sessions_not_over': {
    status: 409,
    'zh-CN': '这一期的课还没上完（最后一次课还没到或还没排上），上完最后一次课才能办理毕业。',
    en: 'The cohort has not held its last session yet (it is still to come or not yet planned); graduate it after that.',
  },
  'training.unknown_session': { status: 404, 'zh-CN': '培训课次不存在。', en: 'No such training session.' },
  'training.guarantor_is_applicant': {
    status: 400,
    'zh-CN': '担保人不能是报名人本人，请另找一位担保人。',
    en: 'The guarantor must be someone other than the applicant.',
  },
  'training.already_applied': {
    status: 409,
    'zh-CN': '这个人已经报名了这一期。',
    en: 'This person has already applied to this cohort.',
  },
  'training.application_decided': {
    status: 409,
    'zh-CN': '这份报名已经录取或婉拒，不能再修改。',
    en: 'This application has been decided; it can no longer change.',
  },
  'training.interview_first': { status: 409, 'zh-CN': '请先完成面试。', en: 'Interview the applicant first.' },
  'training.interview_not_passed': {
    status: 409,
    'zh-CN': '面试通过后才能签署自我承诺。',
    en: 'The self-commitment follows a passed interview.',
  },
  'training.commitment_already_signed': {
    status: 409,
    'zh-CN': '自我承诺已签署，面试结果不能再改。',
    en: 'The self-commitment is signed; the interview can no longer change.',
  },
  'training.commitment_first': {
    status: 409,
    'zh-CN': '签署自我承诺后才能录取。',
    en: 'Accept only after the self-commitment is signed.',
  },
  'training.decline_reason_required': {
    status: 400,
    'zh-CN': '婉拒时请写明原因。',
    en: 'Give a reason when declining.',
  },
  'training.rule_above_planned': {
    status: 400,
    'zh-CN': '毕业所需出勤次数不能多于计划课次。',
    en: 'The sessions required to graduate cannot exceed the sessions planned.',
  },
  'training.ends_before_start': {
    status: 400,
    'zh-CN': '结束日期不能早于开班日期。',
    en: 'The end date cannot be before the start date.',
  },
  'training.session_number_taken': {
    status: 409,
    'zh-CN': '这一课次编号已经有了。',
    en: 'A session with this number already exists.',
  },
  'training.not_accepted': {
    status: 400,
    'zh-CN': '只有已录取的学员才能签到或担任班委。',
    en: 'Only accepted applicants attend sessions or hold committee posts.',
  },
  'training.post_twice': {
    status: 400,
    'zh-CN': '同一个班委职务只能有一人担任。',
    en: 'Each committee post is held by one person.',
  },
  'training.already_graduated': {
    status: 409,
    'zh-CN': '这一期已经办过毕业。',
    en: 'This cohort has already graduated.',
  },
} as const satisfies ErrorMessages;
