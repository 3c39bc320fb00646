import { z } from 'zod';
import { idSchema, isoDateTimeSchema, longTextSchema } from '../shared/schemas';
import { grantProposalSchema } from './proposal-schemas';
import { fenSchema, roundItemKeySchema, rubricCriterionSchema } from './round-schemas';

/**
 * Review of grant proposals (issue 17 "Review, dialogue and selection"): the reviewers of a round,
 * the conflicts they declare, who is assigned what, and the score sheet a reviewer fills in blind —
 * per rubric criterion, with comments and a recommendation.
 */

/** What a reviewer brings (seed 002: management, project and finance experts) or whom they speak for. */
export const reviewerExpertises = ['management', 'project', 'finance', 'community'] as const;
export const reviewerExpertiseSchema = z.enum(reviewerExpertises);
export type ReviewerExpertise = z.infer<typeof reviewerExpertiseSchema>;

export const grantReviewerInputSchema = z.object({
  /** An expert_reviewer or community_official account. */
  userId: idSchema,
  expertise: reviewerExpertiseSchema,
});
export type GrantReviewerInput = z.infer<typeof grantReviewerInputSchema>;

/**
 * A conflict a reviewer declares (a relative on a team, a past employer…): an organization, or a
 * person whose organizations' proposals the reviewer must not score. One of the two is required
 * (`conflictDeclarationProblems`). The note says why, for staff; it names nobody by itself.
 */
export const grantConflictInputSchema = z.object({
  organizationId: idSchema.optional(),
  personId: idSchema.optional(),
  note: z.string().trim().max(200).default(''),
});
export type GrantConflictInput = z.infer<typeof grantConflictInputSchema>;

export const grantAssignmentInputSchema = z.object({
  proposalId: idSchema,
  reviewerUserId: idSchema,
});
export type GrantAssignmentInput = z.infer<typeof grantAssignmentInputSchema>;

/** yes: fund it; maybe: fund it if money is left or after changes; no: do not fund it. */
export const reviewRecommendations = ['yes', 'maybe', 'no'] as const;
export const reviewRecommendationSchema = z.enum(reviewRecommendations);
export type ReviewRecommendation = z.infer<typeof reviewRecommendationSchema>;

/** Points for one criterion, whole numbers from 0 to the criterion's maximum (checked against the rubric). */
export const criterionScoreSchema = z.object({
  criterionKey: roundItemKeySchema,
  points: z.number().int().min(0).max(100),
  comment: z.string().trim().max(500).default(''),
});
export type CriterionScore = z.infer<typeof criterionScoreSchema>;

/** A reviewer's whole sheet for one proposal; saved again, it replaces the last one until release. */
export const grantReviewInputSchema = z.object({
  scores: z.array(criterionScoreSchema).min(1).max(20),
  comment: longTextSchema.default(''),
  recommendation: reviewRecommendationSchema,
  /** What the reviewer would give, if less than asked (a finance expert trimming a budget line). */
  recommendedFen: fenSchema.nullable().default(null),
});
export type GrantReviewInput = z.infer<typeof grantReviewInputSchema>;

export const grantReviewSchema = grantReviewInputSchema.extend({
  id: idSchema,
  proposalId: idSchema,
  /** The version of the proposal the reviewer scored. */
  proposalVersion: z.number().int(),
  updatedAt: isoDateTimeSchema,
});
export type GrantReview = z.infer<typeof grantReviewSchema>;

/**
 * 展示评审 as a second dimension beside the rubric: the reviewers' weighted total counts
 * `reviewWeightPercent`, the public presentation's mean score (0–100) `presentationWeightPercent`;
 * the two sum to 100. With no presentation the review counts 100.
 */
export const scoringDimensionsSchema = z.object({
  reviewWeightPercent: z.number().int().min(0).max(100),
  presentationWeightPercent: z.number().int().min(0).max(100),
});
export type ScoringDimensions = z.infer<typeof scoringDimensionsSchema>;

export const reviewOnlyDimensions: ScoringDimensions = { reviewWeightPercent: 100, presentationWeightPercent: 0 };

/** One presentation score (展示评审): a judge's mark out of 100 for the team's presentation. */
export const presentationScoreInputSchema = z.object({ points: z.number().int().min(0).max(100) });
export type PresentationScoreInput = z.infer<typeof presentationScoreInputSchema>;

export const grantReviewerConflictSchema = z.object({
  id: idSchema,
  organizationId: idSchema.nullable(),
  organizationName: z.string().nullable(),
  personId: idSchema.nullable(),
  /** The resident's name, for staff only (the reviewer's own reads carry null). */
  personName: z.string().nullable(),
  note: z.string(),
  declaredAt: isoDateTimeSchema,
});
export type GrantReviewerConflict = z.infer<typeof grantReviewerConflictSchema>;

/** A reviewer of a round as staff see them: who, what expertise, declared conflicts, what is assigned. */
export const grantReviewerSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  userId: idSchema,
  displayName: z.string(),
  expertise: reviewerExpertiseSchema,
  conflicts: z.array(grantReviewerConflictSchema),
  assignedProposalIds: z.array(idSchema),
});
export type GrantReviewer = z.infer<typeof grantReviewerSchema>;

/**
 * A round the caller reviews in, as the reviewer sees it: the round's name and the conflicts they
 * declared there — before anything is assigned, so they can declare first.
 */
export const myGrantReviewerSchema = grantReviewerSchema.extend({ roundName: z.string() });
export type MyGrantReviewer = z.infer<typeof myGrantReviewerSchema>;

export const grantAssignmentSchema = z.object({ id: idSchema, proposalId: idSchema, reviewerId: idSchema });
export type GrantAssignment = z.infer<typeof grantAssignmentSchema>;

/** One line of a reviewer's own list: what to score, and whether the sheet is in. */
export const myGrantAssignmentSchema = z.object({
  id: idSchema,
  reviewerId: idSchema,
  roundId: idSchema,
  roundName: z.string(),
  proposalId: idSchema,
  proposalTitle: z.string(),
  organizationName: z.string(),
  requestedFen: fenSchema,
  reviewedAt: isoDateTimeSchema.nullable(),
  isReleased: z.boolean(),
});
export type MyGrantAssignment = z.infer<typeof myGrantAssignmentSchema>;

/** An account staff may add as a reviewer of a round. */
export const reviewerCandidateSchema = z.object({
  userId: idSchema,
  displayName: z.string(),
  role: z.enum(['expert_reviewer', 'community_official']),
});
export type ReviewerCandidate = z.infer<typeof reviewerCandidateSchema>;

/** A reviewer's page for one assignment: what to score (the proposal as their role reads it), the rubric, their own sheet. */
export const grantReviewAssignmentViewSchema = z.object({
  assignment: myGrantAssignmentSchema,
  rubric: z.array(rubricCriterionSchema),
  review: grantReviewSchema.nullable(),
  isReleased: z.boolean(),
  proposal: grantProposalSchema,
});
export type GrantReviewAssignmentView = z.infer<typeof grantReviewAssignmentViewSchema>;
