import { recordAudit } from '../audit';
import type { Db } from '../connection';

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
        expires_at: session.expiresAt,
      })
      .execute();
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

export async function findLiveSession(db: Db, idHash: string, now: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.csrf_token as csrfToken',
      'users.id',
      'users.display_name',
      'users.role',
      'users.scope_kind',
      'users.scope_id',
      'users.locale',
    ])
    .where('sessions.id', '=', idHash)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
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
