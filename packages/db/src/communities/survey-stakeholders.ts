import {
  type AttitudeInput,
  checkSurveyDates,
  type EngagementInput,
  ok,
  type Result,
  type StakeholderInput,
  type StakeholderUpdateInput,
} from '@seedbed/core';
import { recordAudit } from '../audit';
import { insertAudited, updateAudited } from '../audited';
import type { StoreContext, TxContext } from '../context';
import { checkReferences, communityOf, defined, inCommunity, onRecord, type SavedRecord } from './survey-scope';

/**
 * Stakeholders of a community with a dated attitude history and an engagement log (seed 003 §1, §3).
 * The residents' committee's latest attitude is also kept on the community, where the street
 * overview reads it.
 */

type StakeholderRef = { id: string; street_id: string; community_id: string; kind: string };

export async function createStakeholder(
  call: StoreContext,
  communityId: string,
  input: StakeholderInput,
): Promise<Result<SavedRecord>> {
  const dates = checkSurveyDates([input.attitudeOn], call.today);
  if (!dates.ok) return dates;
  return inCommunity(call, communityId, async (tx, community) => {
    const refs = await checkReferences(tx, community, {
      estateId: input.estateId,
      organizationIds: input.organizationId ? [input.organizationId] : [],
    });
    if (!refs.ok) return refs;
    const stakeholder = await insertAudited(
      tx,
      'stakeholders',
      {
        id: tx.newId(),
        street_id: community.street_id,
        community_id: communityId,
        kind: input.kind,
        name: input.name,
        estate_id: input.estateId ?? null,
        organization_id: input.organizationId ?? null,
        contact_name: input.contactName ?? null,
        contact_phone: input.contactPhone ?? null,
        relationship_notes: input.relationshipNotes ?? null,
      },
      { action: 'stakeholder.create' },
    );
    if (input.attitude) {
      await insertAttitude(tx, stakeholder, { attitude: input.attitude, observedOn: input.attitudeOn ?? tx.today });
    }
    return ok(stakeholder.id);
  });
}

export function updateStakeholder(
  call: StoreContext,
  id: string,
  input: StakeholderUpdateInput,
): Promise<Result<SavedRecord>> {
  return onRecord(call, 'stakeholders', id, async (tx, stakeholder) => {
    const refs = await checkReferences(tx, communityOf(stakeholder), {
      estateId: input.estateId,
      organizationIds: input.organizationId ? [input.organizationId] : [],
    });
    if (!refs.ok) return refs;
    const changes = defined({
      kind: input.kind,
      name: input.name,
      estate_id: input.estateId,
      organization_id: input.organizationId,
      contact_name: input.contactName,
      contact_phone: input.contactPhone,
      relationship_notes: input.relationshipNotes,
    });
    await updateAudited(tx, 'stakeholders', id, changes, { action: 'stakeholder.update' });
    return ok(id);
  });
}

export async function addStakeholderAttitude(
  call: StoreContext,
  stakeholderId: string,
  input: AttitudeInput,
): Promise<Result<SavedRecord>> {
  const dates = checkSurveyDates([input.observedOn], call.today);
  if (!dates.ok) return dates;
  return onRecord(call, 'stakeholders', stakeholderId, async (tx, stakeholder) =>
    ok(await insertAttitude(tx, stakeholder, input)),
  );
}

async function insertAttitude(
  tx: TxContext,
  stakeholder: StakeholderRef,
  input: { attitude: AttitudeInput['attitude']; observedOn: string; note?: string | null | undefined },
): Promise<string> {
  const attitude = await insertAudited(
    tx,
    'stakeholder_attitudes',
    {
      id: tx.newId(),
      street_id: stakeholder.street_id,
      stakeholder_id: stakeholder.id,
      attitude: input.attitude,
      observed_on: input.observedOn,
      note: input.note ?? null,
      recorded_by: tx.actor.userId,
    },
    { action: 'stakeholder.attitude.create' },
  );
  if (stakeholder.kind === 'residents_committee') await refreshCommitteeAttitude(tx, stakeholder);
  return attitude.id;
}

/**
 * The community shows its residents' committee's attitude as of the latest dated observation of
 * its (unarchived) committee entries, or none; kept in step when an attitude is recorded and when a
 * committee entry is archived. The audit entry holds the one column that changed.
 */
export async function refreshCommitteeAttitude(
  tx: TxContext,
  record: { community_id: string; street_id: string },
): Promise<void> {
  const latest = await tx.db
    .selectFrom('stakeholder_attitudes as a')
    .innerJoin('stakeholders as s', 's.id', 'a.stakeholder_id')
    .select('a.attitude')
    .where('s.community_id', '=', record.community_id)
    .where('s.kind', '=', 'residents_committee')
    .where('s.archived_at', 'is', null)
    .orderBy('a.observed_on', 'desc')
    .orderBy('a.id', 'desc')
    .executeTakeFirst();
  const attitude = latest?.attitude ?? null;
  const before = await tx.db
    .selectFrom('communities')
    .select('committee_attitude')
    .where('id', '=', record.community_id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (before.committee_attitude === attitude) return;
  await tx.db
    .updateTable('communities')
    .set({ committee_attitude: attitude })
    .where('id', '=', record.community_id)
    .execute();
  await recordAudit(tx.db, tx.actor, {
    action: 'community.committee_attitude.update',
    tableName: 'communities',
    recordId: record.community_id,
    streetId: record.street_id,
    before,
    after: { committee_attitude: attitude },
  });
}

export async function addStakeholderEngagement(
  call: StoreContext,
  stakeholderId: string,
  input: EngagementInput,
): Promise<Result<SavedRecord>> {
  const dates = checkSurveyDates([input.happenedOn], call.today);
  if (!dates.ok) return dates;
  return onRecord(call, 'stakeholders', stakeholderId, async (tx, stakeholder) => {
    const engagement = await insertAudited(
      tx,
      'stakeholder_engagements',
      {
        id: tx.newId(),
        street_id: stakeholder.street_id,
        stakeholder_id: stakeholderId,
        happened_on: input.happenedOn,
        kind: input.kind,
        participation_level: input.participationLevel,
        summary: input.summary,
        made_by: input.madeBy ?? tx.actor.displayName,
        recorded_by: tx.actor.userId,
      },
      { action: 'stakeholder.engagement.create' },
    );
    return ok(engagement.id);
  });
}
