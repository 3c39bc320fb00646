import { createHash } from 'node:crypto';
import { sql } from 'kysely';

/**
 * An erased person's sender row stays (a member spoke; the counts and the network keep their node)
 * but loses everything that says who: the name, the match, and the export's key for them — which is
 * often the name itself (`name:王秀英` in a WhatsApp or WeChat TXT export) or a WeChat id. The key is
 * replaced by a SHA-256 of the group and the key, so a later import of the same export finds the same,
 * nameless row instead of bringing the name back. The hash confirms a name only to someone who already
 * has it and the database; no list of names is kept to find it.
 */
export function forgottenSenderRef(groupId: string, ref: string): string {
  return `forgotten:${createHash('sha256').update(`${groupId}\u001f${ref}`, 'utf8').digest('hex')}`;
}

/** The same, computed in place in an update of `chat_senders` (rows already forgotten are left as they are). */
export const forgetSenderRef = sql<string>`case when sender_ref like 'forgotten:%' then sender_ref
  else 'forgotten:' || encode(sha256(convert_to(group_id::text || chr(31) || sender_ref, 'UTF8')), 'hex') end`;
