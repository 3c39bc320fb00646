import type { ErrorMessages } from '../shared/error-messages';

/** Staff tracking logs (追踪日志) and merging: errors a user can meet (merged in ../errors.ts). */
export const trackingErrorMessages = {
  'tracking.unknown': { status: 404, 'zh-CN': '追踪日志不存在。', en: 'No such tracking log.' },
  'tracking.not_author': {
    status: 403,
    'zh-CN': '只有写这篇追踪日志的人或培育方工作人员可以修改它。',
    en: 'Only its author or incubator staff may change a tracking log.',
  },
  'tracking.organization_not_organizer': {
    status: 400,
    'zh-CN': '追踪的自组织不是这个活动的组织方。',
    en: 'The organization tracked did not organize this activity.',
  },
  'tracking.activity_without_organization': {
    status: 400,
    'zh-CN': '这个活动没有自组织，追踪日志请选择一个自组织。',
    en: 'This activity has no organization; a tracking log needs the organization tracked.',
  },
  'tracking.several_matches': {
    status: 409,
    'zh-CN': '这一天这个时段有几个活动，请选择你观察的是哪一个。',
    en: 'Several activities match that day and time; choose the one you observed.',
  },
  'tracking.merge_same_activity': {
    status: 400,
    'zh-CN': '请选择两个不同的活动。',
    en: 'Choose two different activities.',
  },
  'tracking.merge_already_merged': {
    status: 409,
    'zh-CN': '其中一个活动已经合并到别的活动了，请刷新后再看。',
    en: 'One of the activities was already merged into another; reload and look again.',
  },
  'tracking.merge_no_common_organization': {
    status: 400,
    'zh-CN': '这两个活动没有共同的组织方，不能作为同一次活动合并。',
    en: 'The two activities share no organization, so they cannot be one activity.',
  },
} as const satisfies ErrorMessages;
