import { type Kysely, sql } from 'kysely';

/**
 * Every name an export or a member list gave a chat sender (issue 19, "Senders are matched to people and
 * members (suggested by name and nickname …)"): WeCom's member list gives a name and a group nickname,
 * WeChat a remark, a nickname and a group nickname. `display_name` stays the one shown; `other_names`
 * keeps all of them for the suggestions. Names are personal: erased and exported with `display_name`
 * (db/src/chat/privacy.ts), deleted with the senders when an agreement is withdrawn.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table chat_senders add column other_names text[] not null default '{}'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table chat_senders drop column other_names`.execute(db);
}
