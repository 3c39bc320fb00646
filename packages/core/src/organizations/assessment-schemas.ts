import { z } from 'zod';
import { idSchema, isoDateSchema, longTextSchema, shortTextSchema } from '../shared/schemas';
import { stageModelSchema, stageSchema } from './stages';

/** An evidence item: a link (https://…) or a short note saying where the proof is. */
export const evidenceSchema = shortTextSchema.pipe(z.string().min(1));

/** A growth-stage assessment: date, stage, which criteria are met (each with evidence), advice. */
export const assessmentInputSchema = z.object({
  assessedOn: isoDateSchema,
  stage: stageSchema,
  criteria: z
    .array(
      z.object({
        criterionId: z.string().trim().min(1).max(60),
        met: z.boolean(),
        evidence: evidenceSchema.optional(),
      }),
    )
    .max(30)
    .default([]),
  /** Evidence for the assessment as a whole (links or notes). */
  evidence: z.array(evidenceSchema).max(20).default([]),
  advice: longTextSchema.optional(),
});
export type AssessmentInput = z.infer<typeof assessmentInputSchema>;

export const criterionStatusSchema = z.enum(['met', 'not_met', 'not_measurable', 'staff_check']);

export const assessmentSchema = z.object({
  id: idSchema,
  assessedOn: z.string(),
  assessorName: z.string(),
  stageModel: stageModelSchema,
  stage: stageSchema,
  /** The stage before this one (null for the first): shows whether it went up or down. */
  previousStage: stageSchema.nullable(),
  criteria: z.array(z.object({ criterionId: z.string(), met: z.boolean(), evidence: z.string().nullable() })),
  evidence: z.array(z.string()),
  advice: z.string().nullable(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** The stage panel of an organization: model, current stage, criteria today, the timeline. */
export const stageOverviewSchema = z.object({
  stageModel: stageModelSchema,
  currentStage: stageSchema.nullable(),
  nextStage: stageSchema.nullable(),
  facts: z.object({
    memberCount: z.number().int(),
    communitiesServed: z.number().int(),
    filingStatus: z.enum(['none', 'filed', 'registered']),
    publicActivitiesLast6Months: z.number().int().nullable(),
    keepsOwnBook: z.boolean().nullable().optional(),
    ownIncomeLast12MonthsFen: z.number().int().nullable().optional(),
  }),
  stages: z.array(
    z.object({
      stage: stageSchema,
      requiresEvidence: z.boolean(),
      criteria: z.array(
        z.object({
          id: z.string(),
          measure: z.string().optional(),
          atLeast: z.number().optional(),
          status: criterionStatusSchema,
          value: z.union([z.number(), z.string()]).nullable(),
        }),
      ),
    }),
  ),
  /** Newest first. */
  assessments: z.array(assessmentSchema),
  canAssess: z.boolean(),
});
export type StageOverview = z.infer<typeof stageOverviewSchema>;
