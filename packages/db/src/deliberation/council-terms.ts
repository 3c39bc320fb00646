import { type CouncilTerm, type CouncilTermInput, fail, type Locale, ok, type Result } from '@seedbed/core';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findAllInScope, findInScope } from '../find-in-scope';
import { summaryOf } from './meetings';

/**
 * A children's council's terms 届 (seed 000: 每一届儿童议事会定一个目标): the council is an organization;
 * each term has its number, dates, members, its one goal and, at the end, what came of it.
 */
export function createCouncilTerm(
  call: StoreContext,
  organizationId: string,
  input: CouncilTermInput,
): Promise<Result<{ id: string }>> {
  if (input.endsOn && input.endsOn < input.startsOn) return Promise.resolve(fail('deliberation.term_dates'));
  return inTransaction(call, async (tx) => {
    const organization = await findInScope(tx, 'organizations', organizationId, { forUpdate: true });
    if (!organization.ok) return organization;
    const taken = await tx.db
      .selectFrom('council_terms')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('number', '=', input.number)
      .executeTakeFirst();
    if (taken) return fail('deliberation.term_number_taken');
    const members = await checkMembers(tx, input.memberPersonIds);
    if (!members.ok) return members;
    const id = tx.newId();
    await insertAudited(
      tx,
      'council_terms',
      {
        id,
        street_id: organization.value.street_id,
        organization_id: organizationId,
        number: input.number,
        starts_on: input.startsOn,
        ends_on: input.endsOn ?? null,
        goal: input.goal || null,
        outcome: input.outcome || null,
        created_at: tx.actor.now,
      },
      { action: 'deliberation.term.create' },
    );
    await setMembers(tx, { id, street_id: organization.value.street_id }, input.memberPersonIds);
    return ok({ id });
  });
}

/** Members must be people the caller may see: checked before the term's first write. */
async function checkMembers(tx: TxContext, personIds: readonly string[] | undefined) {
  const unique = [...new Set(personIds ?? [])];
  return unique.length > 0 ? findAllInScope(tx, 'people', unique) : ok([]);
}

/** The term's members replaced whole (checked by checkMembers first). */
async function setMembers(tx: TxContext, term: { id: string; street_id: string }, personIds: readonly string[]) {
  const unique = [...new Set(personIds)];
  await tx.db.deleteFrom('council_term_members').where('term_id', '=', term.id).execute();
  for (const personId of unique)
    await insertAudited(
      tx,
      'council_term_members',
      { id: tx.newId(), street_id: term.street_id, term_id: term.id, person_id: personId },
      { action: 'deliberation.term.member' },
    );
}

export function updateCouncilTerm(
  call: StoreContext,
  id: string,
  input: Partial<CouncilTermInput>,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'council_terms', id);
    if (!found.ok) return found;
    // The council first, as making a term does: two changes of a term's number (or a change and a
    // new term) run one after the other, so the free-number check holds and no unique error escapes.
    const council = await findInScope(tx, 'organizations', found.value.organization_id, { forUpdate: true });
    if (!council.ok) return council;
    const term = await findInScope(tx, 'council_terms', id, { forUpdate: true });
    if (!term.ok) return term;
    const startsOn = input.startsOn ?? term.value.starts_on;
    const endsOn = input.endsOn ?? term.value.ends_on;
    if (endsOn && endsOn < startsOn) return fail('deliberation.term_dates');
    if (input.number !== undefined && input.number !== term.value.number) {
      const taken = await tx.db
        .selectFrom('council_terms')
        .select('id')
        .where('organization_id', '=', term.value.organization_id)
        .where('number', '=', input.number)
        .executeTakeFirst();
      if (taken) return fail('deliberation.term_number_taken');
    }
    const members = await checkMembers(tx, input.memberPersonIds);
    if (!members.ok) return members;
    await updateAudited(
      tx,
      'council_terms',
      id,
      {
        ...(input.number !== undefined ? { number: input.number } : {}),
        starts_on: startsOn,
        ends_on: endsOn,
        ...(input.goal !== undefined ? { goal: input.goal || null } : {}),
        ...(input.outcome !== undefined ? { outcome: input.outcome || null } : {}),
      },
      { action: 'deliberation.term.update' },
    );
    if (input.memberPersonIds) await setMembers(tx, term.value, input.memberPersonIds);
    return ok({ id });
  });
}

async function termOf(
  call: Pick<StoreContext, 'db' | 'scope'>,
  row: {
    id: string;
    organization_id: string;
    number: number;
    starts_on: string;
    ends_on: string | null;
    goal: string | null;
    outcome: string | null;
  },
  locale: Locale,
): Promise<CouncilTerm> {
  const members = await call.db
    .selectFrom('council_term_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['m.person_id', 'p.name'])
    .where('m.term_id', '=', row.id)
    .orderBy('p.name')
    .execute();
  const meetings = await call.db
    .selectFrom('meetings')
    .selectAll()
    .where('council_term_id', '=', row.id)
    .orderBy('held_on')
    .execute();
  const summaries = [];
  for (const meeting of meetings) summaries.push(await summaryOf(call.db, meeting, locale));
  return {
    id: row.id,
    organizationId: row.organization_id,
    number: row.number,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    goal: row.goal,
    outcome: row.outcome,
    members: members.map((m) => ({ personId: m.person_id, name: m.name })),
    meetings: summaries,
  };
}

export async function findCouncilTerm(
  call: Pick<StoreContext, 'db' | 'scope'>,
  id: string,
  locale: Locale = 'zh-CN',
): Promise<Result<CouncilTerm>> {
  const term = await findInScope(call, 'council_terms', id);
  if (!term.ok) return term;
  return ok(await termOf(call, term.value, locale));
}

/** A council's terms, newest first. */
export async function listCouncilTerms(
  call: Pick<StoreContext, 'db' | 'scope'>,
  organizationId: string,
  locale: Locale = 'zh-CN',
): Promise<Result<CouncilTerm[]>> {
  const organization = await findInScope(call, 'organizations', organizationId);
  if (!organization.ok) return organization;
  const rows = await call.db
    .selectFrom('council_terms')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('number', 'desc')
    .execute();
  const terms = [];
  for (const row of rows) terms.push(await termOf(call, row, locale));
  return ok(terms);
}
