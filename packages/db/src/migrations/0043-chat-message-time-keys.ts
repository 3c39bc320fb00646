import { type Kysely, sql } from 'kysely';

/**
 * Hashed source keys lead with the message's second (core/chat/import/source-key.ts), so an export's
 * messages go into the primary key in order — measured on a million messages, random keys took the
 * index twice the time of ordered ones. A stored key `h:` + 28 hex digits (two cyrb53 hashes, the
 * second second-seeded) becomes `h` + the second in hex (at least eight digits; 0 before 1970) + the
 * first hash's 14 digits: exactly the key the import now makes of the same message, so a re-import
 * still finds it. The second is the message's own (`sent_at`), which is the second the hash was made of.
 * No other column holds a hashed key: replies and quotes name their message by the export's own id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update chat_messages set source_ref = 'h'
      || lpad(to_hex(second), greatest(8, length(to_hex(second))), '0')
      || substr(source_ref, 3, 14)
    from (select group_id as g, source_ref as ref,
            greatest(0, floor(extract(epoch from sent_at)))::bigint as second
          from chat_messages where source_ref ~ '^h:[0-9a-f]{28}$') as old
    where group_id = old.g and source_ref = old.ref
  `.execute(db);
}

/** The old keys' second hash cannot be made again from the new key: down keeps the new keys. */
export async function down(): Promise<void> {}
