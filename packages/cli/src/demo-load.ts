import { type Db, tablesInDependencyOrder } from '@seedbed/db';
import { type DemoAccount, demoPassword, generateDemo } from '@seedbed/demo';
import { hashPassword } from '@seedbed/server';
import { sql } from 'kysely';

/** The demo street is always the same: a fixed seed, and "today" fixed so dates do not drift. */
export const demoSeed = 20171;

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('streets').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * Loads the demo street in one transaction: all or nothing, so a kill half-way leaves an empty
 * database that loads cleanly on the next start. Refuses a database that already holds data.
 */
export async function loadDemo(db: Db, today: string): Promise<DemoAccount[]> {
  const data = generateDemo({ seed: demoSeed, today });
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction().execute(async (trx) => {
    // Serialise concurrent loaders (two starts at once) and re-check emptiness under the lock.
    await sql`select pg_advisory_xact_lock(20171)`.execute(trx);
    const existing = await trx.selectFrom('streets').select('id').limit(1).executeTakeFirst();
    if (existing) throw new Error('the database already holds data; the demo loads only into an empty one');
    const rowsByTable: Partial<Record<(typeof tablesInDependencyOrder)[number], readonly object[]>> = {
      settings: data.settings.map((s) => ({ ...s, value: JSON.stringify(s.value) })),
      streets: data.streets,
      communities: data.communities,
      estates: data.estates,
      courtyards: data.courtyards,
      people: data.people,
      organizations: data.organizations,
      organization_service_areas: data.organization_service_areas,
      organization_members: data.organization_members,
      users: data.users.map((u) => ({ ...u, password_hash: passwordHash })),
    };
    for (const table of tablesInDependencyOrder) {
      const rows = rowsByTable[table] ?? [];
      // Chunks keep each INSERT under PostgreSQL's 65,535-parameter limit.
      for (let start = 0; start < rows.length; start += 500) {
        await trx
          .insertInto(table)
          .values(rows.slice(start, start + 500) as never)
          .execute();
      }
    }
  });
  return data.accounts;
}
