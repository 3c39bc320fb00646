import type {
  Assessment,
  AssessmentInput,
  Openness,
  OrganizationFacts,
  Stage,
  StageModel,
  StageOverview,
} from '@seedbed/core';
import {
  checkAssessment,
  evaluateStages,
  isPublicActivity,
  nextStage,
  ok,
  publicActivityLookbackMonths,
  type Result,
  shanghaiDate,
} from '@seedbed/core';
import { recordAudit } from '../audit';
import { bookFactsOf } from '../books';
import type { Db } from '../connection';
import type { StoreContext } from '../context';
import { readStageModel } from '../settings';
import { type WriteResult, writeUnderOrganization } from './lock';
import { findOrganization } from './store';

/**
 * The growth stage of an organization: the deployment's model's criteria against what the records
 * say now, and the assessment timeline. Whether the caller may assess is the route's to add.
 */
export async function readStageOverview(
  call: Pick<StoreContext, 'db' | 'scope' | 'actor'>,
  id: string,
): Promise<Result<Omit<StageOverview, 'canAssess'>>> {
  const found = await findOrganization(call, id);
  if (!found.ok) return found;
  const facts: OrganizationFacts = {
    memberCount: found.value.memberCount,
    communitiesServed: 1 + found.value.servedCommunities.length,
    filingStatus: found.value.filingStatus,
    publicActivitiesLast6Months: await countPublicActivities(call.db, id, call.actor.now),
    ...(await bookFactsOf(call.db, id, shanghaiDate(call.actor.now))),
  };
  const model = await readStageModel(call.db);
  const stage = found.value.stage;
  return ok({
    stageModel: model,
    currentStage: stage,
    nextStage: nextStage(model, stage),
    facts,
    stages: evaluateStages(model, facts),
    assessments: await listAssessments(call.db, id),
  });
}

/** Public activities the organization ran (alone or jointly) that started in the last six months. */
async function countPublicActivities(db: Db, organizationId: string, now: Date): Promise<number> {
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - publicActivityLookbackMonths);
  const rows = await db
    .selectFrom('activities')
    .innerJoin('activity_organizations as ao', 'ao.activity_id', 'activities.id')
    .select(['activities.openness', 'activities.beneficiary_groups'])
    .where('ao.organization_id', '=', organizationId)
    .where('activities.merged_into_id', 'is', null)
    .where('activities.starts_at', '>=', since)
    .where('activities.starts_at', '<=', now)
    .execute();
  return rows.filter((row) =>
    isPublicActivity({ openness: row.openness as Openness, beneficiaryGroups: row.beneficiary_groups }),
  ).length;
}

/** The stage timeline, newest first, each entry with the stage before it (up or down). */
async function listAssessments(db: Db, organizationId: string): Promise<Assessment[]> {
  const rows = await db
    .selectFrom('stage_assessments')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('assessed_on')
    .orderBy('recorded_at')
    .execute();
  const timeline = rows.map((row, index) => ({
    id: row.id,
    assessedOn: row.assessed_on,
    assessorName: row.assessor_name,
    stageModel: row.stage_model as Assessment['stageModel'],
    stage: row.stage as Assessment['stage'],
    previousStage: (rows[index - 1]?.stage ?? null) as Assessment['previousStage'],
    criteria: (row.criteria as Assessment['criteria']) ?? [],
    evidence: (row.evidence as string[]) ?? [],
    advice: row.advice,
  }));
  return timeline.reverse();
}

/**
 * Records an assessment, checked against the deployment's model by core's checkAssessment, and
 * sets the organization's current stage to the newest assessment's — in the same transaction, so
 * the page and the street's counts never disagree with the timeline. The assessor is the caller.
 */
export async function recordAssessment(
  call: StoreContext,
  organizationId: string,
  input: AssessmentInput,
): Promise<WriteResult> {
  const model = await readStageModel(call.db);
  const checked = checkAssessment(input, model, call.today);
  return writeUnderOrganization(call, organizationId, checked, async (tx, before) => {
    const { db: trx, actor } = tx;
    const id = tx.newId();
    const row = {
      id,
      street_id: before.street_id,
      organization_id: organizationId,
      assessed_on: input.assessedOn,
      assessor_user_id: actor.userId,
      assessor_name: actor.displayName,
      stage_model: model,
      stage: input.stage,
      criteria: JSON.stringify(
        input.criteria.map((c) => ({ criterionId: c.criterionId, met: c.met, evidence: c.evidence?.trim() || null })),
      ),
      evidence: JSON.stringify(input.evidence),
      advice: input.advice ?? null,
      recorded_at: actor.now,
    };
    await trx.insertInto('stage_assessments').values(row).execute();
    const newest = await trx
      .selectFrom('stage_assessments')
      .select('stage')
      .where('organization_id', '=', organizationId)
      .orderBy('assessed_on', 'desc')
      .orderBy('recorded_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    if (newest.stage !== before.stage) {
      await trx
        .updateTable('organizations')
        .set({ stage: newest.stage, updated_at: actor.now })
        .where('id', '=', organizationId)
        .execute();
    }
    // The entry carries the stage it led to: an assessment's point is the stage it sets.
    await recordAudit(trx, actor, {
      action: 'organization.stage.assess',
      tableName: 'stage_assessments',
      recordId: id,
      streetId: before.street_id,
      before: { stage: before.stage },
      after: { ...row, current_stage: newest.stage },
    });
    return ok({ id });
  });
}

/**
 * The stage history of some organizations up to a day, oldest first (same-day assessments in the
 * order they were made): what cultivation programmes read to tell whether a participant moved up.
 */
export async function stageHistoryOf(
  db: Db,
  organizationIds: readonly string[],
  upTo: string,
): Promise<{ organizationId: string; assessedOn: string; stageModel: StageModel; stage: Stage }[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .selectFrom('stage_assessments')
    .select(['organization_id', 'assessed_on', 'stage_model', 'stage'])
    .where('organization_id', 'in', [...organizationIds])
    .where('assessed_on', '<=', upTo)
    .orderBy('assessed_on')
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    organizationId: row.organization_id,
    assessedOn: row.assessed_on,
    stageModel: row.stage_model as StageModel,
    stage: row.stage as Stage,
  }));
}
