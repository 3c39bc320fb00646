import { type CaseOutcome, type CaseOutcomeInput, fail, ok, type Scope } from '@seedbed/core';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { visibleOrganizations, visiblePeople } from '../scope';
import type { WriteResult } from './lock';

/**
 * 成效反馈表 entries the caller may see: about an organization in scope, or a person in scope.
 */
export async function listCaseOutcomes(
  db: Db,
  scope: Scope,
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

/** An entry about an organization and/or a person, both in the caller's scope. */
export async function recordCaseOutcome(
  db: Db,
  actor: Actor,
  scope: Scope,
  id: string,
  input: CaseOutcomeInput,
): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    let streetId: string | null = null;
    if (input.organizationId) {
      const organization = await trx
        .selectFrom('organizations')
        .select('street_id')
        .where('id', '=', input.organizationId)
        .where(visibleOrganizations(scope))
        .executeTakeFirst();
      if (!organization) return fail(await reasonFor(db, 'organizations', input.organizationId));
      streetId = organization.street_id;
    }
    if (input.personId) {
      const person = await trx
        .selectFrom('people')
        .select('street_id')
        .where('id', '=', input.personId)
        .where(visiblePeople(scope))
        .executeTakeFirst();
      if (!person) return fail(await reasonFor(db, 'people', input.personId));
      streetId ??= person.street_id;
    }
    if (!streetId) return fail('organization.case_subject_unknown');
    const row = {
      id,
      street_id: streetId,
      organization_id: input.organizationId ?? null,
      person_id: input.personId ?? null,
      recorded_on: input.recordedOn,
      difficulty: input.difficulty,
      staff_action: input.staffAction,
      change: input.change,
      background: input.background ?? null,
      recorded_by: actor.userId,
      recorded_at: actor.now,
    };
    await trx.insertInto('case_outcomes').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'case_outcome.record',
      tableName: 'case_outcomes',
      recordId: id,
      streetId,
      after: row,
    });
    return ok({ id });
  });
}

async function reasonFor(db: Db, table: 'organizations' | 'people', id: string) {
  const exists = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  return exists ? ('auth.forbidden' as const) : ('organization.case_subject_unknown' as const);
}
