import { fail, type InterviewInput, ok, type RelationInput, type Scope } from '@seedbed/core';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { visibleOrganizations } from '../scope';
import { lockOrganization, type WriteResult } from './lock';

/** Relations between organizations and baseline interviews. Each write: one transaction, an audit row. */

/** A dated relation to another organization the caller can see (it may lie in another street). */
export async function addRelation(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  id: string,
  input: RelationInput,
): Promise<WriteResult> {
  if (input.relatedOrganizationId === organizationId) return fail('organization.relation_self');
  if (input.since && input.until && input.until < input.since) return fail('organization.date_order');
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const other = await trx
      .selectFrom('organizations')
      .select('id')
      .where('id', '=', input.relatedOrganizationId)
      .where(visibleOrganizations(scope))
      .executeTakeFirst();
    if (!other) {
      const exists = await trx
        .selectFrom('organizations')
        .select('id')
        .where('id', '=', input.relatedOrganizationId)
        .executeTakeFirst();
      return fail(exists ? 'auth.forbidden' : 'organization.unknown');
    }
    const row = {
      id,
      street_id: locked.value.street_id,
      organization_id: organizationId,
      related_organization_id: input.relatedOrganizationId,
      kind: input.kind,
      since: input.since ?? null,
      until: input.until ?? null,
      note: input.note ?? null,
    };
    await trx.insertInto('organization_relations').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'organization.relation.add',
      tableName: 'organization_relations',
      recordId: id,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id });
  });
}

export async function addInterview(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  id: string,
  input: InterviewInput,
): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const row = {
      id,
      street_id: locked.value.street_id,
      organization_id: organizationId,
      interviewed_on: input.interviewedOn,
      interviewer: input.interviewer,
      origin: input.origin ?? null,
      development: input.development ?? null,
      activities: input.activities ?? null,
      difficulties: input.difficulties ?? null,
      hopes: input.hopes ?? null,
      notes: input.notes ?? null,
      recorded_by: actor.userId,
      recorded_at: actor.now,
    };
    await trx.insertInto('organization_interviews').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'organization.interview.add',
      tableName: 'organization_interviews',
      recordId: id,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id });
  });
}
