import type { ErrorMessages } from '../shared/error-messages';

/**
 * Managing places and importing them from the sheet. The sheet's issues name the row and the
 * column (the template's Chinese header, as the street office sees it) in the message itself, so
 * a list of messages is enough to fix the sheet.
 */
export const placeErrorMessages = {
  'street.duplicate_name': {
    status: 409,
    'zh-CN': '已经有一个叫「{name}」的街道。',
    en: 'There is already a street called “{name}”.',
  },
  'community.duplicate_name': {
    status: 409,
    'zh-CN': '这个街道已经有一个叫「{name}」的社区。',
    en: 'This street already has a community called “{name}”.',
  },
  'estate.duplicate_name': {
    status: 409,
    'zh-CN': '这个社区已经有一个叫「{name}」的小区。',
    en: 'This community already has an estate called “{name}”.',
  },
  'courtyard.duplicate_name': {
    status: 409,
    'zh-CN': '这个小区已经有一个叫「{name}」的院落。',
    en: 'This estate already has a courtyard called “{name}”.',
  },
  'community.other_street': {
    status: 409,
    'zh-CN': '社区不能调到另一个街道：区划调整会牵动社区下的所有记录，请联系管理员处理。',
    en: 'A community cannot move to another street: a boundary change touches every record under it; ask the administrator.',
  },
  'place.move_other_street': {
    status: 409,
    'zh-CN': '只能在同一个街道内移动小区或院落。',
    en: 'Estates and courtyards move only within their street.',
  },
  'place.has_records': {
    status: 409,
    'zh-CN':
      '已有居民、活动或调查记录指向这里，不能移动（会让这些记录的社区或小区对不上）。请在新位置新建一个，再归档这个。',
    en: 'Residents, activities or survey records point here, so it cannot move (their community or estate would disagree). Create a new one where it belongs and archive this one.',
  },
  'place.street_staff_only': {
    status: 403,
    'zh-CN': '只有负责整个街道的社工才能管理这个街道的地点。',
    en: 'Only staff who work the whole street may manage its places.',
  },
  'places.import_invalid': {
    status: 400,
    'zh-CN': '表格里有 {count} 处问题，没有导入任何内容。请改正后重新上传。',
    en: 'The sheet has {count} problem(s); nothing was imported. Fix them and upload again.',
  },
  'places.import_unreadable': {
    status: 400,
    'zh-CN': '读不出这个文件，请上传用模板填写的 .xlsx 表格。',
    en: 'This file cannot be read; upload the .xlsx template filled in.',
  },
  'places.import_too_large': {
    status: 413,
    'zh-CN': '表格不能超过 {megabytes} MB。',
    en: 'The sheet may be at most {megabytes} MB.',
  },
  'places.import_unpacks_too_large': {
    status: 413,
    'zh-CN': '这个表格解压后超过 {megabytes} MB，不像是地点表格。请上传用模板填写的表格。',
    en: 'This sheet unpacks to more than {megabytes} MB, which no place sheet needs. Upload the template filled in.',
  },
  'places.sheet.empty': {
    status: 400,
    'zh-CN': '表格里没有可导入的行（从第 {row} 行起为空）。',
    en: 'The sheet has no rows to import (empty from row {row}).',
  },
  'places.sheet.too_many_rows': {
    status: 400,
    'zh-CN': '表格最多 {max} 行，请分几次导入。',
    en: 'A sheet may have at most {max} rows; import it in parts.',
  },
  'places.sheet.missing_column': {
    status: 400,
    'zh-CN': '第 {row} 行（表头）缺少「{column}」列，请使用模板。',
    en: 'Row {row} (the header) has no “{column}” column; use the template.',
  },
  'places.sheet.required': {
    status: 400,
    'zh-CN': '第 {row} 行「{column}」不能为空。',
    en: 'Row {row}: “{column}” cannot be empty.',
  },
  'places.sheet.too_long': {
    status: 400,
    'zh-CN': '第 {row} 行「{column}」太长，最多 {max} 个字。',
    en: 'Row {row}: “{column}” is too long (at most {max} characters).',
  },
  'places.sheet.bad_number': {
    status: 400,
    'zh-CN': '第 {row} 行「{column}」应为不小于 0 的整数，现在是「{value}」。',
    en: 'Row {row}: “{column}” must be a whole number from 0, not “{value}”.',
  },
  'places.sheet.bad_year': {
    status: 400,
    'zh-CN': '第 {row} 行「{column}」应为 1800 到 {year} 之间的年份，现在是「{value}」。',
    en: 'Row {row}: “{column}” must be a year from 1800 to {year}, not “{value}”.',
  },
  'places.sheet.unknown_type': {
    status: 400,
    'zh-CN': '第 {row} 行「{column}」的「{value}」不是可选的小区类型，请看填写说明。',
    en: 'Row {row}: “{value}” is not an estate type for “{column}”; see the instructions sheet.',
  },
  'places.sheet.not_old': {
    status: 400,
    'zh-CN': '第 {row} 行「{column}」：老旧小区指 {year} 年底以前建成的小区。',
    en: 'Row {row}, “{column}”: an old neighbourhood was built by the end of {year}.',
  },
  'places.sheet.courtyard_without_estate': {
    status: 400,
    'zh-CN': '第 {row} 行填写了「{column}」，但没有填写所属小区。',
    en: 'Row {row} names a “{column}” but not its estate.',
  },
  'places.sheet.estate_detail_without_estate': {
    status: 400,
    'zh-CN': '第 {row} 行填写了「{column}」，但没有填写小区。',
    en: 'Row {row} gives “{column}” but no estate.',
  },
  'places.sheet.duplicate': {
    status: 400,
    'zh-CN': '第 {row} 行「{column}」的「{value}」与第 {first} 行重复。',
    en: 'Row {row}: “{value}” in “{column}” repeats row {first}.',
  },
  'places.sheet.conflict': {
    status: 400,
    'zh-CN': '第 {row} 行「{column}」与第 {first} 行填写的不一致。',
    en: 'Row {row}: “{column}” disagrees with row {first}.',
  },
  'places.sheet.exists': {
    status: 400,
    'zh-CN': '第 {row} 行：这个街道已经有「{value}」社区，导入只新建社区；请在地点管理页修改它。',
    en: 'Row {row}: the street already has the community “{value}”; an import only creates — change it on the places page.',
  },
} as const satisfies ErrorMessages;
