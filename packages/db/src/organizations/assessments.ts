import type { Assessment, AssessmentInput, Openness, OrganizationFacts, Scope, StageModel } from '@seedbed/core';
import { isPublicActivity, ok, publicActivityLookbackMonths } from '@seedbed/core';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { lockOrganization, type WriteResult } from './lock';
import { findOrganization } from './store';

/** What the records say about an organization at `now`, for the measured stage criteria. */
export async function stageFactsOf(db: Db, scope: Scope, id: string, now: Date) {
  const found = await findOrganization(db, scope, id);
  if (!found.ok) return found;
  const facts: OrganizationFacts = {
    memberCount: found.value.memberCount,
    communitiesServed: 1 + found.value.servedCommunities.length,
    filingStatus: found.value.filingStatus,
    publicActivitiesLast6Months: await countPublicActivities(db, id, now),
  };
  return ok({ facts, stage: found.value.stage });
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
export async function listAssessments(db: Db, organizationId: string): Promise<Assessment[]> {
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
 * Records an assessment (already checked against the model by core's checkAssessment) and sets the
 * organization's current stage to the newest assessment's — in the same transaction, so the page
 * and the street's counts never disagree with the timeline.
 */
export async function recordAssessment(
  db: Db,
  actor: Actor & { name: string },
  scope: Scope,
  organizationId: string,
  id: string,
  model: StageModel,
  input: AssessmentInput,
): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockOrganization(trx, scope, organizationId);
    if (!locked.ok) return locked;
    const before = locked.value;
    const row = {
      id,
      street_id: before.street_id,
      organization_id: organizationId,
      assessed_on: input.assessedOn,
      assessor_user_id: actor.userId,
      assessor_name: actor.name,
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
