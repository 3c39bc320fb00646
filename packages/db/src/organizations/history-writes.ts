import { randomUUID } from 'node:crypto';
import { fail, type OrganizationChangeInput, ok, type Scope } from '@seedbed/core';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { lockOrganization, type WriteResult } from './lock';

/** The dated history of an organization (orientation, filing, status) and the communities it serves. Each write: one transaction, scope checked on the organization, an audit row. */

/**
 * Records a dated change of orientation, filing or status. The organization's current value is
 * the newest change by date, so a back-dated entry adds history without overturning the present.
 */
export async function recordChange(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  id: string,
  input: OrganizationChangeInput,
): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const before = locked.value;
    const row = {
      id,
      street_id: before.street_id,
      organization_id: organizationId,
      field: input.field,
      value: input.value,
      changed_on: input.changedOn,
      reason: input.reason ?? null,
      document_ref: input.documentRef ?? null,
      recorded_by: actor.userId,
      recorded_at: actor.now,
    };
    await trx.insertInto('organization_changes').values(row).execute();
    const newest = await trx
      .selectFrom('organization_changes')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('field', '=', input.field)
      .orderBy('changed_on', 'desc')
      .orderBy('recorded_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    if (newest.id === id) {
      const changes =
        input.field === 'status'
          ? {
              status: input.value,
              status_reason: input.reason ?? null,
              dissolved_on: input.value === 'dissolved' ? input.changedOn : null,
            }
          : input.field === 'orientation'
            ? { orientation: input.value }
            : { filing_status: input.value };
      await trx
        .updateTable('organizations')
        .set({ ...changes, updated_at: actor.now })
        .where('id', '=', organizationId)
        .execute();
    }
    await recordAudit(trx, actor, {
      action: 'organization.change.record',
      tableName: 'organization_changes',
      recordId: id,
      streetId: before.street_id,
      after: row,
    });
    return ok({ id });
  });
}

/** Starts serving a community (again). The community must exist; it keeps its own street. */
export async function addServedCommunity(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  input: { communityId: string; since?: string | undefined },
): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const community = await trx
      .selectFrom('communities')
      .select(['id', 'street_id'])
      .where('id', '=', input.communityId)
      .executeTakeFirst();
    if (!community) return fail('community.unknown');
    if (community.id === locked.value.home_community_id) return fail('organization.already_served');
    const open = await trx
      .selectFrom('organization_service_areas')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('community_id', '=', community.id)
      .where('until', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (open) return fail('organization.already_served');
    const row = {
      id: newPeriodId(),
      organization_id: organizationId,
      community_id: community.id,
      street_id: community.street_id,
      since: input.since ?? null,
      until: null,
    };
    // Serving again later is a new period: the earlier ones stay on record.
    await trx.insertInto('organization_service_areas').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'organization.served.add',
      tableName: 'organization_service_areas',
      recordId: row.id,
      streetId: locked.value.street_id,
      after: row,
    });
    return ok({ id: community.id });
  });
}

/** Period ids are made here: the store owns this table's keys. */
const newPeriodId = () => randomUUID();

export async function endServedCommunity(
  db: Db,
  actor: Actor,
  scope: Scope,
  organizationId: string,
  communityId: string,
  until: string,
): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const before = await trx
      .selectFrom('organization_service_areas')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('community_id', '=', communityId)
      .where('until', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (!before) return fail('organization.not_served');
    if (before.since && until < before.since) return fail('organization.date_order');
    await trx.updateTable('organization_service_areas').set({ until }).where('id', '=', before.id).execute();
    await recordAudit(trx, actor, {
      action: 'organization.served.end',
      tableName: 'organization_service_areas',
      recordId: before.id,
      streetId: locked.value.street_id,
      before,
      after: { ...before, until },
    });
    return ok({ id: communityId });
  });
}
