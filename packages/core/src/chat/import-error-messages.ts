import type { ErrorMessages } from '../shared/error-messages';

/** Errors of chat import jobs (issue 19, part B), merged into the catalogue in ../errors.ts. */
export const chatImportErrorMessages = {
  'chat.import_interrupted': {
    status: 409,
    'zh-CN': '这次导入在进行中被中断了（服务器重启或进程被终止），没有导入任何消息。请重新上传这个文件。',
    en: 'This import was interrupted (the server restarted or the process was stopped); no message was imported. Upload the file again.',
  },
  'chat.other_group_export': {
    status: 409,
    'zh-CN': '这个文件是另一个群的聊天记录（第 {line} 行），和这个群以前导入的不是同一个群。没有导入任何消息。',
    en: 'This file is the chat of another group (line {line}) than the one imported into this group before. Nothing was imported.',
  },
  'chat.import_failed': {
    status: 409,
    'zh-CN': '导入时服务器出错，没有导入任何消息。请稍后重新上传。',
    en: 'The server failed during the import; no message was imported. Please upload again later.',
  },
  'chat.csv_mapping_needed': {
    status: 400,
    'zh-CN': '“通用表格”需要指定时间、发言人和内容各在哪一列。',
    en: 'A generic CSV needs its columns for the time, the sender and the text.',
  },
} as const satisfies ErrorMessages;
