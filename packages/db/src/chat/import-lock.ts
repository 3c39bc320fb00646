import { sql } from 'kysely';
import type { Db } from '../connection';

/**
 * The advisory lock a group's import holds for its whole transaction: a second import of the same group
 * — in this process or in `seedbed chat-import` beside the server — waits for the first.
 */
export const chatImportLockKey = (groupId: string): [number, number] => [0x63686174, hashGroup(groupId)];

/** A 32-bit signed hash of the group id (FNV-1a), the second key of the two-key advisory lock. */
function hashGroup(groupId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < groupId.length; i++) hash = Math.imul(hash ^ groupId.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/**
 * At start (server or CLI): an import left queued or running by a killed process is marked failed with
 * `chat.import_interrupted` — its transaction was rolled back by PostgreSQL, so none of its messages
 * exist. An import whose group lock is held is alive in another process and left alone.
 */
export async function markInterruptedChatImports(db: Db, now: Date): Promise<number> {
  const open = await db
    .selectFrom('chat_imports')
    .select(['id', 'group_id'])
    .where('status', 'in', ['queued', 'running'])
    .execute();
  let marked = 0;
  for (const row of open) {
    const [first, second] = chatImportLockKey(row.group_id);
    const updated = await db.connection().execute(async (connection) => {
      const got = await sql<{ got: boolean }>`select pg_try_advisory_lock(${first}, ${second}) as got`.execute(
        connection,
      );
      if (!got.rows[0]?.got) return 0;
      try {
        const result = await connection
          .updateTable('chat_imports')
          .set({ status: 'failed', error_code: 'chat.import_interrupted', finished_at: now })
          .where('id', '=', row.id)
          .where('status', 'in', ['queued', 'running'])
          .executeTakeFirst();
        return Number(result.numUpdatedRows);
      } finally {
        await sql`select pg_advisory_unlock(${first}, ${second})`.execute(connection);
      }
    });
    marked += updated;
  }
  return marked;
}
