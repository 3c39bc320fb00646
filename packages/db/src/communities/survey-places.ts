import {
  type CommunityEventInput,
  type CommunityProfileInput,
  checkEstate,
  checkPopulation,
  checkSurveyDates,
  type EstateInput,
  type EstateUpdateInput,
  fail,
  ok,
  type Result,
} from '@seedbed/core';
import { insertAudited, updateAudited } from '../audited';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { nameTaken } from './places';
import { defined, inCommunity, onRecord, type SavedRecord } from './survey-scope';

/** The community profile, its history, its estates and courtyards, and its site plan (seed 003 §1). */

export function updateCommunityProfile(
  call: StoreContext,
  communityId: string,
  input: CommunityProfileInput,
): Promise<Result<SavedRecord>> {
  return inCommunity(
    call,
    communityId,
    async (tx, community) => {
      const changes = defined({
        households: input.households,
        resident_population: input.residentPopulation,
        local_population: input.localPopulation,
        migrant_population: input.migrantPopulation,
        children_population: input.childrenPopulation,
        working_age_population: input.workingAgePopulation,
        elderly_population: input.elderlyPopulation,
        profile_notes: input.profileNotes,
      });
      const merged = { ...community, ...changes };
      const checked = checkPopulation({
        residentPopulation: merged.resident_population,
        localPopulation: merged.local_population,
        migrantPopulation: merged.migrant_population,
        childrenPopulation: merged.children_population,
        workingAgePopulation: merged.working_age_population,
        elderlyPopulation: merged.elderly_population,
      });
      if (!checked.ok) return checked;
      await updateAudited(tx, 'communities', communityId, changes, { action: 'community.profile.update' });
      return ok(communityId);
    },
    { forUpdate: true },
  );
}

export async function addCommunityEvent(
  call: StoreContext,
  communityId: string,
  input: CommunityEventInput,
): Promise<Result<SavedRecord>> {
  const dates = checkSurveyDates([input.happenedOn], call.today);
  if (!dates.ok) return dates;
  return inCommunity(call, communityId, async (tx, community) => {
    const event = await insertAudited(
      tx,
      'community_events',
      {
        id: tx.newId(),
        street_id: community.street_id,
        community_id: communityId,
        happened_on: input.happenedOn,
        title: input.title,
        description: input.description ?? null,
        source: input.source,
      },
      { action: 'community.event.create' },
    );
    return ok(event.id);
  });
}

export async function createEstate(
  call: StoreContext,
  communityId: string,
  input: EstateInput,
): Promise<Result<SavedRecord>> {
  const checked = checkEstate(input, call.today);
  if (!checked.ok) return checked;
  return inCommunity(
    call,
    communityId,
    async (tx, community) => {
      if (await nameTaken(tx, 'estates', { column: 'community_id', id: communityId }, input.name))
        return fail('estate.duplicate_name', { name: input.name });
      const estate = await insertAudited(
        tx,
        'estates',
        {
          id: tx.newId(),
          street_id: community.street_id,
          community_id: communityId,
          name: input.name,
          estate_type: input.estateType,
          build_year: input.buildYear ?? null,
          households: input.households ?? null,
          property_company: input.propertyCompany ?? null,
          owners_committee: input.ownersCommittee ?? null,
          owners_committee_status: input.ownersCommitteeStatus ?? null,
          notes: input.notes ?? null,
        },
        { action: 'estate.create' },
      );
      return ok(estate.id);
    },
    { forUpdate: true },
  );
}

export function updateEstate(call: StoreContext, id: string, input: EstateUpdateInput): Promise<Result<SavedRecord>> {
  return onRecord(
    call,
    'estates',
    id,
    async (tx, estate) => {
      const changes = defined({
        name: input.name,
        estate_type: input.estateType,
        build_year: input.buildYear,
        households: input.households,
        property_company: input.propertyCompany,
        owners_committee: input.ownersCommittee,
        owners_committee_status: input.ownersCommitteeStatus,
        notes: input.notes,
      });
      const merged = { ...estate, ...changes };
      const checked = checkEstate({ estateType: merged.estate_type, buildYear: merged.build_year }, tx.today);
      if (!checked.ok) return checked;
      if (input.name !== undefined) {
        // The community is locked so that two renames cannot both take one name.
        const community = await findInScope(tx, 'communities', estate.community_id, { forUpdate: true });
        if (!community.ok) return community;
        if (await nameTaken(tx, 'estates', { column: 'community_id', id: estate.community_id }, input.name, id))
          return fail('estate.duplicate_name', { name: input.name });
      }
      await updateAudited(tx, 'estates', id, changes, { action: 'estate.update' });
      return ok(id);
    },
    { forUpdate: true },
  );
}

export function createCourtyard(call: StoreContext, estateId: string, name: string): Promise<Result<SavedRecord>> {
  return onRecord(
    call,
    'estates',
    estateId,
    async (tx, estate) => {
      if (await nameTaken(tx, 'courtyards', { column: 'estate_id', id: estateId }, name))
        return fail('courtyard.duplicate_name', { name });
      const courtyard = await insertAudited(
        tx,
        'courtyards',
        { id: tx.newId(), street_id: estate.street_id, estate_id: estateId, name },
        { action: 'courtyard.create' },
      );
      return ok(courtyard.id);
    },
    { forUpdate: true },
  );
}

/** Records the stored picture's key; the file itself is already in the file store. */
export function setSitePlan(
  call: StoreContext,
  communityId: string,
  plan: { key: string; type: 'png' | 'jpg' | 'webp' },
): Promise<Result<SavedRecord>> {
  return inCommunity(call, communityId, async (tx) => {
    const changes = { site_plan_key: plan.key, site_plan_type: plan.type, site_plan_uploaded_at: tx.actor.now };
    await updateAudited(tx, 'communities', communityId, changes, { action: 'community.site_plan.upload' });
    return ok(communityId);
  });
}

export async function findSitePlan(call: Pick<StoreContext, 'db' | 'scope'>, communityId: string) {
  const community = await findInScope(call, 'communities', communityId, { includeGone: true });
  if (!community.ok) return community;
  const { site_plan_key: key, site_plan_type: type } = community.value;
  if (!key || !type) return fail('site_plan.missing');
  return ok({ key, type: type as 'png' | 'jpg' | 'webp' });
}
