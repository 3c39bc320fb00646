import { sql } from 'kysely';
import { insertAudited } from '../audited';
import type { Db } from '../connection';
import { issueFor } from './password-resets';

const realDeploymentSetting = 'real_deployment';

/** Whether `seedbed init` (or a start without the demo) made this database a real deployment. */
export async function isRealDeployment(db: Db): Promise<boolean> {
  const row = await db.selectFrom('settings').select('key').where('key', '=', realDeploymentSetting).executeTakeFirst();
  return row !== undefined;
}

/**
 * A real deployment's first administrator (issue 15: `seedbed init`, `SEEDBED_DEMO=off`). Made
 * once — when no administrator exists — with no password; while no administrator has a password,
 * each call issues a fresh one-time reset (ending the previous one) for the console to print. Run
 * under an advisory lock, so two starts at once never make two administrators.
 */
export async function ensureFirstAdmin(
  db: Db,
  first: { username: string; displayName: string; now: Date; newId: () => string },
  reset: { codeHash: string; expiresAt: Date },
): Promise<{ created: boolean; username: string; resetIssued: boolean }> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(20172)`.execute(trx);
    const admins = await trx
      .selectFrom('users')
      .select(['id', 'username', 'phone', 'password_hash'])
      .where('role', '=', 'admin')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const system = { userId: null, now: first.now };
    let admin = admins[0];
    let created = false;
    if (!admin) {
      const row = await insertAudited(
        { db: trx, actor: system },
        'users',
        {
          id: first.newId(),
          username: first.username,
          display_name: first.displayName,
          role: 'admin',
          scope_kind: 'deployment',
          scope_id: null,
          created_at: first.now,
        },
        { action: 'user.create_first_admin', streetId: null },
      );
      admin = { id: row.id, username: row.username, phone: row.phone, password_hash: null };
      created = true;
      // From now on this database is a real deployment: `npm start` (serve --demo) never loads the
      // demo street into it, nor writes demo photos into its activities.
      await trx
        .insertInto('settings')
        .values({ key: realDeploymentSetting, value: JSON.stringify(true) })
        .onConflict((conflict) => conflict.column('key').doNothing())
        .execute();
    }
    const login = admin.username ?? admin.phone ?? first.username;
    if (admins.some((existing) => existing.password_hash)) return { created, username: login, resetIssued: false };
    await issueFor(trx, system, { id: first.newId(), userId: admin.id, streetId: null, ...reset });
    return { created, username: login, resetIssued: true };
  });
}
