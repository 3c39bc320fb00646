import {
  checkPersonFacts,
  fail,
  ok,
  type PersonCreateInput,
  type PersonListQuery,
  type PersonUpdateInput,
  type Result,
} from '@seedbed/core';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visiblePeople } from '../scope';
import { containing } from '../text-search';
import { lastVisitOn, summaryColumns, toSummary, visitCount } from './rows';

/** People the caller may see, not erased or merged away, filtered; newest visits' nudge included. */
export async function listPeople(
  { db, scope, today }: Pick<StoreContext, 'db' | 'scope' | 'today'>,
  query: PersonListQuery,
) {
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
  if (query.q) base = base.where('people.name', 'like', containing(query.q));
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
export async function lockPerson(tx: Pick<TxContext, 'db' | 'scope'>, id: string, options = { live: true }) {
  const found = await findInScope(tx, 'people', id, { forUpdate: true });
  if (!found.ok) return found;
  const row = found.value;
  if (options.live && row.erased_at) return fail('person.erased');
  if (options.live && row.merged_into) return fail('person.merged');
  return ok(row);
}

/** Checks that the estate lies in the community and the courtyard in the estate. */
async function checkPlace(
  { db: trx }: Pick<TxContext, 'db'>,
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
  { db: trx, scope }: Pick<TxContext, 'db' | 'scope'>,
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

/**
 * A resident known so far only by name (and perhaps a phone), added by another capability inside
 * its own write — a new member of an organization, a volunteer who signed in with no record yet.
 * People stay the only writer of `people`; the caller names the audit action, so the trail says why
 * the person was made, and the consent the person gave, if it was given where they were met.
 */
export async function addPersonByName(
  tx: Pick<TxContext, 'db' | 'actor' | 'newId'>,
  person: {
    streetId: string;
    communityId: string | null;
    name: string;
    phone: string | null;
    consent?: { purpose: string; agreedOn: string };
  },
  action: string,
): Promise<{ id: string }> {
  const row = {
    id: tx.newId(),
    street_id: person.streetId,
    community_id: person.communityId,
    estate_id: null,
    courtyard_id: null,
    name: person.name,
    phone: person.phone,
    birth_year: null,
  };
  const added = await insertAudited(tx, 'people', row, { action });
  if (person.consent)
    await tx.db
      .insertInto('person_consents')
      .values({
        id: tx.newId(),
        street_id: person.streetId,
        person_id: added.id,
        purpose: person.consent.purpose,
        agreed_on: person.consent.agreedOn,
        recorded_by: tx.actor.userId,
      })
      .execute();
  return added;
}

/**
 * A new resident in a community the caller may see; the community decides the street. The facts
 * are checked first against core's rules (no birth in the future, no phone for a child).
 */
export async function createPerson(call: StoreContext, input: PersonCreateInput): Promise<Result<{ id: string }>> {
  const checked = checkPersonFacts(input, call.today);
  if (!checked.ok) return checked;
  return inTransaction(call, async (tx) => {
    const community = await findInScope(tx, 'communities', input.communityId);
    if (!community.ok) return community;
    const id = tx.newId();
    const place = await checkPlace(tx, community.value.id, input.estateId ?? null, input.courtyardId ?? null);
    if (!place.ok) return place;
    const introducer = await checkIntroducer(tx, id, input.introducedById ?? null);
    if (!introducer.ok) return introducer;
    const { communityId: _community, ...facts } = input;
    const row = {
      id,
      street_id: community.value.street_id,
      community_id: community.value.id,
      ...columnsOf(facts),
      name: input.name,
    };
    await insertAudited(tx, 'people', row, { action: 'person.create' });
    return ok({ id });
  });
}

/**
 * Changes a person's facts. Core's rules see the record as it will be (birth and phone together),
 * so a child can never end up with a phone by changing one field at a time.
 */
export function updatePerson(
  call: StoreContext,
  id: string,
  patch: PersonUpdateInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const locked = await lockPerson(tx, id);
    if (!locked.ok) return locked;
    const before = locked.value;
    const checked = checkPersonFacts(
      {
        phone: patch.phone !== undefined ? patch.phone : before.phone,
        birthYear: patch.birthYear !== undefined ? patch.birthYear : before.birth_year,
        birthDate: patch.birthDate !== undefined ? patch.birthDate : before.birth_date,
      },
      tx.today,
    );
    if (!checked.ok) return fail(checked.error.code);
    if (patch.estateId !== undefined || patch.courtyardId !== undefined) {
      const estateId = patch.estateId !== undefined ? patch.estateId : before.estate_id;
      // A new estate without a courtyard clears the old courtyard.
      const courtyardId =
        patch.courtyardId !== undefined ? patch.courtyardId : patch.estateId !== undefined ? null : before.courtyard_id;
      const place = await checkPlace(tx, before.community_id, estateId, courtyardId);
      if (!place.ok) return place;
      patch = { ...patch, estateId, courtyardId };
    }
    if (patch.introducedById !== undefined) {
      const introducer = await checkIntroducer(tx, id, patch.introducedById);
      if (!introducer.ok) return introducer;
    }
    await updateAudited(tx, 'people', id, columnsOf(patch), { action: 'person.update' });
    return ok({ id });
  });
}
