import type pg from 'pg';

/** A sender of the group as the import meets it: join and leave times seen in the file. */
export interface SenderState {
  id: string;
  displayName: string | null;
  joinedAt: number | null;
  leftAt: number | null;
  isChanged: boolean;
}

/** What the sender queries need of a connection: the import's pg client, or a Kysely transaction's (see ./roster-write.ts). */
export interface SenderQueries {
  query<R extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<{ rows: R[] }>;
}

/**
 * The group's senders by their export key, the last pseudonym number given, and their ids by display
 * name (the lowest pseudonym of a shared name: whom a quote or an @mention by that name is taken for).
 */
export async function knownSenders(client: SenderQueries, groupId: string) {
  const found = await client.query<{
    id: string;
    sender_ref: string;
    display_name: string | null;
    pseudonym_number: number;
  }>(
    'select id, sender_ref, display_name, pseudonym_number from chat_senders where group_id = $1 order by pseudonym_number',
    [groupId],
  );
  const senders = new Map<string, SenderState>();
  const idsByName = new Map<string, string>();
  let lastPseudonym = 0;
  for (const row of found.rows) {
    if (row.display_name !== null && !idsByName.has(row.display_name)) idsByName.set(row.display_name, row.id);
    senders.set(row.sender_ref, {
      id: row.id,
      displayName: row.display_name,
      joinedAt: null,
      leftAt: null,
      isChanged: false,
    });
    lastPseudonym = Math.max(lastPseudonym, row.pseudonym_number);
  }
  return { senders, lastPseudonym, idsByName };
}

/** A sender first met in this file: its export key, names and pseudonym number. */
export interface NewSender {
  id: string;
  ref: string;
  name: string;
  /** another name the export gave it ('' for none), kept for matching to people */
  otherName: string;
  number: number;
}

/** New senders of one batch, in one statement. */
export async function insertSenders(client: pg.PoolClient, streetId: string, groupId: string, senders: NewSender[]) {
  await client.query(
    `insert into chat_senders (id, street_id, group_id, sender_ref, display_name, other_names, pseudonym_number)
     select id, $1, $2, ref, nullif(name, ''), case when other = '' then '{}'::text[] else array[other] end, number
     from unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::integer[]) as t (id, ref, name, other, number)`,
    [
      streetId,
      groupId,
      senders.map((s) => s.id),
      senders.map((s) => s.ref),
      senders.map((s) => s.name),
      senders.map((s) => s.otherName),
      senders.map((s) => s.number),
    ],
  );
}
