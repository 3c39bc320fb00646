import { sql } from 'kysely';
import { recordAudit } from '../audit';
import type { Db } from '../connection';

/**
 * Message text kept under an agreement is forgotten once past its `text_expires_at` (issue 19: text
 * only "for a set number of days"). Run with the daily retention job (server/src/jobs), in one
 * transaction, by the system; one audit row per group with the count, never the text. Safe to run
 * any number of times. Reads never show text past its day either (`keptChatText`), so a job that has
 * not run yet hides nothing it should not.
 */
export async function forgetExpiredChatText(db: Db, now: Date): Promise<{ messages: number }> {
  return db.transaction().execute(async (trx) => {
    const forgotten = await trx
      .updateTable('chat_messages')
      .set({ text: null, text_expires_at: null })
      .where('text', 'is not', null)
      .where('text_expires_at', '<=', now)
      .returning('group_id')
      .execute();
    const perGroup = new Map<string, number>();
    for (const row of forgotten) perGroup.set(row.group_id, (perGroup.get(row.group_id) ?? 0) + 1);
    if (perGroup.size > 0) {
      const groups = await trx
        .selectFrom('chat_groups')
        .select(['id', 'street_id'])
        .where('id', 'in', [...perGroup.keys()])
        .execute();
      for (const group of groups)
        await recordAudit(
          trx,
          { userId: null, now },
          {
            action: 'chat.text.expired',
            tableName: 'chat_groups',
            recordId: group.id,
            streetId: group.street_id,
            after: { messages: perGroup.get(group.id), reason: 'retention' },
          },
        );
    }
    return { messages: forgotten.length };
  });
}

/** A message's text as any read may show it: null once past its day, even before the job has run. */
export function keptChatText(now: Date, alias = 'chat_messages') {
  return sql<
    string | null
  >`case when ${sql.ref(`${alias}.text_expires_at`)} > ${now} then ${sql.ref(`${alias}.text`)} end`;
}
