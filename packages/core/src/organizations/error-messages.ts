import type { ErrorMessages } from '../shared/error-messages';

export const organizationErrorMessages = {
  'organization.unknown': { status: 404, 'zh-CN': '自组织不存在。', en: 'No such organization.' },
  'organization.future_founding': {
    status: 400,
    'zh-CN': '成立日期不能晚于今天。',
    en: 'The founding date cannot be in the future.',
  },
  'organization.home_not_served': {
    status: 400,
    'zh-CN': '服务社区必须包含所在社区。',
    en: 'The communities served must include the home community.',
  },
  'organization.leader_by_hand_over': {
    status: 409,
    'zh-CN': '队长只有一位，换队长请用「移交队长」：新队长的账户会跟着变。',
    en: 'A team has one leader: use “Hand over leadership” to change it, so the accounts follow.',
  },
  'organization.member_exists': {
    status: 409,
    'zh-CN': '这位居民已经是本组织的成员。',
    en: 'This person is already a member of the organization.',
  },
  'organization.member_leaves_self': {
    status: 409,
    'zh-CN': '不能把自己标为已离开：请队长或社工来操作。',
    en: 'You cannot mark yourself as having left: ask the leader or a social worker.',
  },
  'organization.member_not_left': {
    status: 409,
    'zh-CN': '这位居民没有在这一天离开本组织，无法撤销。',
    en: 'This person did not leave the organization on that day, so there is nothing to undo.',
  },
  'organization.member_unknown': {
    status: 404,
    'zh-CN': '这位居民不是本组织的现任成员。',
    en: 'This person is not a current member of the organization.',
  },
  'organization.hand_over_not_member': {
    status: 400,
    'zh-CN': '队长只能移交给本组织的现任成员。',
    en: 'Leadership can only be handed over to a current member of the organization.',
  },
  'organization.hand_over_to_leader': {
    status: 409,
    'zh-CN': '这位成员已经是队长。',
    en: 'This member is already the leader.',
  },
  'organization.filing_not_filing': {
    status: 400,
    'zh-CN': '只有“已备案”的记录需要居委会确认。',
    en: 'Only a record of filing (已备案) is confirmed by the residents’ committee.',
  },
  'organization.filing_confirmed': {
    status: 409,
    'zh-CN': '居委会已经确认过这条备案。',
    en: 'The residents’ committee has already confirmed this filing.',
  },
  'organization.filing_other_community': {
    status: 403,
    'zh-CN': '只有组织所在社区的居委会可以为它备案。',
    en: 'Only the residents’ committee of the organization’s home community can file it.',
  },
  'organization.change_unknown': { status: 404, 'zh-CN': '找不到这条变化记录。', en: 'No such change record.' },
  'organization.document_not_supported': {
    status: 415,
    'zh-CN': '文件只能是 PDF 或图片（PNG、JPEG、WebP）。',
    en: 'The document must be a PDF or a picture (PNG, JPEG, WebP).',
  },
  'organization.document_too_large': {
    status: 413,
    'zh-CN': '文件不能超过 {megabytes} MB。',
    en: 'The document may be at most {megabytes} MB.',
  },
  'organization.document_missing': { status: 404, 'zh-CN': '这条记录没有附件。', en: 'This record has no document.' },
  'organization.children_need_adult': {
    status: 400,
    'zh-CN': '儿童组织需要指定一位负责的成年人（例如带队的家长）。',
    en: "A children's organization needs an accountable adult (for example a parent who leads).",
  },
  'organization.adult_required': {
    status: 400,
    'zh-CN': '负责人必须是成年人。',
    en: 'The accountable person must be an adult.',
  },
  'organization.person_elsewhere': {
    status: 400,
    'zh-CN': '只能添加本组织所在或服务社区的居民。',
    en: 'Only residents of the communities the organization is based in or serves can be added.',
  },
  'organization.member_phone_unknown': {
    status: 403,
    'zh-CN': '添加已登记的居民时，请填写其本人告诉你的手机号。',
    en: 'To add a resident who is already on record, enter the mobile number they gave you.',
  },
  'organization.future_date': { status: 400, 'zh-CN': '日期不能晚于今天。', en: 'The date cannot be in the future.' },
  'organization.date_order': {
    status: 400,
    'zh-CN': '结束日期不能早于开始日期。',
    en: 'The end date cannot be earlier than the start date.',
  },
  'organization.dissolve_needs_reason': {
    status: 400,
    'zh-CN': '标记为解散时，请填写解散日期和原因。',
    en: 'To mark it dissolved, give the date and the reason.',
  },
  'organization.unchanged': {
    status: 400,
    'zh-CN': '与当前情况相同，没有变化。',
    en: 'This is already the current value.',
  },
  'organization.relation_self': {
    status: 400,
    'zh-CN': '一个组织不能和自己建立关系。',
    en: 'An organization cannot be related to itself.',
  },
  'organization.sub_team_unknown': { status: 404, 'zh-CN': '分队不存在。', en: 'No such sub-team.' },
  'organization.chat_group_unknown': { status: 404, 'zh-CN': '群不存在。', en: 'No such chat group.' },
  'organization.already_served': {
    status: 409,
    'zh-CN': '已经在服务这个社区。',
    en: 'The organization already serves this community.',
  },
  'organization.not_served': {
    status: 404,
    'zh-CN': '本组织目前没有服务这个社区。',
    en: 'The organization does not currently serve this community.',
  },
  'organization.stage_not_in_model': {
    status: 400,
    'zh-CN': '这个阶段不属于本平台使用的阶段模型。',
    en: 'This stage is not part of the stage model in use.',
  },
  'organization.unknown_criterion': {
    status: 400,
    'zh-CN': '评估标准不属于所选阶段。',
    en: 'A criterion does not belong to the chosen stage.',
  },
  'organization.assessment_needs_evidence': {
    status: 400,
    'zh-CN': '评估为这个阶段需要证据：请为达到的标准附上链接或说明。',
    en: 'An assessment at this stage needs evidence: add a link or note for the criteria met.',
  },
  'organization.case_subject_unknown': {
    status: 404,
    'zh-CN': '找不到这个自组织或居民。',
    en: 'No such organization or person.',
  },
  'organization.service_model_not_chosen': {
    status: 409,
    'zh-CN': '这个自组织还没有选择做服务模式梳理；只有队长可以开始。',
    en: 'This organization has not chosen to map its service model; only its leader can start it.',
  },
  'organization.service_model_activity_review_first': {
    status: 400,
    'zh-CN': '先完成活动梳理，才能完成模式梳理。',
    en: 'Complete the activity review before the model review.',
  },
  'organization.service_model_period_reversed': {
    status: 400,
    'zh-CN': '结束日期不能早于开始日期。',
    en: 'The period ends before it starts.',
  },
} as const satisfies ErrorMessages;
