import type { ErrorMessages } from '../shared/error-messages';

export const communityErrorMessages = {
  'community.unknown': { status: 404, 'zh-CN': '社区不存在。', en: 'No such community.' },
  'community.population_parts': {
    status: 400,
    'zh-CN': '本地/外来人口或各年龄段人口之和不能超过常住人口。',
    en: 'Locals and migrants, or the age bands, cannot add up to more than the resident population.',
  },
  'estate.unknown': { status: 404, 'zh-CN': '小区不存在。', en: 'No such estate.' },
  'estate.not_old': {
    status: 400,
    'zh-CN': '老旧小区指 {year} 年底以前建成的小区，请检查建成年份或类型。',
    en: 'An old neighbourhood was built by the end of {year}; check the build year or the type.',
  },
  'courtyard.unknown': { status: 404, 'zh-CN': '院落不存在。', en: 'No such courtyard.' },
  'stakeholder.unknown': { status: 404, 'zh-CN': '相关方不存在。', en: 'No such stakeholder.' },
  'need.unknown': { status: 404, 'zh-CN': '需求不存在。', en: 'No such need.' },
  'space.unknown': { status: 404, 'zh-CN': '空间不存在。', en: 'No such space.' },
  'resource.unknown': { status: 404, 'zh-CN': '资源不存在。', en: 'No such resource.' },
  'resource.pin_incomplete': {
    status: 400,
    'zh-CN': '标注位置需要同时给出横坐标和纵坐标。',
    en: 'A pin needs both x and y.',
  },
  'resource.use_before_found': {
    status: 400,
    'zh-CN': '使用日期不能早于发现资源的日期。',
    en: 'A resource cannot be used before it was found.',
  },
  'survey.future_date': { status: 400, 'zh-CN': '日期不能晚于今天。', en: 'The date cannot be in the future.' },
  'survey.need_empty': {
    status: 400,
    'zh-CN': '请填写需求内容或选择需求类别。',
    en: 'Describe the need or choose its category.',
  },
  'site_plan.missing': {
    status: 404,
    'zh-CN': '这个社区还没有上传平面图。',
    en: 'This community has no site plan yet.',
  },
  'site_plan.not_image': {
    status: 415,
    'zh-CN': '平面图只能是 PNG、JPEG 或 WebP 图片。',
    en: 'The site plan must be a PNG, JPEG or WebP picture.',
  },
  'site_plan.too_large': {
    status: 413,
    'zh-CN': '平面图不能超过 {megabytes} MB。',
    en: 'The site plan may be at most {megabytes} MB.',
  },
} as const satisfies ErrorMessages;
