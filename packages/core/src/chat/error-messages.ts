import type { ErrorMessages } from '../shared/error-messages';

/** Chat trail 群聊轨迹: errors and import problems a user can meet (merged into the catalogue in ../errors.ts). */
export const chatErrorMessages = {
  'chat.unknown_format': {
    status: 400,
    'zh-CN':
      '认不出这个文件是哪种聊天记录导出（第 {line} 行）。请导出微信（留痕）、企业微信、Telegram 或 WhatsApp 的聊天记录，或用“通用表格”指定各列。',
    en: 'This file is no chat export we can read (line {line}). Export from WeChat (WeChatMsg), WeCom, Telegram or WhatsApp, or map the columns of a generic CSV.',
  },
  'chat.unknown_line': {
    status: 400,
    'zh-CN': '第 {line} 行既不是一条消息，也不是上一条消息的续行。',
    en: 'Line {line} is neither a message nor the continuation of one.',
  },
  'chat.broken_time': {
    status: 400,
    'zh-CN': '第 {line} 行的时间读不出来，或是不存在的日期。',
    en: 'The time on line {line} cannot be read or names a day that does not exist.',
  },
  'chat.future_date': {
    status: 400,
    'zh-CN': '第 {line} 行的消息时间在未来。请检查手机时间或导出的日期格式（日/月的顺序）。',
    en: 'The message on line {line} is dated in the future. Check the phone’s clock or the export’s day/month order.',
  },
  'chat.wrong_format': {
    status: 400,
    'zh-CN': '第 {line} 行不符合这种导出的格式（缺少字段或列）。',
    en: 'Line {line} does not fit this export’s format (missing fields or columns).',
  },
  'chat.truncated': {
    status: 400,
    'zh-CN': '文件在第 {line} 行处不完整，可能没有传完。请重新导出或重新上传。',
    en: 'The file is incomplete at line {line}; it may not have finished uploading. Export or upload it again.',
  },
  'chat.date_order_unknown': {
    status: 400,
    'zh-CN': '看不出日期是“日/月”还是“月/日”（比如 1/5/21）。请选择日期的写法后再导入。',
    en: 'The dates could be day/month or month/day (such as 1/5/21). Choose how the dates are written, then import again.',
  },
  'chat.other_group': {
    status: 400,
    'zh-CN': '文件里有 {count} 条消息属于别的群或私聊，没有导入。',
    en: '{count} messages of another group or a private chat were left out.',
  },
  'chat.file_too_large': {
    status: 413,
    'zh-CN': '文件太大（最多 {limit}）。请按时间分段导出后再上传。',
    en: 'The file is too large (at most {limit}). Export it in parts by date and upload each.',
  },
  'chat.unknown_encoding': {
    status: 400,
    'zh-CN': '读不懂这个文件的文字编码。请另存为 UTF-8 后再上传，或选择正确的编码。',
    en: 'The file’s text encoding cannot be read. Save it as UTF-8 and upload again, or choose its encoding.',
  },
  'chat.no_agreement': {
    status: 409,
    'zh-CN': '这个群还没有组织的同意记录（或同意已撤回），不能导入或分析。请先记录组织的同意。',
    en: 'This group has no agreement of its organization in force (or it was withdrawn): it cannot be imported or analysed. Record the agreement first.',
  },
  'chat.unknown_group': {
    status: 404,
    'zh-CN': '找不到这个群。',
    en: 'No such group chat.',
  },
  'chat.unknown_sender': {
    status: 404,
    'zh-CN': '找不到这位发言人。',
    en: 'No such sender in this group.',
  },
  'chat.unknown_import': {
    status: 404,
    'zh-CN': '找不到这次导入。',
    en: 'No such import.',
  },
  'chat.unknown_agreement': {
    status: 404,
    'zh-CN': '找不到这份同意记录。',
    en: 'No such agreement.',
  },
} as const satisfies ErrorMessages;
