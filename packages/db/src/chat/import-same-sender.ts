import type pg from 'pg';
import type { SenderState } from './import-senders';

/**
 * WeChat's system lines name people ("叶红梅"邀请"小草"加入了群聊, "小草"撤回了一条消息) where their messages
 * carry a wxid: the parsers key such a line by the name (`name:小草`), and the member would count twice —
 * a silent 小草 who joined, and a 小草 who talks. A name-keyed sender is the same member as the one sender
 * of the group with an export key (not a name) shown under exactly that name; two such senders with one
 * name stay apart, since a guess would give one member the other's messages.
 */
const isNameRef = (ref: string) => ref.startsWith('name:');
const isKeyedRef = (ref: string) => !isNameRef(ref) && !ref.startsWith('forgotten:') && ref !== 'self';

/** The group's keyed senders by their one name, for name-keyed lines met during the import. */
export function sendersByName(senders: ReadonlyMap<string, SenderState>) {
  const byName = new Map<string, SenderState | null>();
  const add = (ref: string, sender: SenderState) => {
    if (!isKeyedRef(ref) || !sender.displayName) return;
    // null marks a name two keyed senders share: never resolved.
    byName.set(sender.displayName, byName.has(sender.displayName) ? null : sender);
  };
  for (const [ref, sender] of senders) add(ref, sender);
  return {
    add,
    find: (ref: string) => (isNameRef(ref) ? (byName.get(ref.slice('name:'.length)) ?? undefined) : undefined),
  };
}

/**
 * After a file's messages are in: a name-keyed sender met before the keyed one (a join line comes before
 * the member's first message) is folded into it — messages, quotes, mentions, join and leave times, a
 * confirmed match — and removed. Its pseudonym letter is not given again (letters stay stable).
 */
export async function foldNameOnlySenders(client: pg.PoolClient, groupId: string) {
  await client.query(
    `create temp table chat_import_same_sender on commit drop as
       select n.id as name_id, (array_agg(r.id))[1] as keyed_id
       from chat_senders n
       join chat_senders r on r.group_id = n.group_id and r.display_name = substr(n.sender_ref, 6)
         and r.sender_ref not like 'name:%' and r.sender_ref not like 'forgotten:%' and r.sender_ref <> 'self'
       where n.group_id = $1 and n.sender_ref like 'name:%'
       group by n.id having count(*) = 1`,
    [groupId],
  );
  const folded = await client.query('select 1 from chat_import_same_sender limit 1');
  if (folded.rowCount === 0) return;
  await client.query(
    `update chat_messages m set sender_id = s.keyed_id from chat_import_same_sender s
     where m.group_id = $1 and m.sender_id = s.name_id`,
    [groupId],
  );
  await client.query(
    `update chat_messages m set quoted_sender_id = s.keyed_id from chat_import_same_sender s
     where m.group_id = $1 and m.quoted_sender_id = s.name_id`,
    [groupId],
  );
  await client.query(
    `update chat_messages m set mention_sender_ids = array(
       select distinct coalesce(s.keyed_id, mentioned) from unnest(m.mention_sender_ids) as mentioned
       left join chat_import_same_sender s on s.name_id = mentioned)
     where m.group_id = $1 and m.mention_sender_ids && array(select name_id from chat_import_same_sender)`,
    [groupId],
  );
  await client.query(
    `update chat_senders r set
       joined_at = least(r.joined_at, n.joined_at),
       left_at = greatest(r.left_at, n.left_at),
       person_id = coalesce(r.person_id, n.person_id),
       matched_by = case when r.person_id is null then n.matched_by else r.matched_by end,
       matched_at = case when r.person_id is null then n.matched_at else r.matched_at end,
       is_staff = r.is_staff or n.is_staff
     from chat_import_same_sender s join chat_senders n on n.id = s.name_id
     where r.id = s.keyed_id`,
  );
  await client.query('delete from chat_senders where id in (select name_id from chat_import_same_sender)');
}
