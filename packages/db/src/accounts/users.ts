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

export async function isLoginTaken(db: Db, login: string): Promise<boolean> {
  return (await findUserByLogin(db, login)) !== undefined;
}
