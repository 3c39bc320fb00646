import { ok, type PersonDetail, type PersonRecord, type Result } from '@seedbed/core';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { lastVisitOn, summaryColumns, toSummary, traitsOf, visitCount } from './rows';

/**
 * Everything held about one person the caller may see: facts, visits, trust history, consents.
 * What of it a role sees (contacts, visit notes, buttons) is core's `personDetailAsSeenBy`.
 */
export async function findPerson(
  { db, scope, today }: Pick<StoreContext, 'db' | 'scope' | 'today'>,
  id: string,
): Promise<Result<PersonRecord>> {
  const visible = await findInScope({ db, scope }, 'people', id);
  if (!visible.ok) return visible;
  const row = await db
    .selectFrom('people')
    .leftJoin('communities', 'communities.id', 'people.community_id')
    .leftJoin('estates', 'estates.id', 'people.estate_id')
    .leftJoin('courtyards', 'courtyards.id', 'people.courtyard_id')
    .leftJoin('people as introducer', 'introducer.id', 'people.introduced_by')
    .select(summaryColumns)
    .select(visitCount)
    .select(lastVisitOn)
    .select([
      'people.street_id',
      'people.estate_id',
      'people.courtyard_id',
      'courtyards.name as courtyard_name',
      'people.address_note',
      'people.volunteer_platform',
      'people.traits',
      'people.found_via',
      'people.introduced_by',
      'introducer.name as introducer_name',
      'people.interests',
      'people.wishes',
      'people.notes',
      'people.erased_at',
      'people.merged_into',
    ])
    .where('people.id', '=', id)
    .executeTakeFirstOrThrow();
  const [introduced, visits, trustHistory, consents, memberships] = await Promise.all([
    db
      .selectFrom('people')
      .select(['id', 'name'])
      .where('introduced_by', '=', id)
      .where('merged_into', 'is', null)
      .orderBy('name')
      .execute(),
    db
      .selectFrom('person_visits')
      .select(['id', 'visited_on as visitedOn', 'visitor_name as visitorName', 'place', 'learned'])
      .where('person_id', '=', id)
      .orderBy('visited_on', 'desc')
      .orderBy('created_at', 'desc')
      .execute(),
    db
      .selectFrom('person_trust_changes as t')
      .leftJoin('users', 'users.id', 't.changed_by')
      .select([
        't.id',
        't.changed_on as changedOn',
        't.from_stage as fromStage',
        't.to_stage as toStage',
        't.reason',
        'users.display_name as changedByName',
      ])
      .where('t.person_id', '=', id)
      .orderBy('t.changed_on', 'desc')
      .orderBy('t.created_at', 'desc')
      .execute(),
    db
      .selectFrom('person_consents')
      .select([
        'id',
        'purpose',
        'agreed_on as agreedOn',
        'withdrawn_on as withdrawnOn',
        'guardian_name as guardianName',
        'guardian_relation as guardianRelation',
      ])
      .where('person_id', '=', id)
      .orderBy('agreed_on', 'desc')
      .execute(),
    db
      .selectFrom('organization_members as m')
      .innerJoin('organizations', 'organizations.id', 'm.organization_id')
      .select(['organizations.id as organizationId', 'organizations.name as organizationName', 'm.role'])
      .where('m.person_id', '=', id)
      .where('m.left_on', 'is', null)
      .orderBy('organizations.name')
      .execute(),
  ]);
  return ok({
    ...toSummary(row, today),
    streetId: row.street_id,
    estateId: row.estate_id,
    courtyardId: row.courtyard_id,
    courtyardName: row.courtyard_name,
    addressNote: row.address_note,
    birthYear: row.birth_year,
    birthDate: row.birth_date,
    volunteerRegisteredOn: row.volunteer_registered_on,
    volunteerPlatform: row.volunteer_platform,
    traits: traitsOf(row.traits),
    foundVia: row.found_via as PersonDetail['foundVia'],
    introducedBy:
      row.introduced_by && row.introducer_name ? { id: row.introduced_by, name: row.introducer_name } : null,
    introduced,
    interests: row.interests,
    wishes: row.wishes,
    notes: row.notes,
    isErased: row.erased_at !== null,
    mergedIntoId: row.merged_into,
    visits,
    trustHistory: trustHistory.map((t) => ({
      ...t,
      fromStage: t.fromStage as PersonDetail['trustStage'],
      toStage: t.toStage as PersonDetail['trustStage'],
    })),
    consents,
    memberships,
  });
}
