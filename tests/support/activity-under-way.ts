import { randomUUID } from 'node:crypto';
import type { Db } from '@seedbed/db';
import { testNow } from './clock';

/**
 * An activity of the leader's team under way on the e2e test clock — begun half an hour ago, ending
 * in an hour — so its sign-in and volunteer pages are open; written straight in the tables.
 */
export async function insertActivityUnderWay(database: Db, activity: { title: string; code: string }) {
  const leader = await database
    .selectFrom('users')
    .select(['scope_id', 'id'])
    .where('username', '=', 'leader')
    .executeTakeFirstOrThrow();
  const organization = await database
    .selectFrom('organizations')
    .select(['id', 'street_id', 'home_community_id'])
    .where('id', '=', leader.scope_id!)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  const now = testNow().getTime();
  await database
    .insertInto('activities')
    .values({
      id,
      street_id: organization.street_id,
      community_id: organization.home_community_id,
      run_by: 'organizations',
      title: activity.title,
      starts_at: new Date(now - 30 * 60_000),
      ends_at: new Date(now + 60 * 60_000),
      openness: 'open_to_all',
      organizer_count: 2,
      served_count: 30,
      sign_in_code: activity.code,
      recorded_by: leader.id,
      updated_at: new Date(now),
    })
    .execute();
  await database
    .insertInto('activity_organizations')
    .values({ activity_id: id, organization_id: organization.id, street_id: organization.street_id })
    .execute();
  return { activityId: id, organization };
}
