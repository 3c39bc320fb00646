import { randomUUID } from 'node:crypto';
import {
  checkSurveyDates,
  fail,
  type NeedInput,
  type NeedUpdateInput,
  needFromAnswers,
  ok,
  type Result,
  type Scope,
  type SurveyResponseInput,
} from '@seedbed/core';
import type { Transaction } from 'kysely';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import type { Database } from '../tables';
import { checkReferences, childInScope, communityInScope, defined } from './survey-scope';

/** The needs register 需求 and the baseline questionnaire that feeds it (seed 003 §2, seed 001). */

export async function createNeed(
  db: Db,
  actor: Actor,
  scope: Scope,
  communityId: string,
  id: string,
  input: NeedInput,
  today: string,
): Promise<Result<{ id: string }>> {
  if (!input.category && !input.description) return fail('survey.need_empty');
  const dates = checkSurveyDates([input.recordedOn], today);
  if (!dates.ok) return dates;
  return db.transaction().execute(async (trx) => {
    const community = await communityInScope(trx, scope, communityId);
    if (!community.ok) return community;
    const refs = await checkReferences(trx, community.value, {
      estateId: input.estateId,
      courtyardId: input.courtyardId,
      personId: input.raisedByPersonId,
      organizationIds: input.organizationIds,
    });
    if (!refs.ok) return refs;
    const row = {
      id,
      street_id: community.value.street_id,
      community_id: communityId,
      estate_id: input.estateId ?? null,
      courtyard_id: input.courtyardId ?? null,
      category: input.category ?? null,
      description: input.description || null,
      raised_by: input.raisedBy ?? null,
      raised_by_person_id: input.raisedByPersonId ?? null,
      source: input.source,
      reality: input.reality,
      provider: input.provider ?? null,
      status: input.status,
      recorded_on: input.recordedOn,
    };
    await trx.insertInto('needs').values(row).execute();
    await replaceNeedOrganizations(trx, id, row.street_id, input.organizationIds ?? []);
    await recordAudit(trx, actor, {
      action: 'need.create',
      tableName: 'needs',
      recordId: id,
      streetId: row.street_id,
      after: { ...row, organization_ids: input.organizationIds ?? [] },
    });
    return ok({ id });
  });
}

export async function updateNeed(
  db: Db,
  actor: Actor,
  scope: Scope,
  id: string,
  input: NeedUpdateInput,
  today: string,
): Promise<Result<{ id: string; communityId: string }>> {
  const dates = checkSurveyDates([input.recordedOn], today);
  if (!dates.ok) return dates;
  return db.transaction().execute(async (trx) => {
    const found = await childInScope(trx, scope, 'needs', id, 'need.unknown');
    if (!found.ok) return found;
    const community = { id: found.value.community_id, street_id: found.value.street_id };
    const before = await trx.selectFrom('needs').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    const refs = await checkReferences(trx, community, {
      estateId: input.estateId,
      courtyardId: input.courtyardId,
      personId: input.raisedByPersonId,
      organizationIds: input.organizationIds,
    });
    if (!refs.ok) return refs;
    const changes = defined({
      estate_id: input.estateId,
      courtyard_id: input.courtyardId,
      category: input.category,
      description: input.description === '' ? null : input.description,
      raised_by: input.raisedBy,
      raised_by_person_id: input.raisedByPersonId,
      source: input.source,
      reality: input.reality,
      provider: input.provider,
      status: input.status,
      recorded_on: input.recordedOn,
    });
    const merged = { ...before, ...changes };
    if (!merged.category && !merged.description) return fail('survey.need_empty');
    const after =
      Object.keys(changes).length > 0
        ? await trx.updateTable('needs').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
        : before;
    if (input.organizationIds) await replaceNeedOrganizations(trx, id, before.street_id, input.organizationIds);
    await recordAudit(trx, actor, {
      action: 'need.update',
      tableName: 'needs',
      recordId: id,
      streetId: before.street_id,
      before,
      after: input.organizationIds ? { ...after, organization_ids: input.organizationIds } : after,
    });
    return ok({ id, communityId: before.community_id });
  });
}

async function replaceNeedOrganizations(
  trx: Transaction<Database>,
  needId: string,
  streetId: string,
  organizationIds: readonly string[],
) {
  await trx.deleteFrom('need_organizations').where('need_id', '=', needId).execute();
  const unique = [...new Set(organizationIds)];
  if (unique.length > 0) {
    await trx
      .insertInto('need_organizations')
      .values(
        unique.map((organizationId) => ({ need_id: needId, organization_id: organizationId, street_id: streetId })),
      )
      .execute();
  }
}

/**
 * Stores one questionnaire answer. An answer naming a need feeds the register: it counts as one
 * more mention of the open questionnaire need of the same category, or opens a new one (a surface
 * need, to be confirmed by staff). The response keeps which need it fed.
 */
export async function addSurveyResponse(
  db: Db,
  actor: Actor,
  scope: Scope,
  communityId: string,
  id: string,
  input: SurveyResponseInput,
  today: string,
): Promise<Result<{ id: string; needId: string | null }>> {
  const dates = checkSurveyDates([input.answeredOn], today);
  if (!dates.ok) return dates;
  return db.transaction().execute(async (trx) => {
    const community = await communityInScope(trx, scope, communityId);
    if (!community.ok) return community;
    const refs = await checkReferences(trx, community.value, {
      estateId: input.estateId,
      personId: input.respondentPersonId,
    });
    if (!refs.ok) return refs;
    const streetId = community.value.street_id;
    let needId: string | null = null;
    const need = needFromAnswers(input.answers);
    if (need) {
      const existing = need.detail
        ? undefined
        : await trx
            .selectFrom('needs')
            .selectAll()
            .where('community_id', '=', communityId)
            .where('source', '=', 'questionnaire')
            .where('category', '=', need.category)
            .where('description', 'is', null)
            .where('status', 'in', ['open', 'in_progress'])
            .where('archived_at', 'is', null)
            .orderBy('recorded_on')
            .forUpdate()
            .executeTakeFirst();
      if (existing) {
        needId = existing.id;
        await trx
          .updateTable('needs')
          .set({ mentions: existing.mentions + 1 })
          .where('id', '=', existing.id)
          .execute();
        await recordAudit(trx, actor, {
          action: 'need.mention',
          tableName: 'needs',
          recordId: existing.id,
          streetId,
          before: { mentions: existing.mentions },
          after: { mentions: existing.mentions + 1 },
        });
      } else {
        needId = randomUUID();
        const row = {
          id: needId,
          street_id: streetId,
          community_id: communityId,
          estate_id: input.estateId ?? null,
          courtyard_id: null,
          category: need.category,
          description: need.detail,
          raised_by: null,
          raised_by_person_id: input.respondentPersonId ?? null,
          source: 'questionnaire',
          reality: 'surface',
          provider: null,
          status: 'open',
          recorded_on: input.answeredOn,
        };
        await trx.insertInto('needs').values(row).execute();
        await recordAudit(trx, actor, {
          action: 'need.create',
          tableName: 'needs',
          recordId: needId,
          streetId,
          after: row,
        });
      }
    }
    const row = {
      id,
      street_id: streetId,
      community_id: communityId,
      wave: input.wave,
      answered_on: input.answeredOn,
      estate_id: input.estateId ?? null,
      respondent_person_id: input.respondentPersonId ?? null,
      answers: JSON.stringify(input.answers),
      need_id: needId,
      recorded_by: actor.userId,
    };
    await trx.insertInto('survey_responses').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'survey_response.create',
      tableName: 'survey_responses',
      recordId: id,
      streetId,
      after: { ...row, answers: input.answers },
    });
    return ok({ id, needId });
  });
}
