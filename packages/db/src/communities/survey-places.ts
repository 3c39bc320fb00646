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
  type Scope,
} from '@seedbed/core';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { childInScope, communityInScope, defined } from './survey-scope';

/** The community profile, its history, its estates and courtyards, and its site plan (seed 003 §1). */

export async function updateCommunityProfile(
  db: Db,
  actor: Actor,
  scope: Scope,
  communityId: string,
  input: CommunityProfileInput,
): Promise<Result<true>> {
  return db.transaction().execute(async (trx) => {
    const community = await communityInScope(trx, scope, communityId);
    if (!community.ok) return community;
    const before = await trx
      .selectFrom('communities')
      .selectAll()
      .where('id', '=', communityId)
      .forUpdate()
      .executeTakeFirstOrThrow();
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
    const merged = { ...before, ...changes };
    const checked = checkPopulation({
      residentPopulation: merged.resident_population,
      localPopulation: merged.local_population,
      migrantPopulation: merged.migrant_population,
      childrenPopulation: merged.children_population,
      workingAgePopulation: merged.working_age_population,
      elderlyPopulation: merged.elderly_population,
    });
    if (!checked.ok) return checked;
    const after = await trx
      .updateTable('communities')
      .set(changes)
      .where('id', '=', communityId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'community.profile.update',
      tableName: 'communities',
      recordId: communityId,
      streetId: before.street_id,
      before,
      after,
    });
    return ok(true);
  });
}

export async function addCommunityEvent(
  db: Db,
  actor: Actor,
  scope: Scope,
  communityId: string,
  id: string,
  input: CommunityEventInput,
  today: string,
): Promise<Result<{ id: string }>> {
  const dates = checkSurveyDates([input.happenedOn], today);
  if (!dates.ok) return dates;
  return db.transaction().execute(async (trx) => {
    const community = await communityInScope(trx, scope, communityId);
    if (!community.ok) return community;
    const row = {
      id,
      street_id: community.value.street_id,
      community_id: communityId,
      happened_on: input.happenedOn,
      title: input.title,
      description: input.description ?? null,
      source: input.source,
    };
    await trx.insertInto('community_events').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'community.event.create',
      tableName: 'community_events',
      recordId: id,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id });
  });
}

export async function createEstate(
  db: Db,
  actor: Actor,
  scope: Scope,
  communityId: string,
  id: string,
  input: EstateInput,
  today: string,
): Promise<Result<{ id: string }>> {
  const checked = checkEstate(input, today);
  if (!checked.ok) return checked;
  return db.transaction().execute(async (trx) => {
    const community = await communityInScope(trx, scope, communityId);
    if (!community.ok) return community;
    const row = {
      id,
      street_id: community.value.street_id,
      community_id: communityId,
      name: input.name,
      estate_type: input.estateType,
      build_year: input.buildYear ?? null,
      households: input.households ?? null,
      property_company: input.propertyCompany ?? null,
      owners_committee: input.ownersCommittee ?? null,
      owners_committee_status: input.ownersCommitteeStatus ?? null,
      notes: input.notes ?? null,
    };
    await trx.insertInto('estates').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'estate.create',
      tableName: 'estates',
      recordId: id,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id });
  });
}

export async function updateEstate(
  db: Db,
  actor: Actor,
  scope: Scope,
  id: string,
  input: EstateUpdateInput,
  today: string,
): Promise<Result<{ id: string; communityId: string }>> {
  return db.transaction().execute(async (trx) => {
    const found = await childInScope(trx, scope, 'estates', id, 'estate.unknown');
    if (!found.ok) return found;
    const before = await trx
      .selectFrom('estates')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
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
    const merged = { ...before, ...changes };
    const checked = checkEstate({ estateType: merged.estate_type, buildYear: merged.build_year }, today);
    if (!checked.ok) return checked;
    const after = await trx
      .updateTable('estates')
      .set(changes)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'estate.update',
      tableName: 'estates',
      recordId: id,
      streetId: before.street_id,
      before,
      after,
    });
    return ok({ id, communityId: before.community_id });
  });
}

export async function createCourtyard(
  db: Db,
  actor: Actor,
  scope: Scope,
  estateId: string,
  id: string,
  name: string,
): Promise<Result<{ id: string; communityId: string }>> {
  return db.transaction().execute(async (trx) => {
    const estate = await childInScope(trx, scope, 'estates', estateId, 'estate.unknown');
    if (!estate.ok) return estate;
    const row = { id, street_id: estate.value.street_id, estate_id: estateId, name };
    await trx.insertInto('courtyards').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'courtyard.create',
      tableName: 'courtyards',
      recordId: id,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id, communityId: estate.value.community_id });
  });
}

/** Records the stored picture's key; the file itself is already in the file store. */
export async function setSitePlan(
  db: Db,
  actor: Actor,
  scope: Scope,
  communityId: string,
  plan: { key: string; type: 'png' | 'jpg' | 'webp' },
): Promise<Result<true>> {
  return db.transaction().execute(async (trx) => {
    const community = await communityInScope(trx, scope, communityId);
    if (!community.ok) return community;
    const before = await trx
      .selectFrom('communities')
      .select(['site_plan_key', 'site_plan_type', 'site_plan_uploaded_at'])
      .where('id', '=', communityId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const after = { site_plan_key: plan.key, site_plan_type: plan.type, site_plan_uploaded_at: actor.now };
    await trx.updateTable('communities').set(after).where('id', '=', communityId).execute();
    await recordAudit(trx, actor, {
      action: 'community.site_plan.upload',
      tableName: 'communities',
      recordId: communityId,
      streetId: community.value.street_id,
      before,
      after,
    });
    return ok(true);
  });
}

export async function findSitePlan(db: Db, scope: Scope, communityId: string) {
  const community = await communityInScope(db, scope, communityId);
  if (!community.ok) return community;
  const row = await db
    .selectFrom('communities')
    .select(['site_plan_key', 'site_plan_type'])
    .where('id', '=', communityId)
    .executeTakeFirstOrThrow();
  if (!row.site_plan_key || !row.site_plan_type) return fail('site_plan.missing');
  return ok({ key: row.site_plan_key, type: row.site_plan_type as 'png' | 'jpg' | 'webp' });
}
