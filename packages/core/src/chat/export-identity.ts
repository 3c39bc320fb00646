import type { ChatExportFormat } from './import';

/**
 * The export's own name for its group, read from the file's first characters (issue 19, "an export of
 * a different group than chosen"): WeCom's `roomid`, Telegram's chat `id`, WeChatMsg's `TalkerId` column
 * (the chatroom's wxid). Null for exports that do not name their group (WeChat TXT, WhatsApp, a generic
 * CSV) — those cannot be told apart from the file and are imported as chosen.
 *
 * The first import of a group records it (chat_groups.export_ref); a later file naming another group is
 * refused whole. A name or member overlap would guess: groups get renamed and members come and go.
 */
export function exportIdentityOf(format: ChatExportFormat, head: string): string | null {
  const text = head.replace(/^\uFEFF/, '');
  if (format === 'wecom-json') {
    const room = /"roomid"\s*:\s*"([^"]{1,200})"/.exec(text);
    return room ? `wecom:${room[1]}` : null;
  }
  if (format === 'telegram-json') {
    // The chat's own `id` comes before its `messages` array; a message's `id` comes after.
    const before = text.split(/"messages"\s*:/)[0] ?? '';
    const id = /"id"\s*:\s*(-?\d{1,20})/.exec(before);
    return id ? `telegram:${id[1]}` : null;
  }
  if (format === 'wechat-csv') {
    const [header = '', ...rows] = text.split(/\r?\n/);
    const column = header.split(',').indexOf('TalkerId');
    const first = rows.find((row) => row.trim() !== '');
    const talker = column >= 0 && first ? first.split(',')[column]?.trim() : '';
    return talker && talker !== '0' ? `wechat:${talker}` : null;
  }
  return null;
}
