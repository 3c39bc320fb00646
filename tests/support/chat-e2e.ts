import { openDatabase } from '@seedbed/db';
import { inject } from 'vitest';
import { insertChatGroup } from './chat-fixture';
import { organizationOf } from './journey';

/** The chat fixture's group (chat-fixture.ts) of the demo leader's team in the e2e database, on `day`; its id. */
export async function insertLeaderTeamChatGroup(name: string, day: string): Promise<string> {
  const db = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  try {
    const organizationId = await organizationOf('leader');
    const organization = await db
      .selectFrom('organizations')
      .select('street_id')
      .where('id', '=', organizationId)
      .executeTakeFirstOrThrow();
    const { groupId } = await insertChatGroup(db, { streetId: organization.street_id, organizationId, name, day });
    return groupId;
  } finally {
    await db.destroy();
  }
}
