import { type ErrorCode, ok, type Result, type Scope } from '@seedbed/core';
import type { Transaction } from 'kysely';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import type { Database } from '../tables';
import { type ArchivableTable, childInScope } from './survey-scope';

/**
 * Archiving a survey record entered by mistake: a stakeholder, a need, a space, a resource. The row
 * stays (with its attitudes, engagements, uses and links) for the audit trail; the survey, the
 * resource map and every write path stop seeing it. Archiving twice answers 404, like an unknown id.
 */

const unknownCodes: Record<ArchivableTable, ErrorCode> = {
  stakeholders: 'stakeholder.unknown',
  needs: 'need.unknown',
  spaces: 'space.unknown',
  resources: 'resource.unknown',
};

const actions: Record<ArchivableTable, string> = {
  stakeholders: 'stakeholder.archive',
  needs: 'need.archive',
  spaces: 'space.archive',
  resources: 'resource.archive',
};

export async function archiveSurveyRecord(
  db: Db,
  actor: Actor,
  scope: Scope,
  table: ArchivableTable,
  id: string,
): Promise<Result<{ id: string; communityId: string }>> {
  return db.transaction().execute(async (trx) => {
    const found = await childInScope(trx, scope, table, id, unknownCodes[table]);
    if (!found.ok) return found;
    // The four tables share id/archived_at; the cast only names one of them for Kysely.
    const before = await trx
      .selectFrom(table as 'needs')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const after = await trx
      .updateTable(table as 'needs')
      .set({ archived_at: actor.now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: actions[table],
      tableName: table,
      recordId: id,
      streetId: found.value.street_id,
      before,
      after,
    });
    if (table === 'stakeholders') await refreshCommitteeAttitude(trx, actor, found.value);
    return ok({ id, communityId: found.value.community_id });
  });
}

/**
 * The community shows its residents' committee's latest dated attitude; when the committee entry
 * is archived, the attitude falls back to the remaining committee entries' (or none).
 */
async function refreshCommitteeAttitude(
  trx: Transaction<Database>,
  actor: Actor,
  record: { community_id: string; street_id: string },
) {
  const latest = await trx
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
  const before = await trx
    .selectFrom('communities')
    .select('committee_attitude')
    .where('id', '=', record.community_id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (before.committee_attitude === attitude) return;
  await trx
    .updateTable('communities')
    .set({ committee_attitude: attitude })
    .where('id', '=', record.community_id)
    .execute();
  await recordAudit(trx, actor, {
    action: 'community.committee_attitude.update',
    tableName: 'communities',
    recordId: record.community_id,
    streetId: record.street_id,
    before,
    after: { committee_attitude: attitude },
  });
}
