import {
  type ContestedKind,
  type Dispute,
  type DisputeInput,
  type DisputeMeetingInput,
  type DisputeResolutionInput,
  type DisputeStatus,
  fail,
  ok,
  type Result,
} from '@seedbed/core';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findAllInScope, findInScope } from '../find-in-scope';

/**
 * Disputes 纠纷 over space, money or honours, mediated by staff and the committee (seed 003 §6): the
 * parties, what is contested, the meetings held, the rule applied and the outcome. A meeting is a
 * dated record, or a deliberation meeting linked to it (dispute-changes.ts).
 */

type Lookup = Pick<StoreContext, 'db' | 'scope'>;

async function disputesOf(call: Lookup, where: { communityId?: string; id?: string }): Promise<Dispute[]> {
  let query = call.db
    .selectFrom('disputes as d')
    .leftJoin('spaces as s', 's.id', 'd.space_id')
    .selectAll('d')
    .select('s.name as space_name')
    .orderBy('d.status')
    .orderBy('d.opened_on', 'desc')
    .orderBy('d.id');
  if (where.communityId) query = query.where('d.community_id', '=', where.communityId);
  if (where.id) query = query.where('d.id', '=', where.id);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const parties = await call.db
    .selectFrom('dispute_parties as p')
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('stakeholders as k', 'k.id', 'p.stakeholder_id')
    .select([
      'p.dispute_id',
      'p.organization_id',
      'p.stakeholder_id',
      'o.name as organization_name',
      'k.name as stakeholder_name',
    ])
    .where('p.dispute_id', 'in', ids)
    .orderBy('p.id')
    .execute();
  const meetings = await call.db
    .selectFrom('dispute_meetings')
    .select(['id', 'dispute_id', 'meeting_id', 'held_on', 'title', 'notes'])
    .where('dispute_id', 'in', ids)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    communityId: row.community_id,
    title: row.title,
    contested: row.contested as ContestedKind,
    spaceId: row.space_id,
    spaceName: row.space_name,
    description: row.description,
    parties: parties
      .filter((p) => p.dispute_id === row.id)
      .map((p) =>
        p.organization_id
          ? { kind: 'organization' as const, id: p.organization_id, name: p.organization_name ?? '' }
          : { kind: 'stakeholder' as const, id: p.stakeholder_id!, name: p.stakeholder_name ?? '' },
      ),
    meetings: meetings
      .filter((m) => m.dispute_id === row.id)
      .map((m) => ({ id: m.id, meetingId: m.meeting_id, heldOn: m.held_on, title: m.title, notes: m.notes })),
    ruleApplied: row.rule_applied,
    outcome: row.outcome,
    status: row.status as DisputeStatus,
    openedOn: row.opened_on,
    resolvedOn: row.resolved_on,
  }));
}

export async function listDisputes(call: Lookup, communityId: string): Promise<Result<{ disputes: Dispute[] }>> {
  const community = await findInScope(call, 'communities', communityId, { includeGone: true });
  if (!community.ok) return community;
  return ok({ disputes: await disputesOf(call, { communityId }) });
}

export async function findDispute(call: Lookup, disputeId: string): Promise<Result<Dispute>> {
  const found = await findInScope(call, 'disputes', disputeId);
  if (!found.ok) return found;
  return ok((await disputesOf(call, { id: disputeId }))[0]!);
}

/** Records a dispute: its space and stakeholders of this community, its teams any the caller sees. */
export function openDispute(
  call: StoreContext,
  communityId: string,
  input: DisputeInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const community = await findInScope(tx, 'communities', communityId);
    if (!community.ok) return community;
    const organizations = await findAllInScope(tx, 'organizations', input.organizationIds);
    if (!organizations.ok) return organizations;
    const stakeholders = await findAllInScope(tx, 'stakeholders', input.stakeholderIds);
    if (!stakeholders.ok) return stakeholders;
    if (stakeholders.value.some((s) => s.community_id !== communityId)) return fail('allocation.party_elsewhere');
    if (input.spaceId) {
      const space = await findInScope(tx, 'spaces', input.spaceId);
      if (!space.ok) return space;
      if (space.value.community_id !== communityId) return fail('allocation.party_elsewhere');
    }
    const id = tx.newId();
    const streetId = community.value.street_id;
    await insertAudited(
      tx,
      'disputes',
      {
        id,
        street_id: streetId,
        community_id: communityId,
        title: input.title,
        contested: input.contested,
        space_id: input.spaceId ?? null,
        description: input.description || null,
        rule_applied: null,
        outcome: null,
        status: 'open',
        opened_on: input.openedOn,
        resolved_on: null,
        created_by: tx.actor.userId,
        created_at: tx.actor.now,
      },
      { action: 'allocation.dispute.open' },
    );
    const party = (organizationId: string | null, stakeholderId: string | null) =>
      insertAudited(
        tx,
        'dispute_parties',
        {
          id: tx.newId(),
          street_id: streetId,
          dispute_id: id,
          organization_id: organizationId,
          stakeholder_id: stakeholderId,
        },
        { action: 'allocation.dispute.party' },
      );
    for (const organizationId of new Set(input.organizationIds)) await party(organizationId, null);
    for (const stakeholderId of new Set(input.stakeholderIds)) await party(null, stakeholderId);
    return ok({ id });
  });
}

export async function lockOpenDispute(tx: TxContext, disputeId: string) {
  const dispute = await findInScope(tx, 'disputes', disputeId, { forUpdate: true });
  if (!dispute.ok) return dispute;
  return dispute.value.status === 'open' ? dispute : fail('allocation.dispute_resolved');
}

/** A meeting row of a dispute, dated, or a deliberation meeting linked (dispute-changes.ts). */
export async function insertDisputeMeeting(
  tx: TxContext,
  dispute: { id: string; street_id: string },
  meeting: { meeting_id: string | null; held_on: string; title: string; notes: string | null },
) {
  await insertAudited(
    tx,
    'dispute_meetings',
    {
      id: tx.newId(),
      street_id: dispute.street_id,
      dispute_id: dispute.id,
      ...meeting,
      recorded_by: tx.actor.userId,
      recorded_at: tx.actor.now,
    },
    { action: meeting.meeting_id ? 'allocation.dispute.meeting_link' : 'allocation.dispute.meeting' },
  );
}

export function recordDisputeMeeting(
  call: StoreContext,
  disputeId: string,
  input: DisputeMeetingInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const dispute = await lockOpenDispute(tx, disputeId);
    if (!dispute.ok) return dispute;
    await insertDisputeMeeting(tx, dispute.value, {
      meeting_id: null,
      held_on: input.heldOn,
      title: input.title,
      notes: input.notes || null,
    });
    return ok({ id: disputeId });
  });
}

/** Resolves a dispute with the rule applied and the outcome; a resolved one stays as it was. */
export function resolveDispute(
  call: StoreContext,
  disputeId: string,
  input: DisputeResolutionInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const dispute = await lockOpenDispute(tx, disputeId);
    if (!dispute.ok) return dispute;
    await updateAudited(
      tx,
      'disputes',
      disputeId,
      { status: 'resolved', rule_applied: input.ruleApplied, outcome: input.outcome, resolved_on: input.resolvedOn },
      { action: 'allocation.dispute.resolve' },
    );
    return ok({ id: disputeId });
  });
}
