import { z } from 'zod';
import { idSchema, isoDateTimeSchema, longTextSchema } from '../shared/schemas';

/**
 * Four-dimension evaluation 四维评估 (seed 002 fig. 3, issue 18): a campaign scores each of its
 * organizations from four sides — the team itself 自评, the other teams 互评 (social reputation),
 * experts 专家评审 (management 管理, project 项目, finance 财务; their sheets averaged) and the
 * incubator 培育方评估 — each on a form of criteria, normalised to 100 and weighted per campaign.
 */

export const evaluationDimensions = ['self', 'peer', 'expert', 'incubator'] as const;
export const evaluationDimensionSchema = z.enum(evaluationDimensions);
export type EvaluationDimension = z.infer<typeof evaluationDimensionSchema>;

/** The three fields an expert reviewer speaks for (seed 002: "专家来自组织管理、项目管理、财务管理三个领域"). */
export const expertSpecialities = ['management', 'project', 'finance'] as const;
export const expertSpecialitySchema = z.enum(expertSpecialities);
export type ExpertSpeciality = z.infer<typeof expertSpecialitySchema>;

/** draft (forms and teams edited) → open (sheets filled) → closed (no more sheets; advice) → released (teams see). */
export const campaignStatuses = ['draft', 'open', 'closed', 'released'] as const;
export const campaignStatusSchema = z.enum(campaignStatuses);
export type CampaignStatus = z.infer<typeof campaignStatusSchema>;

export const criterionKeySchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9_-]{1,40}$/, 'key');

/** One line of a form: what is judged, how to judge it, and its maximum points. */
export const evaluationCriterionSchema = z.object({
  key: criterionKeySchema,
  title: z.string().trim().min(1).max(40),
  description: z.string().trim().max(300).default(''),
  maxPoints: z.number().int().min(1).max(100),
});
export type EvaluationCriterion = z.infer<typeof evaluationCriterionSchema>;

/** A form: 1–20 criteria with distinct keys (checked by `formProblems`). */
export const evaluationFormSchema = z.array(evaluationCriterionSchema).min(1).max(20);
export type EvaluationForm = z.infer<typeof evaluationFormSchema>;

export const evaluationFormsSchema = z.object({
  self: evaluationFormSchema,
  peer: evaluationFormSchema,
  expert: evaluationFormSchema,
  incubator: evaluationFormSchema,
});
export type EvaluationForms = z.infer<typeof evaluationFormsSchema>;

/** Whole percent per dimension; they must sum to 100 (`weightProblems`, answered 400 `evaluation.weights_not_100`). */
export const evaluationWeightsSchema = z.object({
  self: z.number().int().min(0).max(100),
  peer: z.number().int().min(0).max(100),
  expert: z.number().int().min(0).max(100),
  incubator: z.number().int().min(0).max(100),
});
export type EvaluationWeights = z.infer<typeof evaluationWeightsSchema>;

export const campaignInputSchema = z.object({
  name: z.string().trim().min(1).max(80),
  /** The grant round it closes (seed 002: 第二届微公益创投 结题), or none for a yearly campaign. */
  roundId: idSchema.nullable().default(null),
  year: z.number().int().min(2000).max(2100),
  /** A label for the period, e.g. 2026 年度 or 第二届结题. */
  period: z.string().trim().max(40).default(''),
  organizationIds: z.array(idSchema).min(1).max(200),
  /** Each dimension's form; left out, the default form (`defaultEvaluationForm`). */
  forms: evaluationFormsSchema.optional(),
  /** Left out, `defaultEvaluationWeights` (expert 40). */
  weights: evaluationWeightsSchema.optional(),
  /** How many other teams each team rates (互评). */
  peerCount: z.number().int().min(1).max(10).default(3),
});
export type CampaignInput = z.infer<typeof campaignInputSchema>;

export const campaignSchema = z.object({
  id: idSchema,
  streetId: idSchema,
  name: z.string(),
  roundId: idSchema.nullable(),
  year: z.number().int(),
  period: z.string(),
  status: campaignStatusSchema,
  forms: evaluationFormsSchema,
  weights: evaluationWeightsSchema,
  peerCount: z.number().int(),
  organizations: z.array(z.object({ id: idSchema, name: z.string() })),
  releasedAt: isoDateTimeSchema.nullable(),
});
export type Campaign = z.infer<typeof campaignSchema>;

export const campaignSummarySchema = campaignSchema.pick({
  id: true,
  name: true,
  year: true,
  period: true,
  status: true,
  releasedAt: true,
});
export type CampaignSummary = z.infer<typeof campaignSummarySchema>;

/** Moving a campaign on: open (from draft), close (from open), release (from closed). */
export const campaignTransitionSchema = z.object({ to: z.enum(['open', 'closed', 'released']) });
export type CampaignTransition = z.infer<typeof campaignTransitionSchema>;

export const criterionPointsSchema = z.object({
  criterionKey: criterionKeySchema,
  points: z.number().int().min(0).max(100),
});
export type CriterionPoints = z.infer<typeof criterionPointsSchema>;

/** A sheet as filled: every criterion of the dimension's form once, none above its maximum. */
export const scoreSheetInputSchema = z.object({
  scores: z.array(criterionPointsSchema).min(1).max(20),
  comment: longTextSchema.default(''),
});
export type ScoreSheetInput = z.infer<typeof scoreSheetInputSchema>;

/** Peer assignment: `raterOrganizationId` rates `ratedOrganizationId` (互评). */
export const peerAssignmentSchema = z.object({
  raterOrganizationId: idSchema,
  ratedOrganizationId: idSchema,
});
export type PeerAssignment = z.infer<typeof peerAssignmentSchema>;

export const peerAssignmentsInputSchema = z.object({ assignments: z.array(peerAssignmentSchema).max(2000) });
export type PeerAssignmentsInput = z.infer<typeof peerAssignmentsInputSchema>;

export const expertAssignmentInputSchema = z.object({ userId: idSchema, speciality: expertSpecialitySchema });
export type ExpertAssignmentInput = z.infer<typeof expertAssignmentInputSchema>;

/** `/api/evaluation-campaigns/{id}/experts/{expertId}`: an expert of the campaign. */
export const campaignExpertParamSchema = z.object({ id: idSchema, expertId: idSchema });

export const expertAssignmentSchema = z.object({
  id: idSchema,
  userId: idSchema,
  displayName: z.string(),
  speciality: expertSpecialitySchema,
});
export type ExpertAssignment = z.infer<typeof expertAssignmentSchema>;

/** Staff's written coaching advice on one organization's result (以评促建). */
export const adviceInputSchema = z.object({ advice: longTextSchema });
export type AdviceInput = z.infer<typeof adviceInputSchema>;

/** The self-vs-others gap (`selfGap`): points on 100, and whether it passes the signal threshold. */
export const selfGapSchema = z.object({
  points: z.number(),
  isSignal: z.boolean(),
});
export type SelfGap = z.infer<typeof selfGapSchema>;

const dimensionScoresSchema = z.object({
  self: z.number().nullable(),
  peer: z.number().nullable(),
  expert: z.number().nullable(),
  incubator: z.number().nullable(),
});

/**
 * One organization's result. Each dimension is on 100 (null: no sheet yet); the peer and expert
 * dimensions are means, never naming who gave what. `total` is null until every weighted dimension
 * has a sheet; `rank` is among the organizations with a total.
 */
export const evaluationResultSchema = z.object({
  organizationId: idSchema,
  organizationName: z.string(),
  dimensions: dimensionScoresSchema,
  sheetCounts: z.object({
    self: z.number().int(),
    peer: z.number().int(),
    expert: z.number().int(),
    incubator: z.number().int(),
  }),
  total: z.number().nullable(),
  rank: z.number().int().nullable(),
  gap: selfGapSchema.nullable(),
  advice: z.string(),
});
export type EvaluationResult = z.infer<typeof evaluationResultSchema>;

export const campaignTableSchema = z.object({ campaign: campaignSchema, results: z.array(evaluationResultSchema) });
export type CampaignTable = z.infer<typeof campaignTableSchema>;

/** A sheet as staff see it (only staff see who gave it). */
export const evaluationSheetSchema = z.object({
  id: idSchema,
  dimension: evaluationDimensionSchema,
  organizationId: idSchema,
  /** The team that gave a self or peer sheet; null for experts and staff. */
  raterOrganizationId: idSchema.nullable(),
  raterName: z.string(),
  scores: z.array(criterionPointsSchema),
  comment: z.string(),
  total: z.number(),
  updatedAt: isoDateTimeSchema,
});
export type EvaluationSheet = z.infer<typeof evaluationSheetSchema>;

/** One sheet a team or an expert is to fill: which dimension, on whom, and whether it is in. */
export const sheetTaskSchema = z.object({
  campaignId: idSchema,
  campaignName: z.string(),
  campaignStatus: campaignStatusSchema,
  dimension: evaluationDimensionSchema,
  organizationId: idSchema,
  organizationName: z.string(),
  form: evaluationFormSchema,
  /** The caller's own sheet, if saved (never another's). */
  sheet: scoreSheetInputSchema.extend({ updatedAt: isoDateTimeSchema }).nullable(),
});
export type SheetTask = z.infer<typeof sheetTaskSchema>;

export const sheetTaskQuerySchema = z.object({
  dimension: evaluationDimensionSchema,
  organizationId: idSchema,
});

/** A team's sheet: its self sheet on itself, or a peer sheet on an organization assigned to it. */
export const teamSheetInputSchema = scoreSheetInputSchema.extend({
  dimension: z.enum(['self', 'peer']),
  organizationId: idSchema,
});
export type TeamSheetInput = z.infer<typeof teamSheetInputSchema>;

/** An expert's or the incubator's sheet on one organization of the campaign. */
export const organizationSheetInputSchema = scoreSheetInputSchema.extend({ organizationId: idSchema });
export type OrganizationSheetInput = z.infer<typeof organizationSheetInputSchema>;

export const organizationAdviceInputSchema = adviceInputSchema.extend({ organizationId: idSchema });
export type OrganizationAdviceInput = z.infer<typeof organizationAdviceInputSchema>;

/** Generate the peer pairs again from another seed (the same seed gives the same pairs). */
export const peerSeedInputSchema = z.object({ seed: z.number().int().min(0).max(4294967295) });

/** A team's released result, with the campaign's shape (not the other teams). */
export const teamEvaluationResultSchema = z.object({ campaign: campaignSchema, result: evaluationResultSchema });
export type TeamEvaluationResult = z.infer<typeof teamEvaluationResultSchema>;

export const expertCandidateSchema = z.object({ userId: idSchema, displayName: z.string() });
