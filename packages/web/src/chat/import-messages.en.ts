import type { ChatImportMessages } from './import-messages';

/** English strings of the chat import page, typed against the zh-CN ones. */
export const chatImportMessagesEn: ChatImportMessages = {
  chatImport: {
    title: 'Import chat history',
    intro:
      'Upload the group’s exported chat. The same file, or a newer one that overlaps, can come again: nothing is imported twice.',
    file: 'Choose the export file',
    format: 'Kind of file',
    encoding: 'Text encoding',
    auto: 'Detect',
    dateOrder: 'How dates are written',
    dateOrderHint: 'The file’s dates look like 1/5/21: choose how they are written.',
    dmy: 'day/month/year',
    mdy: 'month/day/year',
    csvColumns: 'Generic CSV: the header of each column',
    csvTime: 'Time column',
    csvSender: 'Sender column',
    csvText: 'Text column',
    csvId: 'Message id column (optional)',
    upload: 'Import',
    uploading: 'Uploading…',
    past: 'Imports',
    none: 'Nothing imported yet.',
    queued: 'Waiting',
    running: 'Importing {{percent}}%',
    done: 'Done',
    failed: 'Failed',
    counts: '{{read}} read, {{added}} new, {{already}} already there',
    problems: '{{count}} problems (the first 200 listed):',
    formats: {
      'wechat-csv': 'WeChat (WeChatMsg CSV)',
      'wechat-txt': 'WeChat (TXT)',
      'wecom-json': 'WeCom archive',
      'telegram-json': 'Telegram (result.json)',
      'whatsapp-txt': 'WhatsApp (.txt)',
      csv: 'Generic CSV',
    },
  },
};
