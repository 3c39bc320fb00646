import { type Kysely, sql } from 'kysely';

/**
 * Public sign-ins that can be trusted (issue 14): a volunteer's sign-out needs the token their phone
 * was given (only its hash is kept), and guests' phones are removed after the retention period
 * (core sign-in-trust.ts guestContactRetentionDays) while the figures stay true — a self sign-in keeps
 * whether it came with a phone (evidence weighs it, figures.ts) after the phone itself is gone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table activity_sign_ins add column has_phone boolean not null default false;
    update activity_sign_ins set has_phone = phone is not null;
    alter table activity_sign_ins add column contact_removed_at timestamptz;
    alter table activity_sign_ins add constraint activity_sign_ins_phone_flag check (phone is null or has_phone);

    -- sha256 of the sign-out token, hex; null for attendances made before tokens (sign-out by staff only).
    alter table volunteer_attendances add column sign_out_token_hash text;
    alter table volunteer_attendances add column contact_removed_at timestamptz;
    create unique index volunteer_attendances_sign_out_token on volunteer_attendances (sign_out_token_hash);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index volunteer_attendances_sign_out_token;
    alter table volunteer_attendances drop column contact_removed_at;
    alter table volunteer_attendances drop column sign_out_token_hash;
    alter table activity_sign_ins drop constraint activity_sign_ins_phone_flag;
    alter table activity_sign_ins drop column contact_removed_at;
    alter table activity_sign_ins drop column has_phone;
  `.execute(db);
}
