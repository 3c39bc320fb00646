import { type Kysely, sql } from 'kysely';

/**
 * Accounts and sessions, reworked (issue 14). The per-account lock-out (users.failed_logins,
 * locked_until) let anyone keep an owner out; it is replaced by counters that slow a client of an
 * account and an account's unknown clients (core/src/accounts/login-throttle.ts). A counter's key
 * is a SHA-256 of what it counts — (account, address), (account, device), the account, or a login
 * name nobody has — so neither addresses nor typed phone numbers are kept in clear. Rows are
 * deleted once forgotten (`forget_at`). Sessions get `last_seen_at` for the idle limit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table login_throttles (
      key text primary key,
      -- Set on the counters of a real account's clients, so "sign out everywhere" can forget them.
      user_id uuid references users (id) on delete cascade,
      failures integer not null default 0,
      last_failure_at timestamptz,
      wait_until timestamptz,
      last_success_at timestamptz,
      forget_at timestamptz not null
    );
    create index login_throttles_forget on login_throttles (forget_at);
    create index login_throttles_user on login_throttles (user_id) where user_id is not null;

    alter table users drop column failed_logins, drop column locked_until;

    alter table sessions add column last_seen_at timestamptz;
    update sessions set last_seen_at = created_at;
    alter table sessions alter column last_seen_at set not null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table sessions drop column last_seen_at;
    alter table users add column failed_logins integer not null default 0, add column locked_until timestamptz;
    drop table login_throttles;
  `.execute(db);
}
