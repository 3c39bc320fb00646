import {
  checkNewOrganization,
  fail,
  initialChanges,
  type OrganizationCreateInput,
  ok,
  personAgeOn,
  type Result,
} from '@seedbed/core';
import { recordAudit } from '../audit';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';

/** Age of majority in China (民法典 art. 17). */
const adultAge = 18;

/**
 * Creates an organization with the communities it serves and the start of its dated history
 * (orientation always; filing and status when given), all in one transaction. The home community decides the street
 * (the distribution key); served communities keep their own street so their officials see it.
 * Staff create organizations only where they work: the home community must be in their scope.
 */
export async function createOrganization(
  call: StoreContext,
  request: OrganizationCreateInput,
): Promise<Result<{ id: string }>> {
  const checked = checkNewOrganization(request, call.today);
  if (!checked.ok) return checked;
  const input = checked.value;
  const inScope = await findInScope(call, 'communities', input.homeCommunityId);
  if (!inScope.ok) return inScope;
  return inTransaction(call, async (tx) => {
    const { db: trx, actor, today, newId } = tx;
    const id = newId();
    const communityIds = [input.homeCommunityId, ...input.servedCommunityIds];
    const communities = await trx
      .selectFrom('communities')
      .select(['id', 'street_id'])
      .where('id', 'in', communityIds)
      .where('archived_at', 'is', null)
      .execute();
    const home = communities.find((c) => c.id === input.homeCommunityId);
    if (!home || communities.length !== communityIds.length) return fail('community.unknown');
    if (input.leaderPersonId) {
      const leader = await trx
        .selectFrom('people')
        .select('community_id')
        .where('id', '=', input.leaderPersonId)
        .executeTakeFirst();
      if (!leader) return fail('person.unknown');
      if (!leader.community_id || !communityIds.includes(leader.community_id))
        return fail('organization.person_elsewhere');
    }
    // A children's organization's accountable adult: named, or else its leader — an adult either way.
    const accountableId =
      input.organizationType === 'children_council'
        ? (input.accountableAdultPersonId ?? input.leaderPersonId)
        : input.accountableAdultPersonId;
    if (accountableId) {
      const adult = await trx
        .selectFrom('people')
        .select(['community_id', 'birth_year', 'birth_date'])
        .where('id', '=', accountableId)
        .executeTakeFirst();
      if (!adult) return fail('person.unknown');
      if (!adult.community_id || !communityIds.includes(adult.community_id))
        return fail('organization.person_elsewhere');
      const age = personAgeOn({ birthYear: adult.birth_year, birthDate: adult.birth_date }, today);
      if (age !== null && age < adultAge) return fail('organization.adult_required');
    }
    const row = {
      id,
      accountable_adult_person_id: accountableId ?? null,
      street_id: home.street_id,
      home_community_id: home.id,
      name: input.name,
      organization_type: input.organizationType,
      orientation: input.orientation,
      founded_on: input.foundedOn ?? null,
      description: input.description ?? null,
      meeting_place: input.meetingPlace ?? null,
      // The current values are the newest of the history written below.
      filing_status: input.filingStatus ?? 'none',
      status: input.status ?? 'active',
      status_reason: input.status && input.status !== 'active' ? (input.statusReason ?? null) : null,
      dissolved_on: input.status === 'dissolved' ? (input.statusOn ?? input.foundedOn ?? today) : null,
      updated_at: actor.now,
    };
    await trx.insertInto('organizations').values(row).execute();
    const history = initialChanges(input, today).map((change) => ({
      id: newId(),
      street_id: home.street_id,
      organization_id: id,
      field: change.field,
      value: change.value,
      changed_on: change.changedOn,
      reason: change.reason,
      document_ref: change.documentRef,
      recorded_by: actor.userId,
      recorded_at: actor.now,
    }));
    await trx.insertInto('organization_changes').values(history).execute();
    const served = communities.filter((c) => c.id !== home.id);
    if (served.length > 0) {
      await trx
        .insertInto('organization_service_areas')
        .values(
          served.map((c) => ({
            organization_id: id,
            community_id: c.id,
            street_id: c.street_id,
            since: null,
            until: null,
          })),
        )
        .execute();
    }
    if (input.leaderPersonId) {
      await trx
        .insertInto('organization_members')
        .values({
          id: newId(),
          street_id: home.street_id,
          organization_id: id,
          person_id: input.leaderPersonId,
          role: 'leader',
          joined_on: input.foundedOn ?? null,
          left_on: null,
        })
        .execute();
    }
    await recordAudit(trx, actor, {
      action: 'organization.create',
      tableName: 'organizations',
      recordId: id,
      streetId: home.street_id,
      after: {
        ...row,
        served_community_ids: served.map((c) => c.id),
        leader_person_id: input.leaderPersonId ?? null,
        history,
      },
    });
    return ok({ id });
  });
}
