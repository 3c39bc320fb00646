import { type CaseOutcome, type CaseOutcomeInput, checkNotInFuture, fail, ok } from '@seedbed/core';
import { insertAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleOrganizations, visiblePeople } from '../scope';
import type { WriteResult } from './lock';

/**
 * 成效反馈表 entries the caller may see: about an organization in scope, or a person in scope.
 */
export async function listCaseOutcomes(
  { db, scope }: Pick<StoreContext, 'db' | 'scope'>,
  filter: { organizationId?: string | undefined; personId?: string | undefined },
): Promise<CaseOutcome[]> {
  let query = db
    .selectFrom('case_outcomes as co')
    .leftJoin('organizations as o', 'o.id', 'co.organization_id')
    .leftJoin('people as p', 'p.id', 'co.person_id')
    .select([
      'co.id',
      'co.organization_id',
      'o.name as organization_name',
      'co.person_id',
      'p.name as person_name',
      'co.recorded_on',
      'co.difficulty',
      'co.staff_action',
      'co.change',
      'co.background',
    ])
    .where((eb) =>
      eb.or([
        eb('co.organization_id', 'in', eb.selectFrom('organizations').select('id').where(visibleOrganizations(scope))),
        eb('co.person_id', 'in', eb.selectFrom('people').select('id').where(visiblePeople(scope))),
      ]),
    );
  if (filter.organizationId) query = query.where('co.organization_id', '=', filter.organizationId);
  if (filter.personId) query = query.where('co.person_id', '=', filter.personId);
  const rows = await query.orderBy('co.recorded_on', 'desc').orderBy('co.recorded_at', 'desc').limit(5000).execute();
  return rows.map((r) => ({
    id: r.id,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    personId: r.person_id,
    personName: r.person_name,
    recordedOn: r.recorded_on,
    difficulty: r.difficulty,
    staffAction: r.staff_action,
    change: r.change,
    background: r.background,
  }));
}

/**
 * An entry about an organization and/or a person, both in the caller's scope: one out of scope
 * answers 403, one unknown 404 `organization.case_subject_unknown`.
 */
export async function recordCaseOutcome(call: StoreContext, input: CaseOutcomeInput): Promise<WriteResult> {
  const dated = checkNotInFuture([input.recordedOn], call.today);
  if (!dated.ok) return dated;
  const unknown = 'organization.case_subject_unknown';
  return inTransaction(call, async (tx) => {
    let streetId: string | null = null;
    if (input.organizationId) {
      const organization = await findInScope(tx, 'organizations', input.organizationId, { unknown });
      if (!organization.ok) return organization;
      streetId = organization.value.street_id;
    }
    if (input.personId) {
      const person = await findInScope(tx, 'people', input.personId, { unknown });
      if (!person.ok) return person;
      streetId ??= person.value.street_id;
    }
    if (!streetId) return fail(unknown);
    const { id } = await insertAudited(
      tx,
      'case_outcomes',
      {
        id: tx.newId(),
        street_id: streetId,
        organization_id: input.organizationId ?? null,
        person_id: input.personId ?? null,
        recorded_on: input.recordedOn,
        difficulty: input.difficulty,
        staff_action: input.staffAction,
        change: input.change,
        background: input.background ?? null,
        recorded_by: tx.actor.userId,
        recorded_at: tx.actor.now,
      },
      { action: 'case_outcome.record' },
    );
    return ok({ id });
  });
}
