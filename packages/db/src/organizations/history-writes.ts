import { checkChange, fail, mayFileFor, type OrganizationChangeInput, ok } from '@seedbed/core';
import { insertAudited, updateAudited } from '../audited';
import type { StoreContext } from '../context';
import { type WriteResult, writeUnderOrganization } from './lock';

/**
 * The dated history of an organization (orientation, filing, status) and the communities it
 * serves. Each write: its dates checked (none after today), one transaction, scope checked on the
 * organization, an audit row.
 */

/**
 * Records a dated change of orientation, filing or status. The organization's current value is
 * the newest change by date, so a back-dated entry adds history without overturning the present.
 */
export async function recordChange(
  call: StoreContext,
  organizationId: string,
  input: OrganizationChangeInput,
  options: { byCommittee?: boolean } = {},
): Promise<WriteResult> {
  return writeUnderOrganization(call, organizationId, checkChange(input, call.today), async (tx, organization) => {
    const { db: trx, actor } = tx;
    // The residents' committee files its own community's organizations, and its record is its confirmation.
    if (options.byCommittee && !mayFileFor(tx.scope, organization.home_community_id))
      return fail('organization.filing_other_community');
    const confirmation = options.byCommittee ? { confirmed_by: actor.userId, confirmed_at: actor.now } : {};
    const { id } = await insertAudited(
      tx,
      'organization_changes',
      {
        id: tx.newId(),
        street_id: organization.street_id,
        organization_id: organizationId,
        field: input.field,
        value: input.value,
        changed_on: input.changedOn,
        reason: input.reason ?? null,
        document_ref: input.documentRef ?? null,
        recorded_by: actor.userId,
        recorded_at: actor.now,
        ...confirmation,
      },
      { action: 'organization.change.record' },
    );
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
    return ok({ id });
  });
}

/** Starts serving a community (again). The community must exist; it keeps its own street. */
export async function addServedCommunity(
  call: StoreContext,
  organizationId: string,
  input: { communityId: string; since?: string | undefined },
): Promise<WriteResult> {
  return writeUnderOrganization(call, organizationId, [input.since], async (tx, organization) => {
    const trx = tx.db;
    const community = await trx
      .selectFrom('communities')
      .select(['id', 'street_id'])
      .where('id', '=', input.communityId)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    if (!community) return fail('community.unknown');
    if (community.id === organization.home_community_id) return fail('organization.already_served');
    const open = await trx
      .selectFrom('organization_service_areas')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('community_id', '=', community.id)
      .where('until', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (open) return fail('organization.already_served');
    // Serving again later is a new period: the earlier ones stay on record. The audit entry is
    // filed under the organization's street (the period's own street is the community's).
    await insertAudited(
      tx,
      'organization_service_areas',
      {
        id: tx.newId(),
        organization_id: organizationId,
        community_id: community.id,
        street_id: community.street_id,
        since: input.since ?? null,
        until: null,
      },
      { action: 'organization.served.add', streetId: organization.street_id },
    );
    return ok({ id: community.id });
  });
}

export async function endServedCommunity(
  call: StoreContext,
  organizationId: string,
  communityId: string,
  until: string,
): Promise<WriteResult> {
  return writeUnderOrganization(call, organizationId, [until], async (tx, organization) => {
    const trx = tx.db;
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
    await updateAudited(
      tx,
      'organization_service_areas',
      before.id,
      { until },
      { action: 'organization.served.end', streetId: organization.street_id },
    );
    return ok({ id: communityId });
  });
}
