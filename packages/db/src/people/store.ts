import {
  fail,
  ok,
  type PersonCreateInput,
  type PersonListQuery,
  type PersonUpdateInput,
  type Result,
  type Scope,
} from '@seedbed/core';
import type { Transaction } from 'kysely';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { visibleCommunities, visiblePeople } from '../scope';
import type { Database } from '../tables';
import { lastVisitOn, summaryColumns, toSummary, visitCount } from './rows';

/** People the caller may see, not erased or merged away, filtered; newest visits' nudge included. */
export async function listPeople(db: Db, scope: Scope, query: PersonListQuery, today: string) {
  let base = db
    .selectFrom('people')
    .leftJoin('communities', 'communities.id', 'people.community_id')
    .leftJoin('estates', 'estates.id', 'people.estate_id')
    .where(visiblePeople(scope))
    .where('people.erased_at', 'is', null)
    .where('people.merged_into', 'is', null);
  if (query.communityId) base = base.where('people.community_id', '=', query.communityId);
  if (query.activists === 'true') base = base.where('people.is_activist', '=', true);
  if (query.trustStage) base = base.where('people.trust_stage', '=', query.trustStage);
  if (query.q) base = base.where('people.name', 'like', `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (query.fewVisits === 'true')
    base = base.where(
      (eb) =>
        eb
          .selectFrom('person_visits as v')
          .select((inner) => inner.fn.countAll<number>().as('n'))
          .whereRef('v.person_id', '=', 'people.id'),
      '<',
      2,
    );
  const [rows, count] = await Promise.all([
    base
      .select(summaryColumns)
      .select(visitCount)
      .select(lastVisitOn)
      .orderBy('people.is_activist', 'desc')
      .orderBy('people.name')
      .orderBy('people.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((row) => toSummary(row, today)), total: Number(count.n) };
}

/**
 * The person's row, locked for a write, if the caller may see it; 403 if it exists elsewhere,
 * 404 if nowhere. Erased and merged records refuse writes.
 */
export async function lockPerson(trx: Transaction<Database>, scope: Scope, id: string, options = { live: true }) {
  const row = await trx
    .selectFrom('people')
    .selectAll()
    .where('id', '=', id)
    .where(visiblePeople(scope))
    .forUpdate()
    .executeTakeFirst();
  if (!row) {
    const exists = await trx.selectFrom('people').select('id').where('id', '=', id).executeTakeFirst();
    return fail(exists ? 'auth.forbidden' : 'person.unknown');
  }
  if (options.live && row.erased_at) return fail('person.erased');
  if (options.live && row.merged_into) return fail('person.merged');
  return ok(row);
}

/** Checks that the estate lies in the community and the courtyard in the estate. */
async function checkPlace(
  trx: Transaction<Database>,
  communityId: string | null,
  estateId: string | null,
  courtyardId: string | null,
): Promise<Result<true>> {
  if (courtyardId && !estateId) return fail('person.place_mismatch');
  if (estateId) {
    const estate = await trx.selectFrom('estates').select('community_id').where('id', '=', estateId).executeTakeFirst();
    if (!estate || estate.community_id !== communityId) return fail('person.place_mismatch');
  }
  if (courtyardId) {
    const courtyard = await trx
      .selectFrom('courtyards')
      .select('estate_id')
      .where('id', '=', courtyardId)
      .executeTakeFirst();
    if (!courtyard || courtyard.estate_id !== estateId) return fail('person.place_mismatch');
  }
  return ok(true);
}

async function checkIntroducer(
  trx: Transaction<Database>,
  scope: Scope,
  personId: string,
  introducerId: string | null,
) {
  if (!introducerId) return ok(true);
  if (introducerId === personId) return fail('person.introducer_unknown');
  const found = await trx
    .selectFrom('people')
    .select('id')
    .where('id', '=', introducerId)
    .where(visiblePeople(scope))
    .where('merged_into', 'is', null)
    .executeTakeFirst();
  return found ? ok(true) : fail('person.introducer_unknown');
}

/** The input's facts as columns; only keys present in the input are set. */
function columnsOf(input: PersonUpdateInput) {
  return {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.phone !== undefined && { phone: input.phone }),
    ...(input.birthYear !== undefined && { birth_year: input.birthYear }),
    ...(input.birthDate !== undefined && { birth_date: input.birthDate }),
    ...(input.estateId !== undefined && { estate_id: input.estateId }),
    ...(input.courtyardId !== undefined && { courtyard_id: input.courtyardId }),
    ...(input.addressNote !== undefined && { address_note: input.addressNote }),
    ...(input.isActivist !== undefined && { is_activist: input.isActivist }),
    ...(input.activistKind !== undefined && { activist_kind: input.activistKind }),
    ...(input.volunteerRegisteredOn !== undefined && { volunteer_registered_on: input.volunteerRegisteredOn }),
    ...(input.volunteerPlatform !== undefined && { volunteer_platform: input.volunteerPlatform }),
    ...(input.traits !== undefined && { traits: JSON.stringify(input.traits) }),
    ...(input.foundVia !== undefined && { found_via: input.foundVia }),
    ...(input.introducedById !== undefined && { introduced_by: input.introducedById }),
    ...(input.interests !== undefined && { interests: input.interests }),
    ...(input.wishes !== undefined && { wishes: input.wishes }),
    ...(input.notes !== undefined && { notes: input.notes }),
  };
}

/** A new resident in a community the caller may see; the community decides the street. */
export async function createPerson(
  db: Db,
  actor: Actor,
  scope: Scope,
  id: string,
  input: PersonCreateInput,
): Promise<Result<{ id: string }>> {
  return db.transaction().execute(async (trx) => {
    const community = await trx
      .selectFrom('communities')
      .select(['id', 'street_id'])
      .where('id', '=', input.communityId)
      .where(visibleCommunities(scope))
      .executeTakeFirst();
    if (!community) {
      const exists = await trx
        .selectFrom('communities')
        .select('id')
        .where('id', '=', input.communityId)
        .executeTakeFirst();
      return fail(exists ? 'auth.forbidden' : 'community.unknown');
    }
    const place = await checkPlace(trx, community.id, input.estateId ?? null, input.courtyardId ?? null);
    if (!place.ok) return place;
    const introducer = await checkIntroducer(trx, scope, id, input.introducedById ?? null);
    if (!introducer.ok) return introducer;
    const { communityId: _community, ...facts } = input;
    const row = {
      id,
      street_id: community.street_id,
      community_id: community.id,
      ...columnsOf(facts),
      name: input.name,
    };
    const after = await trx.insertInto('people').values(row).returningAll().executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'person.create',
      tableName: 'people',
      recordId: id,
      streetId: community.street_id,
      after,
    });
    return ok({ id });
  });
}

/**
 * Changes a person's facts. `check` sees the record as it will be (birth and phone together), so a
 * child can never end up with a phone by changing one field at a time.
 */
export async function updatePerson(
  db: Db,
  actor: Actor,
  scope: Scope,
  id: string,
  patch: PersonUpdateInput,
  check: (merged: { phone: string | null; birthYear: number | null; birthDate: string | null }) => Result<unknown>,
): Promise<Result<{ id: string }>> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockPerson(trx, scope, id);
    if (!locked.ok) return locked;
    const before = locked.value;
    const checked = check({
      phone: patch.phone !== undefined ? patch.phone : before.phone,
      birthYear: patch.birthYear !== undefined ? patch.birthYear : before.birth_year,
      birthDate: patch.birthDate !== undefined ? patch.birthDate : before.birth_date,
    });
    if (!checked.ok) return fail(checked.error.code);
    if (patch.estateId !== undefined || patch.courtyardId !== undefined) {
      const estateId = patch.estateId !== undefined ? patch.estateId : before.estate_id;
      // A new estate without a courtyard clears the old courtyard.
      const courtyardId =
        patch.courtyardId !== undefined ? patch.courtyardId : patch.estateId !== undefined ? null : before.courtyard_id;
      const place = await checkPlace(trx, before.community_id, estateId, courtyardId);
      if (!place.ok) return place;
      patch = { ...patch, estateId, courtyardId };
    }
    if (patch.introducedById !== undefined) {
      const introducer = await checkIntroducer(trx, scope, id, patch.introducedById);
      if (!introducer.ok) return introducer;
    }
    const after = await trx
      .updateTable('people')
      .set(columnsOf(patch))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'person.update',
      tableName: 'people',
      recordId: id,
      streetId: before.street_id,
      before,
      after,
    });
    return ok({ id });
  });
}
