import { sql } from 'kysely';
import type { PersonErasureHook, PersonExportHook } from '../people';
import { forgetSenderRef } from './forgotten-sender';
import { chatImportLockKey } from './import-lock';

/**
 * The chat trail's part of a person's export and erasure (PIPL art. 45, 47). What it holds about a
 * person: the senders staff matched to them (in which groups, under which name the export wrote, how
 * many messages — never anyone else's), and the agreements they gave for their organization.
 * Erasure unmatches their senders, forgets the names the exports wrote for them, the text of their
 * messages and any kept text naming them in their street's groups, and clears them from agreements;
 * the counts stay (a member spoke, not who). An import running meanwhile ends first (its group's lock).
 */
export const exportChatRecords: PersonExportHook = async ({ db }, person) => ({
  chatSenders: await db
    .selectFrom('chat_senders as s')
    .innerJoin('chat_groups as g', 'g.id', 's.group_id')
    .select([
      's.id',
      'g.name as groupName',
      's.display_name as displayName',
      's.other_names as otherNames',
      's.matched_at as matchedAt',
      (eb) =>
        eb
          .selectFrom('chat_messages as m')
          .select(sql<number>`count(*)::int`.as('n'))
          // through the group's time index: no index has the sender alone (migration 0042)
          .whereRef('m.group_id', '=', 's.group_id')
          .whereRef('m.sender_id', '=', 's.id')
          .as('messageCount'),
    ])
    .where('s.person_id', '=', person.id)
    .orderBy('g.name')
    .execute(),
  // their own messages whose text an agreement still keeps (never another sender's)
  chatMessages: await db
    .selectFrom('chat_messages as m')
    .innerJoin('chat_senders as s', (join) =>
      join.onRef('s.group_id', '=', 'm.group_id').onRef('s.id', '=', 'm.sender_id'),
    )
    .innerJoin('chat_groups as g', 'g.id', 'm.group_id')
    .select(['m.source_ref as id', 'g.name as groupName', 'm.sent_at as sentAt', 'm.text'])
    .where('s.person_id', '=', person.id)
    .where('m.text', 'is not', null)
    .orderBy('m.sent_at')
    .execute(),
  chatAgreementsGiven: await db
    .selectFrom('chat_agreements as a')
    .innerJoin('chat_groups as g', 'g.id', 'a.group_id')
    .select(['a.id', 'g.name as groupName', 'a.agreed_on as agreedOn', 'a.agreed_by_role as capacity'])
    .where('a.agreed_by_person_id', '=', person.id)
    .orderBy('a.agreed_on')
    .execute(),
});

export const eraseChatTraces: PersonErasureHook = async (tx, person) => {
  // A running import of one of the street's groups read the senders before this erasure and would
  // write the text of their messages, or text naming them, after it: the erasure waits for it, holding
  // each group's import lock (chat/import-lock.ts) to its end, so a later import finds them forgotten.
  const groups = await tx.db
    .selectFrom('chat_groups')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('street_id', '=', person.streetId),
        eb('id', 'in', eb.selectFrom('chat_senders').select('group_id').where('person_id', '=', person.id)),
      ]),
    )
    .execute();
  const keys = groups.map((group) => chatImportLockKey(group.id)).sort((a, b) => a[1] - b[1]);
  for (const [first, second] of keys) await sql`select pg_advisory_xact_lock(${first}, ${second})`.execute(tx.db);
  const senders = await tx.db
    .selectFrom('chat_senders')
    .select(['id', 'group_id'])
    .where('person_id', '=', person.id)
    .execute();
  const senderIds = senders.map((s) => s.id);
  if (senderIds.length > 0) {
    await tx.db
      .updateTable('chat_messages')
      .set({ text: null, text_expires_at: null })
      .where('group_id', 'in', [...new Set(senders.map((s) => s.group_id))])
      .where('sender_id', 'in', senderIds)
      .where('text', 'is not', null)
      .execute();
    await tx.db
      .updateTable('chat_senders')
      .set({
        display_name: null,
        other_names: [],
        person_id: null,
        matched_by: null,
        matched_at: null,
        sender_ref: forgetSenderRef,
      })
      .where('id', 'in', senderIds)
      .execute();
    const redacted = JSON.stringify({ redacted: 'person.erase' });
    await tx.db
      .updateTable('audit_log')
      .set({ before: sql`case when before is null then null else ${redacted}::jsonb end`, after: redacted })
      .where('table_name', '=', 'chat_senders')
      .where('record_id', 'in', senderIds)
      .execute();
  }
  // Text another member wrote naming them ("王秀英 明天来吗"), in the groups of their street.
  await tx.db
    .updateTable('chat_messages')
    .set({ text: null, text_expires_at: null })
    .where('text', 'like', `%${person.name.replace(/[\\%_]/g, '\\$&')}%`)
    .where('group_id', 'in', (eb) => eb.selectFrom('chat_groups').select('id').where('street_id', '=', person.streetId))
    .execute();
  await tx.db
    .updateTable('chat_agreements')
    .set({ agreed_by_person_id: null })
    .where('agreed_by_person_id', '=', person.id)
    .execute();
};
