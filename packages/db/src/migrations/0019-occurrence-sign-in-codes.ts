import { type Kysely, sql } from 'kysely';

/**
 * A planned date's sign-in code, reserved before the activity is held (issue 16: "QR before the
 * activity"), so its QR code and sheet can be printed ahead. The record made from that date — by
 * the first resident's sign-in or by 举办了 — takes the same code, so the two rows share it on
 * purpose. Any other sharing is refused by the database, as the unique index on activities'
 * codes refuses two records with one code: a code means one occurrence, whichever table holds it.
 * No names or phones here: nothing for erasure or export.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table occurrence_sign_in_codes (
      id uuid primary key,
      street_id uuid not null references streets (id),
      planned_activity_id uuid not null references planned_activities (id),
      occurrence_on date not null,
      code text not null unique,
      reserved_by uuid references users (id),
      created_at timestamptz not null default now(),
      unique (planned_activity_id, occurrence_on)
    );

    -- One check for both tables (the column holding the code is the trigger's argument): a code
    -- already held, in either table, for another planned date — or for no planned date — is refused.
    create function sign_in_code_is_own() returns trigger language plpgsql as $$
    declare
      given text := to_jsonb(new) ->> tg_argv[0];
    begin
      if exists (
        select 1 from activities a
        where a.sign_in_code = given
          and (a.planned_activity_id, a.occurrence_on) is distinct from (new.planned_activity_id, new.occurrence_on)
        union all
        select 1 from occurrence_sign_in_codes r
        where r.code = given
          and (r.planned_activity_id, r.occurrence_on) is distinct from (new.planned_activity_id, new.occurrence_on)
      ) then
        raise exception 'sign-in code % belongs to another activity', given using errcode = 'unique_violation';
      end if;
      return new;
    end $$;
    create trigger occurrence_sign_in_codes_own_code before insert or update of code on occurrence_sign_in_codes
      for each row execute function sign_in_code_is_own('code');
    create trigger activities_own_sign_in_code before insert or update of sign_in_code on activities
      for each row execute function sign_in_code_is_own('sign_in_code');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger activities_own_sign_in_code on activities;
    drop table occurrence_sign_in_codes;
    drop function sign_in_code_is_own();
  `.execute(db);
}
