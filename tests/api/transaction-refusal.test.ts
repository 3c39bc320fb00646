import { fail, ok } from '@seedbed/core';
import { inTransaction, type StoreContext } from '@seedbed/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

/**
 * "A write completes or leaves no trace": a store that has written and then answers a refusal
 * (`fail(…)`, a 4xx) must not commit what it wrote. `inTransaction` rolls such a transaction back.
 */
let api: TestApi;
let context: StoreContext;
beforeAll(async () => {
  api = await startTestApi();
  await sql`create table transaction_probe (note text not null)`.execute(api.db);
  context = { db: api.db } as StoreContext;
});
afterAll(() => api.close());

const probeNotes = async () =>
  (await sql<{ note: string }>`select note from transaction_probe order by note`.execute(api.db)).rows.map(
    (row) => row.note,
  );

describe('inTransaction', () => {
  it('commits the writes of a store that succeeds', async () => {
    const result = await inTransaction(context, async (tx) => {
      await sql`insert into transaction_probe values ('kept')`.execute(tx.db);
      return ok('done');
    });
    expect(result).toEqual(ok('done'));
    expect(await probeNotes()).toEqual(['kept']);
  });

  it('rolls back the writes of a store that refuses after writing, and returns the refusal', async () => {
    const result = await inTransaction(context, async (tx) => {
      await sql`insert into transaction_probe values ('half')`.execute(tx.db);
      return fail('chat.no_agreement');
    });
    expect(result).toEqual(fail('chat.no_agreement'));
    expect(await probeNotes()).toEqual(['kept']);
  });

  it('lets a nested refusal reach the outer transaction, which rolls back both levels', async () => {
    const result = await inTransaction(context, async (outer) => {
      await sql`insert into transaction_probe values ('outer')`.execute(outer.db);
      return inTransaction(outer, async (inner) => {
        await sql`insert into transaction_probe values ('inner')`.execute(inner.db);
        return fail('chat.no_agreement');
      });
    });
    expect(result).toEqual(fail('chat.no_agreement'));
    expect(await probeNotes()).toEqual(['kept']);
  });

  it('still rolls back and rethrows on a bug', async () => {
    await expect(
      inTransaction(context, async (tx) => {
        await sql`insert into transaction_probe values ('thrown')`.execute(tx.db);
        throw new Error('bug');
      }),
    ).rejects.toThrow('bug');
    expect(await probeNotes()).toEqual(['kept']);
  });
});
