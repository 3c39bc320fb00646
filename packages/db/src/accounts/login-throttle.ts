import {
  accountThrottle,
  afterFailure,
  afterSuccess,
  afterWrongPassword,
  clientThrottle,
  forgetCounterAt,
  freshCounter,
  secondsToWait,
  type ThrottleCounter,
  type ThrottlePolicy,
  withdrawFailure,
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
 * Counts one try on each counter before its password is checked, under row locks, unless one of
 * them says to wait (then nothing is counted and the wait is answered). Counting first means tries
 * sent in parallel queue on the lock and each sees the ones before it: a burst cannot slip past
 * the check. The counters are bookkeeping, not a record of what happened: the audit row comes
 * once the password has been checked (`recordLoginFailure`).
 */
export async function reserveLoginTry(
  db: Db,
  counters: { key: string; policy: ThrottlePolicy }[],
  userId: string | null,
  now: Date,
): Promise<{
  secondsToWait: number;
  counted: ThrottleCounter[];
  /** What to tell the person if the password proves wrong: tries left before waits, the wait started. */
  ifWrong: { triesLeft: number; secondsToWait: number };
}> {
  return db.transaction().execute(async (trx) => {
    const locked = [];
    for (const { key, policy } of counters) locked.push({ key, policy, counter: await lockCounter(trx, key, userId) });
    const wait = Math.max(0, ...locked.map(({ counter }) => secondsToWait(counter, now)));
    if (wait > 0) return { secondsToWait: wait, counted: [], ifWrong: { triesLeft: 0, secondsToWait: wait } };
    const counted = [];
    for (const { key, policy, counter } of locked) {
      const after = afterFailure(counter, policy, now);
      await saveCounter(trx, key, after, policy);
      counted.push({ counter: after, policy });
    }
    await trx.deleteFrom('login_throttles').where('forget_at', '<', now).execute();
    return {
      secondsToWait: 0,
      counted: counted.map(({ counter }) => counter),
      ifWrong: afterWrongPassword(counted, now),
    };
  });
}

/**
 * The wrong password goes on the account's trail (never the address), with the counters as the
 * try left them (`counted`, from reserveLoginTry) and so the wait it started.
 */
export async function recordLoginFailure(db: Db, userId: string, counted: ThrottleCounter[], now: Date) {
  const waitUntil = counted.reduce<Date | null>(
    (latest, counter) => (counter.waitUntil && (!latest || counter.waitUntil > latest) ? counter.waitUntil : latest),
    null,
  );
  await db.transaction().execute((trx) =>
    recordAudit(
      trx,
      { userId: null, now },
      {
        action: waitUntil ? 'user.login_slowed' : 'user.login_failed',
        tableName: 'users',
        recordId: userId,
        streetId: null,
        after: { failures: counted[0]?.failures ?? 1, wait_until: waitUntil },
      },
    ),
  );
}

/**
 * A good login: the client's failures are cleared and it becomes a known client of the account
 * (`clientKeys`: its address and its device); the try reserved on the account-wide counter, if
 * any, is withdrawn.
 */
export async function recordLoginSuccess(
  db: Db,
  attempt: { userId: string; clientKeys: string[]; accountKey: string | null },
  now: Date,
) {
  await db.transaction().execute(async (trx) => {
    for (const key of attempt.clientKeys) {
      await lockCounter(trx, key, attempt.userId);
      await saveCounter(trx, key, afterSuccess(now), clientThrottle);
    }
    if (attempt.accountKey) {
      const counter = await lockCounter(trx, attempt.accountKey, attempt.userId);
      await saveCounter(trx, attempt.accountKey, withdrawFailure(counter, accountThrottle), accountThrottle);
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
