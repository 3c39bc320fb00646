import { recordAudit } from '../audit';
import type { Db } from '../connection';

export type UserRow = Awaited<ReturnType<typeof findUserByLogin>>;

/** A login is a phone number or a username. */
export async function findUserByLogin(db: Db, login: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb.or([eb('phone', '=', login), eb('username', '=', login)]))
    .executeTakeFirst();
}

export async function findUserById(db: Db, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Failed-login bookkeeping; audited, so a lock-out (and what led to it) can be traced. */
export async function saveLockState(
  db: Db,
  userId: string,
  state: { failedLogins: number; lockedUntil: Date | null },
  now: Date,
) {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ failed_logins: state.failedLogins, locked_until: state.lockedUntil })
      .where('id', '=', userId)
      .execute();
    await recordAudit(
      trx,
      { userId: null, now },
      {
        action: state.lockedUntil && state.lockedUntil > now ? 'user.locked' : 'user.login_attempts',
        tableName: 'users',
        recordId: userId,
        streetId: null,
        after: { failed_logins: state.failedLogins, locked_until: state.lockedUntil },
      },
    );
  });
}

export async function isLoginTaken(db: Db, login: string): Promise<boolean> {
  return (await findUserByLogin(db, login)) !== undefined;
}
