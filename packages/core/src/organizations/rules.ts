import { fail, ok, type Result } from '../errors';
import type { AssessmentInput } from './assessment-schemas';
import type { OrganizationChangeInput } from './registry-schemas';
import type { OrganizationCreateInput } from './schemas';
import { stageDefinition } from './stage-criteria';
import { isStageOf, type StageModel } from './stages';

/** Rules for a new organization that the schema alone cannot check. `today` is YYYY-MM-DD in Shanghai. */
export function checkNewOrganization(input: OrganizationCreateInput, today: string): Result<OrganizationCreateInput> {
  if (input.foundedOn && input.foundedOn > today) return fail('organization.future_founding');
  if ([input.filedOn, input.statusOn].some((date) => date && date > today)) return fail('organization.future_date');
  if (
    input.foundedOn &&
    [input.filedOn, input.statusOn].some((date) => date && input.foundedOn && date < input.foundedOn)
  )
    return fail('organization.date_order');
  if (input.status === 'dissolved' && !input.statusReason?.trim()) return fail('organization.dissolve_needs_reason');
  if (input.organizationType === 'children_council' && !input.accountableAdultPersonId && !input.leaderPersonId)
    return fail('organization.children_need_adult');
  return ok({
    ...input,
    servedCommunityIds: [...new Set(input.servedCommunityIds.filter((id) => id !== input.homeCommunityId))],
  });
}

/** A date an event happened on cannot lie after today (YYYY-MM-DD compare lexically). */
export function checkNotInFuture(dates: readonly (string | undefined | null)[], today: string): Result<true> {
  return dates.some((date) => date && date > today) ? fail('organization.future_date') : ok(true);
}

/** Dissolving an organization needs the date and the reason (seed 002: a third had died; keep why). */
export function checkChange(input: OrganizationChangeInput, today: string): Result<OrganizationChangeInput> {
  if (input.changedOn > today) return fail('organization.future_date');
  if (input.field === 'status' && input.value === 'dissolved' && !input.reason?.trim())
    return fail('organization.dissolve_needs_reason');
  return ok(input);
}

/**
 * A stage assessment: the stage must belong to the deployment's model, every criterion named must
 * be one of that stage's, and where the model requires evidence there must be some — for the
 * assessment as a whole, or beside every staff-checked criterion claimed as met.
 */
export function checkAssessment(input: AssessmentInput, model: StageModel, today: string): Result<AssessmentInput> {
  if (input.assessedOn > today) return fail('organization.future_date');
  if (!isStageOf(model, input.stage)) return fail('organization.stage_not_in_model');
  const definition = stageDefinition(model, input.stage);
  if (!definition) return fail('organization.stage_not_in_model');
  const known = new Map(definition.criteria.map((criterion) => [criterion.id, criterion]));
  if (input.criteria.some((entry) => !known.has(entry.criterionId))) return fail('organization.unknown_criterion');
  if (definition.requiresEvidence && input.evidence.length === 0) {
    const checkedMet = input.criteria.filter((entry) => entry.met && !known.get(entry.criterionId)?.measure);
    const withEvidence = input.criteria.filter((entry) => entry.evidence?.trim());
    if (withEvidence.length === 0 || checkedMet.some((entry) => !entry.evidence?.trim()))
      return fail('organization.assessment_needs_evidence');
  }
  return ok(input);
}

/** The first entry of a tracked field's history, as the registry stores it. */
export interface InitialChange {
  field: OrganizationChangeInput['field'];
  value: string;
  changedOn: string;
  reason: string | null;
  documentRef: string | null;
}

/**
 * The dated history a new organization starts with: its orientation always, its filing and status
 * when given (filing "none" and status "active" are the defaults and need no entry). Each dates from
 * its own date, else the founding date, else today — so the history explains the current values.
 */
export function initialChanges(input: OrganizationCreateInput, today: string): InitialChange[] {
  const start = input.foundedOn ?? today;
  const changes: InitialChange[] = [
    { field: 'orientation', value: input.orientation, changedOn: start, reason: null, documentRef: null },
  ];
  if (input.filingStatus && input.filingStatus !== 'none')
    changes.push({
      field: 'filing_status',
      value: input.filingStatus,
      changedOn: input.filedOn ?? start,
      reason: null,
      documentRef: input.filingDocumentRef ?? null,
    });
  if (input.status && input.status !== 'active')
    changes.push({
      field: 'status',
      value: input.status,
      changedOn: input.statusOn ?? start,
      reason: input.statusReason ?? null,
      documentRef: null,
    });
  return changes;
}
