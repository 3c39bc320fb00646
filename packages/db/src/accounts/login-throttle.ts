import {
  afterFailure,
  afterSuccess,
  clientThrottle,
  forgetCounterAt,
  freshCounter,
  type ThrottleCounter,
  type ThrottlePolicy,
} from '@seedbed/core';
import type { Transaction } from 'kysely';
import { recordAudit } from '../audit';
import type { Db } from '../connection';
import type { Database } from '../tables';

/*
 * The login-failure counters of core's login-throttle.ts, kept in PostgreSQL so a restart does not
 * hand a guesser fresh tries. Keys are opaque hashes made by the caller; `userId` is set on the
 * counters of a real account, so its failures reach its audit trail and "sign out everywhere" can
 * forget its known clients. A row is deleted once it is as good as fresh (`forget_at`).
 */

type CounterRow = Database['login_throttles'];

export async function readThrottleCounters(db: Db, keys: string[]): Promise<Map<string, ThrottleCounter>> {
  const rows = keys.length
    ? await db
        .selectFrom('login_throttles')
        .select(['key', 'failures', 'last_failure_at', 'wait_until', 'last_success_at'])
        .where('key', 'in', keys)
        .execute()
    : [];
  const counters = new Map(keys.map((key) => [key, freshCounter]));
  for (const row of rows) counters.set(row.key, toCounter(row));
  return counters;
}

/**
 * Counts one wrong password on each counter, under a row lock so parallel tries are all counted.
 * (Tries sent in parallel are all checked before the first is counted; each counted one then
 * doubles the wait, so a burst buys its sender a longer wait, not more guesses per hour.)
 * Audited on the account when there is one, so its trail shows the failures and the waits.
 */
export async function recordLoginFailure(
  db: Db,
  attempt: { userId: string | null; counters: { key: string; policy: ThrottlePolicy }[] },
  now: Date,
) {
  await db.transaction().execute(async (trx) => {
    let waitUntil: Date | null = null;
    for (const { key, policy } of attempt.counters) {
      const after = afterFailure(await lockCounter(trx, key, attempt.userId), policy, now);
      await saveCounter(trx, key, after, policy);
      if (after.waitUntil && (!waitUntil || after.waitUntil > waitUntil)) waitUntil = after.waitUntil;
    }
    if (attempt.userId)
      await recordAudit(
        trx,
        { userId: null, now },
        {
          action: waitUntil ? 'user.login_slowed' : 'user.login_failed',
          tableName: 'users',
          recordId: attempt.userId,
          streetId: null,
          after: { wait_until: waitUntil },
        },
      );
    await trx.deleteFrom('login_throttles').where('forget_at', '<', now).execute();
  });
}

/** A good login: the client's failures are cleared and it becomes a known client of the account. */
export async function recordLoginSuccess(db: Db, attempt: { userId: string; clientKeys: string[] }, now: Date) {
  await db.transaction().execute(async (trx) => {
    for (const key of attempt.clientKeys) {
      await lockCounter(trx, key, attempt.userId);
      await saveCounter(trx, key, afterSuccess(now), clientThrottle);
    }
  });
}

/** "Sign out everywhere": no device or address of the account is known any more (failures stay counted). */
export async function forgetKnownClients(db: Db | Transaction<Database>, userId: string) {
  await db.updateTable('login_throttles').set({ last_success_at: null }).where('user_id', '=', userId).execute();
}

async function lockCounter(trx: Transaction<Database>, key: string, userId: string | null): Promise<ThrottleCounter> {
  await trx
    .insertInto('login_throttles')
    .values({ key, user_id: userId, forget_at: new Date(0) })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
  const row = await trx
    .selectFrom('login_throttles')
    .select(['failures', 'last_failure_at', 'wait_until', 'last_success_at'])
    .where('key', '=', key)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return toCounter(row);
}

async function saveCounter(trx: Transaction<Database>, key: string, counter: ThrottleCounter, policy: ThrottlePolicy) {
  await trx
    .updateTable('login_throttles')
    .set({
      failures: counter.failures,
      last_failure_at: counter.lastFailureAt,
      wait_until: counter.waitUntil,
      last_success_at: counter.lastSuccessAt,
      forget_at: forgetCounterAt(counter, policy),
    })
    .where('key', '=', key)
    .execute();
}

function toCounter(
  row: Pick<CounterRow, 'last_failure_at' | 'wait_until' | 'last_success_at'> & { failures: number },
): ThrottleCounter {
  return {
    failures: row.failures,
    lastFailureAt: row.last_failure_at,
    waitUntil: row.wait_until,
    lastSuccessAt: row.last_success_at,
  };
}
