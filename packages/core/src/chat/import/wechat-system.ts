import type { ChatMessageKind } from './record';

/**
 * WeChat's group system lines (type 10000 in the MSG table; written as plain lines by the TXT exporters).
 * The names are quoted with ASCII or Chinese quotes; several invited names are joined by 、.
 *   "张三"邀请"李四、王五"加入了群聊 · 你邀请"李四"加入了群聊 · "李四"通过扫描"张三"分享的二维码加入群聊
 *   "张三"将"李四"移出了群聊 · 你将"李四"移出了群聊 · "张三"撤回了一条消息 · 你撤回了一条消息
 * WeChat announces no voluntary leave: a member who leaves silently is seen only on the roster.
 */
export interface WechatSystemLine {
  kind: Extract<ChatMessageKind, 'join' | 'leave' | 'recall' | 'system'>;
  /** who joined or was removed, or who recalled */
  names: string[];
}

const quoted = '["“”]([^"“”]+)["“”]';
const invited = new RegExp(`^(?:${quoted}|你)邀请${quoted}(?:和.+)?加入了群聊`);
const scanned = new RegExp(`^${quoted}通过扫描(?:${quoted}|你)分享的二维码加入群聊`);
const removed = new RegExp(`^(?:${quoted}|你)将${quoted}移出了群聊`);
const recalled = new RegExp(`^(?:${quoted}\\s?|你)撤回了一条消息`);

const splitNames = (names: string) =>
  names
    .split('、')
    .map((name) => name.trim())
    .filter(Boolean);

/** Every system line above starts with a quoted name or 你: anything else is read without a pattern. */
const systemLineStarts = new Set(['"', '“', '”', '你'].map((start) => start.charCodeAt(0)));
/** The answer for most lines, shared (this runs for every message of a TXT export: no garbage). */
const plainLine: WechatSystemLine = Object.freeze({ kind: 'system', names: Object.freeze([]) as unknown as string[] });
/** Characters `trim` would remove: a line starting with one is trimmed first. */
const mayBeSpace = (code: number) =>
  code <= 0x20 || code === 0xa0 || code === 0xfeff || (code >= 0x1680 && code <= 0x3000);

export function wechatSystemLine(text: string): WechatSystemLine {
  const first = text.charCodeAt(0);
  if (!mayBeSpace(first) && !systemLineStarts.has(first)) return plainLine;
  const line = text.trim();
  if (!systemLineStarts.has(line.charCodeAt(0))) return plainLine;
  let match = invited.exec(line);
  if (match) return { kind: 'join', names: splitNames(match[2]!) };
  match = scanned.exec(line);
  if (match) return { kind: 'join', names: [match[1]!] };
  match = removed.exec(line);
  if (match) return { kind: 'leave', names: splitNames(match[2]!) };
  match = recalled.exec(line);
  if (match) return { kind: 'recall', names: match[1] ? [match[1]] : [] };
  return plainLine;
}

/** Whether a line reads as one of WeChat's system lines (for the TXT form, which has no type column). */
export function isWechatSystemText(text: string): boolean {
  return (
    wechatSystemLine(text).kind !== 'system' ||
    /^(?:["“].+["”]|你)(?:修改群名为|与群里其他人都不是朋友关系|开启了|拍了拍)/.test(text)
  );
}

/**
 * A quoted reply's author and the quoted message's server id, from the appmsg XML WeChat stores for
 * type 49 sub-type 57 (`<refermsg><svrid>…</svrid><displayname>…</displayname>`), and the reply's own
 * text (`<title>`). Exporters that flatten it write the title alone.
 */
export function wechatQuote(xml: string): { title: string | null; author: string | null; svrid: string | null } {
  const tag = (name: string, within: string) => {
    const match = new RegExp(`<${name}>(?:<!\\[CDATA\\[)?([\\s\\S]*?)(?:\\]\\]>)?</${name}>`).exec(within);
    return match ? match[1]! : null;
  };
  const refer = /<refermsg>([\s\S]*?)<\/refermsg>/.exec(xml)?.[1] ?? '';
  return { title: tag('title', xml), author: tag('displayname', refer), svrid: tag('svrid', refer) };
}
