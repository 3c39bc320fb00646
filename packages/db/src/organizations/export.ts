import type { PersonExportHook } from '../people';

/**
 * Organizations' part of a person's export: every membership, past ones included, the children's
 * organizations they are the accountable adult of, sub-teams they were in, and case outcomes about them.
 */
export const exportOrganizationRecords: PersonExportHook = async ({ db }, person) => {
  const [members, accountable, subTeams, caseOutcomes] = await Promise.all([
    db
      .selectFrom('organization_members as m')
      .innerJoin('organizations as o', 'o.id', 'm.organization_id')
      .select([
        'm.id',
        'o.id as organizationId',
        'o.name as organization',
        'm.role',
        'm.joined_on as joinedOn',
        'm.left_on as leftOn',
      ])
      .where('m.person_id', '=', person.id)
      .orderBy('m.joined_on')
      .execute(),
    db
      .selectFrom('organizations')
      .select(['id', 'id as organizationId', 'name as organization'])
      .where('accountable_adult_person_id', '=', person.id)
      .execute(),
    db
      .selectFrom('organization_sub_team_members as m')
      .innerJoin('organization_sub_teams as t', 't.id', 'm.sub_team_id')
      .select(['m.id', 't.name as subTeam', 'm.role', 'm.joined_on as joinedOn', 'm.left_on as leftOn'])
      .where('m.person_id', '=', person.id)
      .execute(),
    db
      .selectFrom('case_outcomes')
      .select(['id', 'recorded_on as recordedOn', 'difficulty', 'staff_action as staffAction', 'change', 'background'])
      .where('person_id', '=', person.id)
      .execute(),
  ]);
  return {
    memberships: [...members, ...accountable.map((o) => ({ ...o, role: 'accountable_adult' }))],
    subTeams,
    caseOutcomes,
  };
};
