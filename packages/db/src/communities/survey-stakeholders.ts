import { randomUUID } from 'node:crypto';
import {
  type AttitudeInput,
  checkSurveyDates,
  type EngagementInput,
  ok,
  type Result,
  type Scope,
  type StakeholderInput,
  type StakeholderUpdateInput,
} from '@seedbed/core';
import type { Transaction } from 'kysely';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import type { Database } from '../tables';
import { checkReferences, childInScope, communityInScope, defined } from './survey-scope';

/**
 * Stakeholders of a community with a dated attitude history and an engagement log (seed 003 §1, §3).
 * The residents' committee's latest attitude is also kept on the community, where the street
 * overview reads it.
 */

export async function createStakeholder(
  db: Db,
  actor: Actor,
  scope: Scope,
  communityId: string,
  id: string,
  input: StakeholderInput,
  today: string,
): Promise<Result<{ id: string }>> {
  const dates = checkSurveyDates([input.attitudeOn], today);
  if (!dates.ok) return dates;
  return db.transaction().execute(async (trx) => {
    const community = await communityInScope(trx, scope, communityId);
    if (!community.ok) return community;
    const refs = await checkReferences(trx, community.value, {
      estateId: input.estateId,
      organizationIds: input.organizationId ? [input.organizationId] : [],
    });
    if (!refs.ok) return refs;
    const row = {
      id,
      street_id: community.value.street_id,
      community_id: communityId,
      kind: input.kind,
      name: input.name,
      estate_id: input.estateId ?? null,
      organization_id: input.organizationId ?? null,
      contact_name: input.contactName ?? null,
      contact_phone: input.contactPhone ?? null,
      relationship_notes: input.relationshipNotes ?? null,
    };
    await trx.insertInto('stakeholders').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'stakeholder.create',
      tableName: 'stakeholders',
      recordId: id,
      streetId: row.street_id,
      after: row,
    });
    if (input.attitude) {
      await insertAttitude(
        trx,
        actor,
        { id, street_id: row.street_id, community_id: communityId, kind: row.kind },
        {
          attitude: input.attitude,
          observedOn: input.attitudeOn ?? today,
        },
      );
    }
    return ok({ id });
  });
}

export async function updateStakeholder(
  db: Db,
  actor: Actor,
  scope: Scope,
  id: string,
  input: StakeholderUpdateInput,
): Promise<Result<{ id: string; communityId: string }>> {
  return db.transaction().execute(async (trx) => {
    const found = await childInScope(trx, scope, 'stakeholders', id, 'stakeholder.unknown');
    if (!found.ok) return found;
    const community = { id: found.value.community_id, street_id: found.value.street_id };
    const refs = await checkReferences(trx, community, {
      estateId: input.estateId,
      organizationIds: input.organizationId ? [input.organizationId] : [],
    });
    if (!refs.ok) return refs;
    const before = await trx
      .selectFrom('stakeholders')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const changes = defined({
      kind: input.kind,
      name: input.name,
      estate_id: input.estateId,
      organization_id: input.organizationId,
      contact_name: input.contactName,
      contact_phone: input.contactPhone,
      relationship_notes: input.relationshipNotes,
    });
    const after = await trx
      .updateTable('stakeholders')
      .set(changes)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'stakeholder.update',
      tableName: 'stakeholders',
      recordId: id,
      streetId: before.street_id,
      before,
      after,
    });
    return ok({ id, communityId: before.community_id });
  });
}

export async function addStakeholderAttitude(
  db: Db,
  actor: Actor,
  scope: Scope,
  stakeholderId: string,
  input: AttitudeInput,
  today: string,
): Promise<Result<{ id: string; communityId: string }>> {
  const dates = checkSurveyDates([input.observedOn], today);
  if (!dates.ok) return dates;
  return db.transaction().execute(async (trx) => {
    const found = await childInScope(trx, scope, 'stakeholders', stakeholderId, 'stakeholder.unknown');
    if (!found.ok) return found;
    const stakeholder = await trx
      .selectFrom('stakeholders')
      .select(['id', 'street_id', 'community_id', 'kind'])
      .where('id', '=', stakeholderId)
      .executeTakeFirstOrThrow();
    const id = await insertAttitude(trx, actor, stakeholder, input);
    return ok({ id, communityId: stakeholder.community_id });
  });
}

async function insertAttitude(
  trx: Transaction<Database>,
  actor: Actor,
  stakeholder: { id: string; street_id: string; community_id: string; kind: string },
  input: { attitude: AttitudeInput['attitude']; observedOn: string; note?: string | null | undefined },
): Promise<string> {
  const id = randomUUID();
  const row = {
    id,
    street_id: stakeholder.street_id,
    stakeholder_id: stakeholder.id,
    attitude: input.attitude,
    observed_on: input.observedOn,
    note: input.note ?? null,
    recorded_by: actor.userId,
  };
  await trx.insertInto('stakeholder_attitudes').values(row).execute();
  await recordAudit(trx, actor, {
    action: 'stakeholder.attitude.create',
    tableName: 'stakeholder_attitudes',
    recordId: id,
    streetId: row.street_id,
    after: row,
  });
  if (stakeholder.kind === 'residents_committee') {
    // The community shows the committee's attitude as of its latest dated observation.
    const latest = await trx
      .selectFrom('stakeholder_attitudes as a')
      .innerJoin('stakeholders as s', 's.id', 'a.stakeholder_id')
      .select('a.attitude')
      .where('s.community_id', '=', stakeholder.community_id)
      .where('s.kind', '=', 'residents_committee')
      .where('s.archived_at', 'is', null)
      .orderBy('a.observed_on', 'desc')
      .orderBy('a.id', 'desc')
      .executeTakeFirstOrThrow();
    const before = await trx
      .selectFrom('communities')
      .select('committee_attitude')
      .where('id', '=', stakeholder.community_id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (before.committee_attitude !== latest.attitude) {
      await trx
        .updateTable('communities')
        .set({ committee_attitude: latest.attitude })
        .where('id', '=', stakeholder.community_id)
        .execute();
      await recordAudit(trx, actor, {
        action: 'community.committee_attitude.update',
        tableName: 'communities',
        recordId: stakeholder.community_id,
        streetId: stakeholder.street_id,
        before,
        after: { committee_attitude: latest.attitude },
      });
    }
  }
  return id;
}

export async function addStakeholderEngagement(
  db: Db,
  actor: Actor & { displayName: string },
  scope: Scope,
  stakeholderId: string,
  id: string,
  input: EngagementInput,
  today: string,
): Promise<Result<{ id: string; communityId: string }>> {
  const dates = checkSurveyDates([input.happenedOn], today);
  if (!dates.ok) return dates;
  return db.transaction().execute(async (trx) => {
    const found = await childInScope(trx, scope, 'stakeholders', stakeholderId, 'stakeholder.unknown');
    if (!found.ok) return found;
    const row = {
      id,
      street_id: found.value.street_id,
      stakeholder_id: stakeholderId,
      happened_on: input.happenedOn,
      kind: input.kind,
      participation_level: input.participationLevel,
      summary: input.summary,
      made_by: input.madeBy ?? actor.displayName,
      recorded_by: actor.userId,
    };
    await trx.insertInto('stakeholder_engagements').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'stakeholder.engagement.create',
      tableName: 'stakeholder_engagements',
      recordId: id,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id, communityId: found.value.community_id });
  });
}
