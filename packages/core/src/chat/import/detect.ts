import { columnIndexes } from './csv-records';
import type { ChatExportFormat, ChatImportProblem } from './record';
import { type WhatsAppDateOrder, whatsAppDateOrder, whatsAppLine } from './whatsapp';

/**
 * Which export a file is, from its first characters (a few kilobytes, decoded). A generic CSV is never
 * guessed — it needs staff's column mapping — so a CSV that is no WeChatMsg export is `chat.unknown_format`.
 */
export type ChatExportDetection =
  | { format: 'telegram-json' }
  | { format: 'wecom-json'; isArray: boolean }
  | { format: 'wechat-csv' | 'wechat-txt' }
  | { format: 'whatsapp-txt'; dateOrder: WhatsAppDateOrder | null };

export function detectChatExport(sample: string): { detection: ChatExportDetection } | { problem: ChatImportProblem } {
  const text = sample.replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    if (/"messages"\s*:/.test(text) && /"(?:date_unixtime|from_id|type)"\s*:/.test(text))
      return { detection: { format: 'telegram-json' } };
    if (/"msgid"\s*:/.test(text) && /"msgtime"\s*:/.test(text))
      return { detection: { format: 'wecom-json', isArray: start.startsWith('[') } };
  }
  const lines = text.split(/\r?\n/).slice(0, 200);
  const firstLine = lines.find((line) => line.trim() !== '') ?? '';
  const header = columnIndexes(firstLine.split(','), {
    type: ['Type'],
    content: ['StrContent'],
    time: ['CreateTime', 'StrTime'],
  });
  if (header.type >= 0 && header.content >= 0 && header.time >= 0) return { detection: { format: 'wechat-csv' } };
  const whatsApp = lines.filter((line) => whatsAppLine.test(line)).length;
  const wechatHeader = /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}:\d{2}( |$)/;
  const wechat = lines.filter((line) => wechatHeader.test(line)).length;
  if (whatsApp > 0 && whatsApp >= wechat)
    return { detection: { format: 'whatsapp-txt', dateOrder: whatsAppDateOrder(lines) } };
  if (wechat > 0) return { detection: { format: 'wechat-txt' } };
  return { problem: { line: 1, code: 'chat.unknown_format', detail: firstLine.slice(0, 80) } };
}

export const chatFormatOf = (detection: ChatExportDetection): ChatExportFormat => detection.format;
