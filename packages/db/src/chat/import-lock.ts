import { sql } from 'kysely';
import pg from 'pg';
import { type Db, poolOf } from '../connection';

/**
 * The advisory lock a group's import holds for its whole transaction: a second import of the same group
 * — in this process or in `seedbed chat-import` beside the server — waits for the first.
 */
export const chatImportLockKey = (groupId: string): [number, number] => [0x63686174, hashGroup(groupId)];

/** A 32-bit signed hash of an id (FNV-1a), the second key of a two-key advisory lock. */
function hashGroup(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/**
 * The advisory lock a live process holds on each import it has queued or is running, from the moment
 * it takes the job until the job ends — also while the job waits for its turn, holding no transaction.
 * (A hash collision of two import ids could only make the start-up sweep leave a dead import alone.)
 */
export const chatImportHoldKey = (importId: string): [number, number] => [0x63686f6c, hashGroup(importId)];

/**
 * The process's holds live on one session of their own, outside the pool (a queued job takes no pool
 * connection): opened with the first hold, closed when the last is released. A killed process's
 * session ends with it, and PostgreSQL releases its holds.
 */
interface Holder {
  client: Promise<pg.Client>;
  count: number;
  /** the session's queries one after another (a session runs one query at a time) */
  last: Promise<unknown>;
}
const holders = new WeakMap<Db, Holder>();

function serially<T>(holder: Holder, query: (client: pg.Client) => Promise<T>): Promise<T> {
  const next = holder.last.then(async () => query(await holder.client));
  holder.last = next.catch(() => {});
  return next;
}

/** Holds an import for this process; the returned function releases it (once). */
export async function holdChatImport(db: Db, importId: string): Promise<() => Promise<void>> {
  let holder = holders.get(db);
  if (!holder) {
    const client = new pg.Client({ connectionString: poolOf(db).options.connectionString });
    client.on('error', () => {});
    holder = { client: client.connect().then(() => client), count: 0, last: Promise.resolve() };
    holders.set(db, holder);
  }
  const current = holder;
  current.count += 1;
  const [first, second] = chatImportHoldKey(importId);
  try {
    await serially(current, (client) => client.query('select pg_advisory_lock($1, $2)', [first, second]));
  } catch (error) {
    await drop(db, current);
    throw error;
  }
  let isReleased = false;
  return async () => {
    if (isReleased) return;
    isReleased = true;
    try {
      await serially(current, (client) => client.query('select pg_advisory_unlock($1, $2)', [first, second]));
    } finally {
      await drop(db, current);
    }
  };
}

async function drop(db: Db, holder: Holder) {
  holder.count -= 1;
  if (holder.count > 0) return;
  if (holders.get(db) === holder) holders.delete(db);
  await holder.last;
  await (await holder.client).end().catch(() => {});
}

/**
 * At start (server or CLI): an import left queued or running by a killed process is marked failed with
 * `chat.import_interrupted` — its transaction was rolled back by PostgreSQL, so none of its messages
 * exist. An import whose hold (`holdChatImport`) is taken is alive in another process — queued there or
 * running — and is left alone.
 */
export async function markInterruptedChatImports(db: Db, now: Date): Promise<number> {
  const open = await db.selectFrom('chat_imports').select('id').where('status', 'in', ['queued', 'running']).execute();
  let marked = 0;
  for (const row of open) {
    const [first, second] = chatImportHoldKey(row.id);
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
