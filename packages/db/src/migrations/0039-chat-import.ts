import { type Kysely, sql } from 'kysely';

/**
 * Chat import jobs (issue 19, part B).
 *
 * - `chat_groups.export_ref`: the export's own name for the group (a WeCom roomid, a Telegram chat id, a
 *   WeChatMsg TalkerId), recorded at the group's first import that carries one. A later file naming
 *   another group is refused as a whole (`chat.other_group_export`) — the only check that does not guess:
 *   comparing senders or titles would refuse a group whose members changed or that was renamed.
 *   Text exports that name no group (WeChat TXT, WhatsApp) cannot be checked this way.
 * - `chat_imports.error_line`: the line a fatal problem was met on (with `error_code`).
 * - `chat_imports.options`: what staff chose at upload (format, encoding, date order, CSV mapping), so a
 *   page shows what the import was read with.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table chat_groups add column export_ref text;
    alter table chat_imports add column error_line integer;
    alter table chat_imports add column options jsonb not null default '{}';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table chat_imports drop column options;
    alter table chat_imports drop column error_line;
    alter table chat_groups drop column export_ref;
  `.execute(db);
}
