import {
  checkSurveyDates,
  fail,
  type NeedInput,
  type NeedUpdateInput,
  needFromAnswers,
  ok,
  type Result,
  type SurveyResponseInput,
} from '@seedbed/core';
import { recordAudit } from '../audit';
import { insertAudited } from '../audited';
import type { StoreContext, TxContext } from '../context';
import {
  checkReferences,
  communityOf,
  defined,
  inCommunity,
  onRecord,
  placedIn,
  type SavedRecord,
} from './survey-scope';

/** The needs register 需求 and the baseline questionnaire that feeds it (seed 003 §2, seed 001). */

export async function createNeed(
  call: StoreContext,
  communityId: string,
  input: NeedInput,
): Promise<Result<SavedRecord>> {
  if (!input.category && !input.description) return fail('survey.need_empty');
  const dates = checkSurveyDates([input.recordedOn], call.today);
  if (!dates.ok) return dates;
  return inCommunity(call, communityId, async (tx, community) => {
    const refs = await checkReferences(tx, community, {
      estateId: input.estateId,
      courtyardId: input.courtyardId,
      personId: input.raisedByPersonId,
      organizationIds: input.organizationIds,
    });
    if (!refs.ok) return refs;
    const row = {
      id: tx.newId(),
      ...placedIn(community, input),
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
    // The audit entry's `after` also lists the organizations answering the need, so it is written by hand.
    await tx.db.insertInto('needs').values(row).execute();
    await replaceNeedOrganizations(tx, row.id, row.street_id, input.organizationIds ?? []);
    await recordAudit(tx.db, tx.actor, {
      action: 'need.create',
      tableName: 'needs',
      recordId: row.id,
      streetId: row.street_id,
      after: { ...row, organization_ids: input.organizationIds ?? [] },
    });
    return ok(row.id);
  });
}

export async function updateNeed(call: StoreContext, id: string, input: NeedUpdateInput): Promise<Result<SavedRecord>> {
  const dates = checkSurveyDates([input.recordedOn], call.today);
  if (!dates.ok) return dates;
  return onRecord(
    call,
    'needs',
    id,
    async (tx, before) => {
      const refs = await checkReferences(tx, communityOf(before), {
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
      // A patch may name only the organizations; the audit entry's `after` lists them, so it is written by hand.
      const after =
        Object.keys(changes).length > 0
          ? await tx.db.updateTable('needs').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
          : before;
      if (input.organizationIds) await replaceNeedOrganizations(tx, id, before.street_id, input.organizationIds);
      await recordAudit(tx.db, tx.actor, {
        action: 'need.update',
        tableName: 'needs',
        recordId: id,
        streetId: before.street_id,
        before,
        after: input.organizationIds ? { ...after, organization_ids: input.organizationIds } : after,
      });
      return ok(id);
    },
    { forUpdate: true },
  );
}

async function replaceNeedOrganizations(
  { db }: Pick<TxContext, 'db'>,
  needId: string,
  streetId: string,
  organizationIds: readonly string[],
) {
  await db.deleteFrom('need_organizations').where('need_id', '=', needId).execute();
  const unique = [...new Set(organizationIds)];
  if (unique.length > 0) {
    await db
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
  call: StoreContext,
  communityId: string,
  input: SurveyResponseInput,
): Promise<Result<SavedRecord>> {
  const dates = checkSurveyDates([input.answeredOn], call.today);
  if (!dates.ok) return dates;
  return inCommunity(call, communityId, async (tx, community) => {
    const refs = await checkReferences(tx, community, {
      estateId: input.estateId,
      personId: input.respondentPersonId,
    });
    if (!refs.ok) return refs;
    const needId = await feedNeedRegister(tx, community, input);
    const response = await insertAudited(
      tx,
      'survey_responses',
      {
        id: tx.newId(),
        street_id: community.street_id,
        community_id: communityId,
        wave: input.wave,
        answered_on: input.answeredOn,
        estate_id: input.estateId ?? null,
        respondent_person_id: input.respondentPersonId ?? null,
        answers: JSON.stringify(input.answers),
        need_id: needId,
        recorded_by: tx.actor.userId,
      },
      { action: 'survey_response.create' },
    );
    return ok(response.id);
  });
}

/** The need an answer feeds, if it names one: one more mention of an open one, or a new one. */
async function feedNeedRegister(
  tx: TxContext,
  community: { id: string; street_id: string },
  input: SurveyResponseInput,
): Promise<string | null> {
  const need = needFromAnswers(input.answers);
  if (!need) return null;
  const existing = need.detail
    ? undefined
    : await tx.db
        .selectFrom('needs')
        .selectAll()
        .where('community_id', '=', community.id)
        .where('source', '=', 'questionnaire')
        .where('category', '=', need.category)
        .where('description', 'is', null)
        .where('status', 'in', ['open', 'in_progress'])
        .where('archived_at', 'is', null)
        .orderBy('recorded_on')
        .forUpdate()
        .executeTakeFirst();
  if (existing) {
    await tx.db
      .updateTable('needs')
      .set({ mentions: existing.mentions + 1 })
      .where('id', '=', existing.id)
      .execute();
    // The audit entry holds only the count that changed.
    await recordAudit(tx.db, tx.actor, {
      action: 'need.mention',
      tableName: 'needs',
      recordId: existing.id,
      streetId: community.street_id,
      before: { mentions: existing.mentions },
      after: { mentions: existing.mentions + 1 },
    });
    return existing.id;
  }
  const created = await insertAudited(
    tx,
    'needs',
    {
      id: tx.newId(),
      street_id: community.street_id,
      community_id: community.id,
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
    },
    { action: 'need.create' },
  );
  return created.id;
}
