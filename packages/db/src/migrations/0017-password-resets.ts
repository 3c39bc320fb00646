import { type Kysely, sql } from 'kysely';

/**
 * One-time password resets (issue 15): staff issue one for an account whose owner forgot the
 * password, or `seedbed init` for the first administrator. Only the code's SHA-256 is kept; a row
 * is usable until `expires_at`, once (`used_at`). Issuing a new one for an account ends the
 * account's unused ones (their `expires_at` is set to that moment), so one partial index finds the
 * live one. `created_by` is null for the console's first-admin link.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table password_resets (
      id uuid primary key,
      user_id uuid not null references users (id) on delete cascade,
      code_hash text not null unique,
      created_by uuid references users (id),
      created_at timestamptz not null,
      expires_at timestamptz not null,
      used_at timestamptz
    );
    create index password_resets_user on password_resets (user_id) where used_at is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table password_resets`.execute(db);
}
