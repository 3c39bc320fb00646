import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, longTextSchema } from '../shared/schemas';

/**
 * A micro-grant round (微公益创投 轮次, issue 17): who funds it and for what, when, where, how much,
 * who may apply, how proposals are scored, its dated pipeline and what the money may not buy.
 * Proposals, reviews, agreements and claims come later and hang off a round.
 */

/** Money is integer fen (分): a negative or fractional amount is refused at the edge. */
export const fenSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A key that names a criterion, step or rule inside its round (reviews will point at criteria by it). */
export const roundItemKeySchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9_-]{1,40}$/, 'key');

/** The kinds of step the default pipeline has; `other` for steps staff add. */
export const pipelineStepKinds = [
  'briefing', // 宣讲会
  'call_for_proposals', // 提案征集
  'committee_endorsement', // 居委会认可
  'filing_review', // 立案评审
  'dialogue', // 多方对话会
  'refinement', // 提案优化
  'selection', // 展示评审/立项
  'public_notice', // 公示: residents may object, staff answer on the record
  'execution', // 执行
  'closing', // 结项
  'other',
] as const;
export const pipelineStepKindSchema = z.enum(pipelineStepKinds);
export type PipelineStepKind = z.infer<typeof pipelineStepKindSchema>;

export const pipelineStepSchema = z.object({
  kind: pipelineStepKindSchema,
  name: z.string().trim().min(1).max(40),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
});
export type PipelineStep = z.infer<typeof pipelineStepSchema>;

/** One criterion of the review rubric: its points out of `maxPoints`, weighted by integer percent. */
export const rubricCriterionSchema = z.object({
  key: roundItemKeySchema,
  name: z.string().trim().min(1).max(40),
  description: z.string().trim().max(500).default(''),
  maxPoints: z.number().int().min(1).max(100),
  weightPercent: z.number().int().min(1).max(100),
});
export type RubricCriterion = z.infer<typeof rubricCriterionSchema>;

/**
 * What the system can tell about a proposal by itself (`checked` rules); anything else a person
 * confirms (`confirmed`: seed 000 青朴's "a public issue", "a team formed around it", "filed with
 * the residents' committee" are ticked by the one who saw it).
 * - team_size: the proposing team has at least `minimum` members;
 * - in_target_area: the proposal's community is one the round targets;
 * - within_cap: the proposal asks no more than the round's per-proposal cap;
 * - within_duration: the project's months are within the round's duration rule.
 */
export const checkableEligibilityKinds = ['team_size', 'in_target_area', 'within_cap', 'within_duration'] as const;
export const checkableEligibilitySchema = z.enum(checkableEligibilityKinds);
export type CheckableEligibility = z.infer<typeof checkableEligibilitySchema>;

export const eligibilityRuleSchema = z.object({
  key: roundItemKeySchema,
  text: z.string().trim().min(1).max(200),
  mode: z.enum(['checked', 'confirmed']),
  /** For `checked` rules: which check. */
  check: checkableEligibilitySchema.optional(),
  /** For team_size: the fewest members. */
  minimum: z.number().int().min(1).max(100).optional(),
});
export type EligibilityRule = z.infer<typeof eligibilityRuleSchema>;

/** One kind of ineligible spending: its label, the words that reveal it, and phrases that only look like it. */
export const negativeListEntrySchema = z.object({
  key: roundItemKeySchema,
  label: z.string().trim().min(1).max(40),
  keywords: z.array(z.string().trim().min(1).max(20)).min(1).max(40),
  exceptions: z.array(z.string().trim().min(1).max(20)).max(40).default([]),
});
export type NegativeListEntry = z.infer<typeof negativeListEntrySchema>;

const funderSchema = z.string().trim().min(1).max(60);

/** What staff write for a round: the editor's fields. Cross-field rules are round-rules.ts's `roundProblems`. */
export const grantRoundInputSchema = z.object({
  streetId: idSchema,
  name: z.string().trim().min(1).max(80),
  description: longTextSchema.default(''),
  funders: z.array(funderSchema).min(1).max(10),
  directionIds: z.array(idSchema).min(1).max(20),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  targetCommunityIds: z.array(idSchema).min(1).max(50),
  targetEstateIds: z.array(idSchema).max(200).default([]),
  totalBudgetFen: fenSchema,
  perProposalCapFen: fenSchema,
  /** 配捐 (seed 004): how matching money works in this round, if it does. */
  matchingNote: z.string().trim().max(500).default(''),
  projectMonthsMin: z.number().int().min(1).max(36),
  projectMonthsMax: z.number().int().min(1).max(36),
  eligibility: z.array(eligibilityRuleSchema).max(20),
  rubric: z.array(rubricCriterionSchema).min(1).max(20),
  steps: z.array(pipelineStepSchema).min(1).max(20),
  negativeList: z.array(negativeListEntrySchema).max(30),
  /**
   * Money kept for the graduates of the training cohorts linked to this round (issue 17: "part of
   * the round's money can be reserved for them"); within the total budget (round-rules.ts).
   */
  graduateReserveFen: fenSchema.default(0),
});
export type GrantRoundInput = z.infer<typeof grantRoundInputSchema>;

/** Steps staff move after publishing (a 宣讲会 postponed): the whole pipeline again, same rules. */
export const grantRoundStepsInputSchema = z.object({ steps: z.array(pipelineStepSchema).min(1).max(20) });
export type GrantRoundStepsInput = z.infer<typeof grantRoundStepsInputSchema>;

export const grantRoundStatusSchema = z.enum(['draft', 'published']);
export type GrantRoundStatus = z.infer<typeof grantRoundStatusSchema>;

const namedSchema = z.object({ id: idSchema, name: z.string() });

export const grantRoundSchema = grantRoundInputSchema
  .omit({ directionIds: true, targetCommunityIds: true, targetEstateIds: true })
  .extend({
    id: idSchema,
    /** The code of its public page /r/{code}. */
    code: z.string(),
    status: grantRoundStatusSchema,
    streetName: z.string(),
    directions: z.array(namedSchema),
    targetCommunities: z.array(namedSchema),
    targetEstates: z.array(namedSchema),
    publishedAt: isoDateTimeSchema.nullable(),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
    /** The step today falls in (null before the first and after the last). */
    currentStepIndex: z.number().int().nullable(),
    isPublicNoticeOpen: z.boolean(),
  });
export type GrantRound = z.infer<typeof grantRoundSchema>;

export const grantRoundSummarySchema = grantRoundSchema.pick({
  id: true,
  code: true,
  name: true,
  status: true,
  streetId: true,
  streetName: true,
  startsOn: true,
  endsOn: true,
  totalBudgetFen: true,
  perProposalCapFen: true,
  currentStepIndex: true,
  isPublicNoticeOpen: true,
});
export type GrantRoundSummary = z.infer<typeof grantRoundSummarySchema>;

export const grantDirectionSchema = z.object({
  id: idSchema,
  name: z.string(),
  position: z.number().int(),
  isArchived: z.boolean(),
});
export type GrantDirection = z.infer<typeof grantDirectionSchema>;

export const grantDirectionInputSchema = z.object({
  name: z.string().trim().min(1).max(20),
  isArchived: z.boolean().default(false),
});
export type GrantDirectionInput = z.infer<typeof grantDirectionInputSchema>;

/** The public page's code (/r/{code}) as a path parameter: forgiving of case, spaces and dashes. */
export const grantRoundCodeParamSchema = z.object({ code: z.string().min(1).max(40) });
