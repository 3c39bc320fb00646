import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../connection';
import type { Database } from '../tables';

/**
 * The account holder's current role in the team the account belongs to (leader, deputy,
 * treasurer…), read with the account so permissions follow the team (core's `teamRoleGrants`):
 * from the account's person and that person's current membership of the account's organization.
 * Null for other accounts, and for a team's account linked to no current member.
 */
export function teamRoleOfUser(eb: ExpressionBuilder<Database, 'users'>) {
  return eb
    .selectFrom('organization_members as team_member')
    .select('team_member.role')
    .whereRef('team_member.person_id', '=', 'users.person_id')
    .whereRef('team_member.organization_id', '=', 'users.scope_id')
    .where('users.scope_kind', '=', 'organization')
    .where('team_member.left_on', 'is', null)
    .limit(1)
    .as('team_role');
}

export type UserRow = Awaited<ReturnType<typeof findUserByLogin>>;

/** A login is a phone number or a username. */
export async function findUserByLogin(db: Db, login: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .select(teamRoleOfUser)
    .where((eb) => eb.or([eb('phone', '=', login), eb('username', '=', login)]))
    .executeTakeFirst();
}

export async function findUserById(db: Db, id: string) {
  return db.selectFrom('users').selectAll().select(teamRoleOfUser).where('id', '=', id).executeTakeFirst();
}

export async function isLoginTaken(db: Db, login: string): Promise<boolean> {
  return (await findUserByLogin(db, login)) !== undefined;
}
