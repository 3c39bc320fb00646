import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { insertSenders, type NewSender } from './import-senders';

/** The columns the import writes, in the order of its COPY rows (./import-rows.ts). */
export const messageColumns =
  'group_id, source_ref, sender_id, sent_at, kind, reply_to_source_ref, quoted_sender_id, mention_sender_ids, topic_words, topic_class, text, text_expires_at, import_id';
export const messageColumnCount = messageColumns.split(',').length;

/** One part of a file, ready for the database: its new senders, its messages and their unresolved names. */
export interface ImportChunk {
  senders: NewSender[];
  /** chat_messages rows in binary COPY format, `messageColumns` in order */
  rows: Buffer;
  /** chat_import_links rows (source_ref, quoted name, mention names) for names no sender had yet */
  links: string;
}

/**
 * Writes a file's chunks in order on the import's connection while the parser reads the next one: at
 * most one chunk is in the database at a time, so memory holds two. Each chunk goes in by COPY straight
 * into chat_messages under a savepoint — the fast way for a new file. A message already in the group (the
 * same file again, an overlapping newer export, or a key the file repeats) makes that COPY fail with a
 * unique violation: the chunk is then rolled back to its savepoint and put in through a staging table
 * with `on conflict do nothing`, so nothing is added twice and only overlapping chunks pay for it.
 */
export function chunkWriter(client: pg.PoolClient, target: { streetId: string; groupId: string }) {
  let inFlight: Promise<void> = Promise.resolve();
  let added = 0;
  let hasStaging = false;

  const write = async (chunk: ImportChunk) => {
    if (chunk.senders.length > 0) await insertSenders(client, target.streetId, target.groupId, chunk.senders);
    if (chunk.links)
      await copyIn(client, 'copy chat_import_links (source_ref, quoted_name, mention_names) from stdin', chunk.links);
    if (chunk.rows.length === 0) return;
    await client.query('savepoint chat_import_chunk');
    try {
      added += await copyIn(client, `copy chat_messages (${messageColumns}) from stdin (format binary)`, chunk.rows);
      await client.query('release savepoint chat_import_chunk');
    } catch (error) {
      if ((error as { code?: string }).code !== uniqueViolation) throw error;
      await client.query('rollback to savepoint chat_import_chunk');
      if (!hasStaging) {
        await client.query(
          `create temp table chat_import_overlap on commit drop as select ${messageColumns} from chat_messages limit 0`,
        );
        hasStaging = true;
      }
      await copyIn(client, `copy chat_import_overlap (${messageColumns}) from stdin (format binary)`, chunk.rows);
      const inserted = await client.query(
        `insert into chat_messages (${messageColumns}) select ${messageColumns} from chat_import_overlap
         on conflict (group_id, source_ref) do nothing`,
      );
      added += inserted.rowCount ?? 0;
      await client.query('truncate chat_import_overlap');
    }
  };

  return {
    /** Hands a chunk over; resolves once the chunk before it is in (the parser may then read on). */
    async submit(chunk: ImportChunk) {
      const before = inFlight;
      inFlight = before.then(() => write(chunk));
      // A failure is seen by the next submit or by finish; until then it must not count as unhandled.
      inFlight.catch(() => {});
      await before;
    },
    /** Waits for every chunk (rethrowing a failure) and answers how many messages were added. */
    async finish() {
      await inFlight;
      return added;
    },
    /** Waits for the chunk in the database to end, however it ends (before a rollback). */
    async settle() {
      await inFlight.catch(() => {});
    },
  };
}

const uniqueViolation = '23505';

/** The temporary table of names the import could not resolve when it wrote a message. */
export async function createLinksTable(client: pg.PoolClient) {
  await client.query(
    'create temp table chat_import_links (source_ref text, quoted_name text, mention_names text[]) on commit drop',
  );
}

/** Sends a COPY's whole input (text or binary, as the statement says) and answers the rows the server took. */
async function copyIn(client: pg.PoolClient, statement: string, data: string | Buffer): Promise<number> {
  const stream = client.query(copyFrom(statement));
  await pipeline(async function* () {
    yield data;
  }, stream);
  return stream.rowCount ?? 0;
}
