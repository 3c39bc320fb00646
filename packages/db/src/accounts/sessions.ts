import { idleSince, isTouchDue } from '@seedbed/core';
import { recordAudit } from '../audit';
import type { Db } from '../connection';
import { forgetKnownClients } from './login-throttle';
import { teamRoleOfUser } from './users';

/** Sessions are stored by the SHA-256 of their token, so a leaked table cannot be replayed. */
export async function createSession(
  db: Db,
  session: { idHash: string; userId: string; csrfToken: string; now: Date; expiresAt: Date },
) {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sessions')
      .values({
        id: session.idHash,
        user_id: session.userId,
        csrf_token: session.csrfToken,
        created_at: session.now,
        last_seen_at: session.now,
        expires_at: session.expiresAt,
      })
      .execute();
    // When the account last signed in, for the accounts page: bookkeeping beside the audit row below.
    await trx.updateTable('users').set({ last_login_at: session.now }).where('id', '=', session.userId).execute();
    // A login is a write like any other: the trail shows who signed in when (never the token).
    await recordAudit(
      trx,
      { userId: session.userId, now: session.now },
      {
        action: 'session.create',
        tableName: 'users',
        recordId: session.userId,
        streetId: null,
        after: { expires_at: session.expiresAt },
      },
    );
  });
}

/**
 * The session behind a cookie, if it has neither reached its end nor gone unused for the idle limit
 * (core's session-lifetime.ts), and its account is not deactivated (deactivating deletes the
 * sessions too; this holds even if one were left). Use is written down at most once an hour, so reads stay reads; the
 * write is bookkeeping like the cookie itself, so it leaves no audit row.
 */
export async function findLiveSession(db: Db, idHash: string, now: Date) {
  const session = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.csrf_token as csrfToken',
      'sessions.last_seen_at as lastSeenAt',
      'users.id',
      'users.display_name',
      'users.role',
      'users.scope_kind',
      'users.scope_id',
      'users.locale',
    ])
    .select(teamRoleOfUser)
    .where('sessions.id', '=', idHash)
    .where('sessions.expires_at', '>', now)
    .where('sessions.last_seen_at', '>', idleSince(now))
    .where('users.deactivated_at', 'is', null)
    .executeTakeFirst();
  if (session && isTouchDue(session.lastSeenAt, now))
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', idHash).execute();
  return session;
}

export async function deleteSession(db: Db, idHash: string, actor: { userId: string; now: Date }) {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('id', '=', idHash).execute();
    await recordAudit(trx, actor, {
      action: 'session.delete',
      tableName: 'users',
      recordId: actor.userId,
      streetId: null,
    });
  });
}

/**
 * "Sign out everywhere": every session of the user ends, and no device or address counts as theirs
 * for login throttling any more (a lost phone must not keep the owner's allowance).
 */
export async function deleteAllSessions(db: Db, actor: { userId: string; now: Date }) {
  await db.transaction().execute(async (trx) => {
    const ended = await trx.deleteFrom('sessions').where('user_id', '=', actor.userId).executeTakeFirst();
    await forgetKnownClients(trx, actor.userId);
    await recordAudit(trx, actor, {
      action: 'session.delete_all',
      tableName: 'users',
      recordId: actor.userId,
      streetId: null,
      after: { sessions_ended: Number(ended.numDeletedRows) },
    });
  });
}
