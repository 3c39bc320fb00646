import type { Db } from '@seedbed/db';

/** Ids of the demo street's well-known records, looked up through the demo accounts' scopes. */
export async function demoIds(db: Db) {
  const user = (username: string) =>
    db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow();
  const [staff, leader, leader2, official] = await Promise.all([
    user('staff'),
    user('leader'),
    user('leader2'),
    user('official'),
  ]);
  const organization = await db
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', leader.scope_id!)
    .executeTakeFirstOrThrow();
  const otherOrganization = await db
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', leader2.scope_id!)
    .executeTakeFirstOrThrow();
  const mainStreetId = staff.scope_id!;
  return {
    mainStreetId,
    otherStreetId: otherOrganization.street_id,
    organizationId: organization.id,
    homeCommunityId: organization.home_community_id,
    officialCommunityId: official.scope_id!,
    otherOrganizationId: otherOrganization.id,
    otherCommunityId: otherOrganization.home_community_id,
    leaderPhone: leader.phone,
  };
}
