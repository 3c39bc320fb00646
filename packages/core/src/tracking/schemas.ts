import { z } from 'zod';
import { activitySummarySchema } from '../activities';
import { idSchema, isoDateSchema, isoDateTimeSchema, longTextSchema } from '../shared/schemas';

/**
 * Staff tracking log 追踪日志 (seed 002): per visit, by a staff member or assistant — the
 * organization tracked; time, place and the activity observed; the process record; feelings; ideas
 * for cultivating the organization; photos (sent to the activity's photo route with the log's id).
 */
const trackingLogFields = {
  observedStartsAt: isoDateTimeSchema,
  observedEndsAt: isoDateTimeSchema,
  placeText: z.string().trim().min(1).max(200).optional(),
  /** The activity observed, in a line ("广场舞排练"); a log that creates an activity uses it as the title. */
  observed: z.string().trim().min(1).max(100),
  /** 过程记录 */
  processRecord: longTextSchema.default(''),
  /** 追踪感受 */
  feelings: longTextSchema.optional(),
  /** 对自组织的培育想法: the incubator's internal working notes. */
  cultivationIdeas: longTextSchema.optional(),
};

/** A log against a known activity; the organization defaults to the activity's first organizer. */
export const trackingLogInputSchema = z.object({
  organizationId: idSchema.optional(),
  ...trackingLogFields,
});
export type TrackingLogInput = z.infer<typeof trackingLogInputSchema>;

/** A log with no activity picked: it attaches to the matching activity, or makes one. */
export const trackingVisitInputSchema = z.object({
  organizationId: idSchema,
  ...trackingLogFields,
});
export type TrackingVisitInput = z.infer<typeof trackingVisitInputSchema>;

/** A change by its author (or staff): fields given replace the old; null clears an optional text. */
export const trackingLogUpdateInputSchema = z
  .object({
    ...trackingLogFields,
    placeText: trackingLogFields.placeText.unwrap().nullable(),
    feelings: longTextSchema.nullable(),
    cultivationIdeas: longTextSchema.nullable(),
    processRecord: longTextSchema,
  })
  .partial();
export type TrackingLogUpdateInput = z.infer<typeof trackingLogUpdateInputSchema>;

/**
 * A log as a reader gets it. Staff, assistants and admins read everything; the organization,
 * officials and funders see only that staff observed the activity (who, when) — the texts are the
 * incubator's working notes (the cultivation ideas especially), so they come back null and
 * `isSummary` is true.
 */
export const trackingLogSchema = z.object({
  id: idSchema,
  activityId: idSchema,
  organizationId: idSchema,
  organizationName: z.string(),
  staffUserId: idSchema,
  staffName: z.string(),
  observedStartsAt: z.string(),
  observedEndsAt: z.string(),
  isSummary: z.boolean(),
  placeText: z.string().nullable(),
  observed: z.string().nullable(),
  processRecord: z.string().nullable(),
  feelings: z.string().nullable(),
  cultivationIdeas: z.string().nullable(),
  photoCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TrackingLog = z.infer<typeof trackingLogSchema>;

/** The answer to logging a visit: the log and the one activity it landed on. */
export const trackingLogCreatedSchema = z.object({
  log: trackingLogSchema,
  activityId: idSchema,
  /** 'existing': attached to the activity already recorded; 'created': a new activity for the organization to complete. */
  attachedTo: z.enum(['existing', 'created']),
});
export type TrackingLogCreated = z.infer<typeof trackingLogCreatedSchema>;

/** 409 when several activities match: staff choose one and log against it. */
export const trackingSeveralMatchesSchema = z.object({
  code: z.literal('tracking.several_matches'),
  message: z.string(),
  candidates: z.array(activitySummarySchema),
});

export const trackingLogListQuerySchema = z.object({
  organizationId: idSchema.optional(),
  staffUserId: idSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type TrackingLogListQuery = z.infer<typeof trackingLogListQuerySchema>;

/** One side of a suspected duplicate, with what staff need to compare them side by side. */
export const duplicateSideSchema = activitySummarySchema.extend({
  createdByTracking: z.boolean(),
  recordedBy: z.string().nullable(),
  /** Written by the organization's leader or a member (not by staff for them). */
  recordedByOrganization: z.boolean(),
  content: z.string(),
  reflection: z.string().nullable(),
  placeText: z.string().nullable(),
  photoCount: z.number().int(),
  participantCount: z.number().int(),
  trackingLogCount: z.number().int(),
});
export type DuplicateSide = z.infer<typeof duplicateSideSchema>;

export const duplicatePairSchema = z.object({ first: duplicateSideSchema, second: duplicateSideSchema });
export type DuplicatePair = z.infer<typeof duplicatePairSchema>;

export const duplicateListQuerySchema = z.object({
  streetId: idSchema.optional(),
  /** Only the pairs this activity is part of (the banner on the activity page). */
  activityId: idSchema.optional(),
});
export type DuplicateListQuery = z.infer<typeof duplicateListQuerySchema>;

export const mergeInputSchema = z.object({ keepId: idSchema, mergeId: idSchema });
export type MergeInput = z.infer<typeof mergeInputSchema>;

export const distinctInputSchema = z.object({ firstId: idSchema, secondId: idSchema });
export type DistinctInput = z.infer<typeof distinctInputSchema>;
