import { randomUUID } from 'node:crypto';
import { type ChatRosterInput, type ChatRosterOutcome, fail, ok, type Result, wecomGroupMembers } from '@seedbed/core';
import { CompiledQuery, sql } from 'kysely';
import { recordAudit } from '../audit';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { chatAgreementInForce } from './agreement-in-force';
import { forgottenSenderRef } from './forgotten-sender';
import { chatImportLockKey } from './import-lock';
import { knownSenders, type SenderQueries } from './import-senders';

/** PostgreSQL's text cannot hold U+0000. */
const clean = (text: string) => text.replaceAll('\u0000', '').trim();

const queriesOf = (tx: TxContext): SenderQueries => ({
  query: async <R>(text: string, values: unknown[]) => ({
    rows: (await tx.db.executeQuery<R>(CompiledQuery.raw(text, values))).rows,
  }),
});

/**
 * A group's member list (issue 19: "WeCom 会话内容存档 … with the group's member list for join times"),
 * upserted into its senders in one transaction under the group's import lock (so an import running
 * meanwhile and this list never hand out the same pseudonym number): a member already seen gets the
 * list's join time (the earlier of the two) and the list's names; a member never seen becomes a sender
 * with the next pseudonym number — roster members who never speak are the periphery the analysis shows.
 * The customer group's answer names its room (`chat_id`, the archive's `roomid`): recorded like an
 * import's, and a list of another group is refused with the import's code. An erased person's sender
 * (kept under a hash of its key) is found by that hash and gets no name back. Audited with counts only.
 */
export function writeChatRoster(
  call: StoreContext,
  groupId: string,
  input: ChatRosterInput,
): Promise<Result<ChatRosterOutcome>> {
  return inTransaction(call, async (tx) => {
    const group = await findInScope(tx, 'chat_groups', groupId, { forUpdate: true });
    if (!group.ok) return group;
    const agreement = await chatAgreementInForce(tx, groupId, { forUpdate: true });
    if (!agreement.ok) return agreement;
    const roster = wecomGroupMembers(input);
    if (!roster) return fail('chat.wrong_format', { line: 1 });
    const exportRef = roster.roomId ? `wecom:${roster.roomId}` : null;
    if (group.value.export_ref && exportRef && group.value.export_ref !== exportRef)
      return fail('chat.other_group_export', { line: 1 });

    const [lockA, lockB] = chatImportLockKey(groupId);
    await sql`select pg_advisory_xact_lock(${lockA}, ${lockB})`.execute(tx.db);
    const queries = queriesOf(tx);
    const { senders, lastPseudonym } = await knownSenders(queries, groupId);
    let nextPseudonym = lastPseudonym + 1;

    const members = new Map<string, { joinedAt: number | null; displayName: string; otherNames: string[] }>();
    for (const member of roster.members) {
      const key = clean(member.senderKey);
      if (key === '' || key === 'system') continue;
      const before = members.get(key);
      const names = [...(before?.otherNames ?? []), ...(member.otherNames ?? [])].map(clean).filter(Boolean);
      members.set(key, {
        joinedAt: before?.joinedAt ?? member.joinedAt,
        displayName: before?.displayName || clean(member.displayName),
        otherNames: [...new Set(names)],
      });
    }

    let sendersAdded = 0;
    let sendersUpdated = 0;
    for (const [key, member] of members) {
      const known = senders.get(key);
      const forgotten = known ? null : senders.get(forgottenSenderRef(groupId, key));
      const joinedAt = member.joinedAt === null ? null : new Date(member.joinedAt);
      if (known) {
        await tx.db
          .updateTable('chat_senders')
          .set({
            joined_at: sql`least(joined_at, ${joinedAt}::timestamptz)`,
            display_name: sql`coalesce(display_name, ${member.displayName || null})`,
            other_names: sql`array(select n from unnest(other_names || ${member.otherNames}::text[]) with ordinality as t (n, i)
              group by n order by min(i))`,
          })
          .where('id', '=', known.id)
          .execute();
        sendersUpdated += 1;
      } else if (forgotten) {
        await tx.db
          .updateTable('chat_senders')
          .set({ joined_at: sql`least(joined_at, ${joinedAt}::timestamptz)` })
          .where('id', '=', forgotten.id)
          .execute();
        sendersUpdated += 1;
      } else {
        await tx.db
          .insertInto('chat_senders')
          .values({
            id: randomUUID(),
            street_id: group.value.street_id,
            group_id: groupId,
            sender_ref: key,
            display_name: member.displayName || null,
            other_names: member.otherNames,
            pseudonym_number: nextPseudonym++,
            joined_at: joinedAt,
          })
          .execute();
        sendersAdded += 1;
      }
    }
    if (exportRef && !group.value.export_ref)
      await tx.db.updateTable('chat_groups').set({ export_ref: exportRef }).where('id', '=', groupId).execute();
    const outcome = { membersRead: roster.members.length, sendersAdded, sendersUpdated };
    await recordAudit(tx.db, tx.actor, {
      action: 'chat.roster.upload',
      tableName: 'chat_groups',
      recordId: groupId,
      streetId: group.value.street_id,
      after: outcome,
    });
    return ok(outcome);
  });
}
