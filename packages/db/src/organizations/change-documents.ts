import { fail, ok, type Result, type Scope } from '@seedbed/core';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { visibleOrganizations } from '../scope';
import { lockOrganization } from './lock';

/** Attaches an uploaded document (already checked and stored) to one change of the organization. */
export async function attachChangeDocument(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  changeId: string,
  file: { key: string; type: string },
): Promise<Result<{ id: string }>> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const before = await trx
      .selectFrom('organization_changes')
      .select(['id', 'document_file_key', 'document_file_type'])
      .where('id', '=', changeId)
      .where('organization_id', '=', organizationId)
      .executeTakeFirst();
    if (!before) return fail('organization.change_unknown');
    const after = { document_file_key: file.key, document_file_type: file.type };
    await trx.updateTable('organization_changes').set(after).where('id', '=', changeId).execute();
    await recordAudit(trx, actor, {
      action: 'organization.change.document',
      tableName: 'organization_changes',
      recordId: changeId,
      streetId: locked.value.street_id,
      before,
      after,
    });
    return ok({ id: changeId });
  });
}

/** The stored document of a change the caller may see. */
export async function findChangeDocument(
  db: Db,
  scope: Scope,
  organizationId: string,
  changeId: string,
): Promise<Result<{ key: string; type: string }>> {
  const row = await db
    .selectFrom('organization_changes')
    .innerJoin('organizations', 'organizations.id', 'organization_changes.organization_id')
    .select(['organization_changes.document_file_key as key', 'organization_changes.document_file_type as type'])
    .where('organization_changes.id', '=', changeId)
    .where('organization_changes.organization_id', '=', organizationId)
    .where(visibleOrganizations(scope))
    .executeTakeFirst();
  if (!row) {
    const exists = await db
      .selectFrom('organizations')
      .select('id')
      .where('id', '=', organizationId)
      .executeTakeFirst();
    if (!exists) return fail('organization.unknown');
    const change = await db
      .selectFrom('organization_changes')
      .select('id')
      .where('id', '=', changeId)
      .where('organization_id', '=', organizationId)
      .executeTakeFirst();
    return fail(change ? 'auth.forbidden' : 'organization.change_unknown');
  }
  if (!row.key || !row.type) return fail('organization.document_missing');
  return ok({ key: row.key, type: row.type });
}

/** Whether a change record of this organization exists (checked before a file is stored for it). */
export async function isChangeOf(db: Db, organizationId: string, changeId: string): Promise<boolean> {
  const row = await db
    .selectFrom('organization_changes')
    .select('id')
    .where('id', '=', changeId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return row !== undefined;
}
