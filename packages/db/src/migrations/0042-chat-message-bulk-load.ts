import { type Kysely, sql } from 'kysely';

/**
 * Lets an export of a million messages go straight into `chat_messages` by COPY (issue 19: ≥ 100,000
 * messages/s into the embedded database). Measured on a million rows, the table's keys and indexes were
 * most of the database's time — each foreign key checks every row with a query of its own (PostgreSQL's
 * "Populating a Database": remove foreign keys for bulk loads). So:
 * - **no foreign keys** on the message's references. They stay whole without them:
 *   - `group_id`, `import_id`: groups and imports are never deleted, and the one writer of messages (the
 *     import, db/src/chat/import-write.ts) checks both holding the group's import lock;
 *   - `sender_id`, `quoted_sender_id`: the import inserts a file's senders before the messages that name
 *     them, in the same transaction; senders are deleted only after their messages (an agreement's
 *     withdrawal) or once their messages point elsewhere (a name-keyed sender folded into its keyed one).
 *     `mention_sender_ids` never had a key and is kept the same way.
 *   tests/api/chat-references.test.ts checks every path that writes or deletes them.
 * - **no surrogate id**: a message is its group and `source_ref`, now the primary key (the unique key it
 *   already was). Pages of messages are ordered by time, then `source_ref` — the time index holds both.
 * - **no index on `sender_id` alone**: every reader of a sender's messages knows the sender's group, and
 *   reads through the group's time index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table chat_messages
      drop constraint chat_messages_group_id_fkey,
      drop constraint chat_messages_import_id_fkey,
      drop constraint chat_messages_sender_id_fkey,
      drop constraint chat_messages_quoted_sender_id_fkey;
    alter table chat_messages drop column id;
    alter table chat_messages drop constraint chat_messages_group_id_source_ref_key;
    alter table chat_messages add constraint chat_messages_pkey primary key (group_id, source_ref);
    drop index chat_messages_sender;
    drop index chat_messages_group_time;
    create index chat_messages_group_time on chat_messages (group_id, sent_at, source_ref);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index chat_messages_group_time;
    create index chat_messages_group_time on chat_messages (group_id, sent_at);
    create index chat_messages_sender on chat_messages (sender_id);
    alter table chat_messages drop constraint chat_messages_pkey;
    alter table chat_messages add constraint chat_messages_group_id_source_ref_key unique (group_id, source_ref);
    alter table chat_messages add column id bigint generated always as identity primary key;
    alter table chat_messages
      add constraint chat_messages_group_id_fkey foreign key (group_id) references chat_groups (id),
      add constraint chat_messages_import_id_fkey foreign key (import_id) references chat_imports (id),
      add constraint chat_messages_sender_id_fkey foreign key (sender_id) references chat_senders (id),
      add constraint chat_messages_quoted_sender_id_fkey foreign key (quoted_sender_id) references chat_senders (id);
  `.execute(db);
}
