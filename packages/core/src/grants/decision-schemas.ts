import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '../shared/schemas';
import { determinationSchema } from './proposal-schemas';
import { reviewerExpertiseSchema, reviewRecommendationSchema } from './review-schemas';
import { fenSchema } from './round-schemas';

/** The read shapes of the decision table and of a team's released scores (served as JSON, shown by the web app). */

const hundredths = z.number();

export const criterionSummarySchema = z.object({
  key: z.string(),
  name: z.string(),
  maxPoints: z.number().int(),
  mean: hundredths,
  range: z.number(),
});

export const proposalScoresSchema = z.object({
  reviewCount: z.number().int(),
  criteria: z.array(criterionSummarySchema),
  reviewTotal: hundredths.nullable(),
  presentationCount: z.number().int(),
  presentationMean: hundredths.nullable(),
  total: hundredths.nullable(),
  spread: hundredths.nullable(),
  isSpreadFlagged: z.boolean(),
  recommendations: z.object({ yes: z.number().int(), maybe: z.number().int(), no: z.number().int() }),
  recommendedFen: fenSchema.nullable(),
});

/** One reviewer's sheet as the committee reads it (named: the committee knows its reviewers). */
export const committeeSheetSchema = z.object({
  reviewerName: z.string(),
  expertise: reviewerExpertiseSchema,
  total: hundredths,
  recommendation: reviewRecommendationSchema,
  recommendedFen: fenSchema.nullable(),
  comment: z.string(),
});

export const decisionCandidateSchema = z.object({
  proposalId: idSchema,
  title: z.string(),
  organizationName: z.string(),
  requestedFen: fenSchema,
  scores: proposalScoresSchema,
  sheets: z.array(committeeSheetSchema),
  assignedCount: z.number().int(),
  determination: determinationSchema.nullable(),
  approvedFen: fenSchema.nullable(),
  determinationReason: z.string().nullable(),
  determinedAt: isoDateTimeSchema.nullable(),
  /** The approved proposal's grant agreement once staff made it (the table links to it). */
  agreementId: idSchema.nullable(),
});
export type DecisionCandidateView = z.infer<typeof decisionCandidateSchema>;

export const decisionTableViewSchema = z.object({
  roundId: idSchema,
  roundName: z.string(),
  totalBudgetFen: fenSchema,
  presentationWeightPercent: z.number().int(),
  spreadThreshold: z.number(),
  releasedAt: isoDateTimeSchema.nullable(),
  candidates: z.array(decisionCandidateSchema),
});
export type DecisionTableView = z.infer<typeof decisionTableViewSchema>;

/** What a team reads of its proposal's review once released: the totals and the comments, reviewers unnamed. */
export const releasedScoresSchema = z.object({
  proposalId: idSchema,
  scores: proposalScoresSchema,
  comments: z.array(z.object({ recommendation: reviewRecommendationSchema, comment: z.string() })),
});
export type ReleasedScores = z.infer<typeof releasedScoresSchema>;

/** One approved proposal on the round's public page: the team's name, the title and the amount. */
export const publicGrantResultSchema = z.object({
  teamName: z.string(),
  title: z.string(),
  approvedFen: fenSchema,
});
export type PublicGrantResult = z.infer<typeof publicGrantResultSchema>;
