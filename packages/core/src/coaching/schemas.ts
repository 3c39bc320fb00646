import { z } from 'zod';
import { idSchema, isoDateSchema, longTextSchema } from '../shared/schemas';

/**
 * Coaching sessions (辅导): staff time spent building an organization's capacity. The kinds follow
 * seed 002's rhythm at Dashilar: the yearly training course 培训班, the fortnightly workshop 培力公坊,
 * the weekly open-day one-to-one 开放日一对一辅导, daily online Q&A 线上答疑, the monthly
 * reimbursement coaching 报销辅导, the organization's life meeting 自组织生活会 and the half-yearly
 * showcase 成果展示.
 */
export const coachingKinds = [
  'training_course',
  'workshop',
  'open_day',
  'online_qa',
  'reimbursement',
  'life_meeting',
  'showcase',
] as const;
export const coachingKindSchema = z.enum(coachingKinds);
export type CoachingKind = z.infer<typeof coachingKindSchema>;

/** Capabilities built (seed 002): internal management, project operation, use of funds, publicity. */
export const coachingCapabilities = ['internal_management', 'project_operation', 'use_of_funds', 'publicity'] as const;
export const coachingCapabilitySchema = z.enum(coachingCapabilities);
export type CoachingCapability = z.infer<typeof coachingCapabilitySchema>;

/** Kinds of support in a cultivation plan (seed 003, individualised support). */
export const supportKinds = ['money', 'space', 'skills', 'psychological', 'accompaniment'] as const;
export const supportKindSchema = z.enum(supportKinds);
export type SupportKind = z.infer<typeof supportKindSchema>;

export const cultivationPlanStatuses = ['active', 'paused', 'completed'] as const;
export const planStatusSchema = z.enum(cultivationPlanStatuses);
export type PlanStatus = z.infer<typeof planStatusSchema>;

/** 'HH:MM', 24-hour. */
export const sessionClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time');

/** A session lasts at least a minute and at most a day (a training-course day is one session). */
export const sessionMinutesSchema = z
  .number()
  .int()
  .min(1)
  .max(24 * 60);

const topicSchema = z.string().trim().min(1).max(200);
const nextStepSchema = z.string().trim().min(1).max(500);

/** A review of an organization's plan made at a session it attended (kept as history: plan_reviews). */
export const planReviewInputSchema = z.object({
  /** What changed since the last review. */
  whatChanged: z.string().trim().min(1).max(2000),
  nextStep: nextStepSchema.optional(),
  nextStepOn: isoDateSchema.optional(),
  status: planStatusSchema.optional(),
});
export type PlanReviewInput = z.infer<typeof planReviewInputSchema>;

/** POST /api/organizations/{id}/cultivation-plan/reviews: a review, optionally tied to a session. */
export const standalonePlanReviewInputSchema = planReviewInputSchema.extend({
  reviewedOn: isoDateSchema,
  coachingSessionId: idSchema.optional(),
});
export type StandalonePlanReviewInput = z.infer<typeof standalonePlanReviewInputSchema>;

export const coachingSessionInputSchema = z.object({
  kind: coachingKindSchema,
  heldOn: isoDateSchema,
  startTime: sessionClockTimeSchema.optional(),
  /** With startTime, the duration follows from the two; otherwise durationMinutes is required. */
  endTime: sessionClockTimeSchema.optional(),
  durationMinutes: sessionMinutesSchema.optional(),
  isOnline: z.boolean().default(false),
  /** Staff and assistants who ran it; empty means the caller. */
  staffUserIds: z.array(idSchema).max(20).default([]),
  /** Organizations present: one for a one-to-one, twenty or more for a training course. */
  organizationIds: z.array(idSchema).min(1).max(100),
  /** People present, picked from those organizations' members (optional). */
  personIds: z.array(idSchema).max(500).default([]),
  /** Others present who are not on a member list. */
  otherCount: z.number().int().min(0).max(10_000).default(0),
  topic: topicSchema,
  capabilities: z.array(coachingCapabilitySchema).max(4).default([]),
  outcomeNotes: longTextSchema.optional(),
  /** Reviews of the plans of organizations present (staff only). */
  planReviews: z
    .array(planReviewInputSchema.extend({ organizationId: idSchema }))
    .max(100)
    .default([]),
});
export type CoachingSessionInput = z.infer<typeof coachingSessionInputSchema>;

/**
 * PATCH: any field; lists given replace the old ones. Reviews are added through the plan. Written
 * out without defaults: zod applies a default even inside an optional field, and a default here
 * would silently empty a list the caller did not mention.
 */
export const coachingSessionUpdateInputSchema = z.object({
  kind: coachingKindSchema.optional(),
  heldOn: isoDateSchema.optional(),
  startTime: sessionClockTimeSchema.nullable().optional(),
  endTime: sessionClockTimeSchema.nullable().optional(),
  durationMinutes: sessionMinutesSchema.optional(),
  isOnline: z.boolean().optional(),
  staffUserIds: z.array(idSchema).min(1).max(20).optional(),
  organizationIds: z.array(idSchema).min(1).max(100).optional(),
  personIds: z.array(idSchema).max(500).optional(),
  otherCount: z.number().int().min(0).max(10_000).optional(),
  topic: topicSchema.optional(),
  capabilities: z.array(coachingCapabilitySchema).max(4).optional(),
  outcomeNotes: longTextSchema.nullable().optional(),
});
export type CoachingSessionUpdateInput = z.infer<typeof coachingSessionUpdateInputSchema>;

const namedSchema = z.object({ id: idSchema, name: z.string() });

export const coachingSessionSchema = z.object({
  id: idSchema,
  kind: coachingKindSchema,
  heldOn: z.string(),
  startTime: z.string().nullable(),
  durationMinutes: z.number().int(),
  isOnline: z.boolean(),
  staff: z.array(namedSchema),
  organizations: z.array(namedSchema),
  /** Only the people the caller may see (a leader sees their own members). */
  people: z.array(namedSchema),
  otherCount: z.number().int(),
  topic: z.string(),
  capabilities: z.array(coachingCapabilitySchema),
  /** Staff notes: null for organization leaders (they see what happened, not staff's assessment). */
  outcomeNotes: z.string().nullable(),
  reviewCount: z.number().int(),
  recordedBy: z.string().nullable(),
});
export type CoachingSession = z.infer<typeof coachingSessionSchema>;

export const coachingSessionListQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  organizationId: idSchema.optional(),
  staffUserId: idSchema.optional(),
});
export type CoachingSessionListQuery = z.infer<typeof coachingSessionListQuerySchema>;

export const cultivationPlanInputSchema = z.object({
  goal: z.string().trim().min(1).max(1000),
  supportKinds: z.array(supportKindSchema).max(5).default([]),
  nextStep: nextStepSchema.nullable().optional(),
  nextStepOn: isoDateSchema.nullable().optional(),
  status: planStatusSchema.default('active'),
});
export type CultivationPlanInput = z.infer<typeof cultivationPlanInputSchema>;

export const planReviewSchema = z.object({
  id: idSchema,
  reviewedOn: z.string(),
  whatChanged: z.string(),
  nextStep: z.string().nullable(),
  nextStepOn: z.string().nullable(),
  status: planStatusSchema.nullable(),
  coachingSessionId: idSchema.nullable(),
  sessionTopic: z.string().nullable(),
  reviewedBy: z.string().nullable(),
});
export type PlanReview = z.infer<typeof planReviewSchema>;

export const cultivationPlanSchema = z.object({
  id: idSchema,
  organizationId: idSchema,
  goal: z.string(),
  supportKinds: z.array(supportKindSchema),
  nextStep: z.string().nullable(),
  nextStepOn: z.string().nullable(),
  status: planStatusSchema,
  /** An active plan whose next step's date has passed. */
  isOverdue: z.boolean(),
  updatedAt: z.string(),
  /** Newest first: the plan's timeline. */
  reviews: z.array(planReviewSchema),
});
export type CultivationPlan = z.infer<typeof cultivationPlanSchema>;

export const coachingPeriodQuerySchema = z.object({ from: isoDateSchema, to: isoDateSchema });

export const staffHoursQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});

export const workloadQuerySchema = coachingPeriodQuerySchema.extend({ streetId: idSchema.optional() });
export type WorkloadQuery = z.infer<typeof workloadQuerySchema>;

export const staffTrendSchema = z.enum(['decreasing', 'steady', 'increasing', 'too_little_data']);
export type StaffTrend = z.infer<typeof staffTrendSchema>;

export const staffHoursSchema = z.object({
  from: z.string(),
  to: z.string(),
  months: z.array(
    z.object({
      month: z.string(),
      sessions: z.number().int(),
      coachingMinutes: z.number().int(),
      trackingMinutes: z.number().int(),
      totalMinutes: z.number().int(),
    }),
  ),
  trend: staffTrendSchema,
  /** Least-squares slope over the last six months, in minutes per month. */
  slopeMinutesPerMonth: z.number(),
});
export type StaffHours = z.infer<typeof staffHoursSchema>;

const countsSchema = z.object({ sessions: z.number().int(), minutes: z.number().int() });

export const workloadSchema = z.object({
  from: z.string(),
  to: z.string(),
  totals: z.object({
    sessions: z.number().int(),
    minutes: z.number().int(),
    organizationsReached: z.number().int(),
    /** Attendances summed over organizations (a session with 3 organizations counts 3). */
    organizationSessions: z.number().int(),
    /** organizationSessions ÷ organizationsReached: the seed's "about 5 per organization". */
    sessionsPerOrganization: z.number(),
    averageMinutes: z.number(),
    staffMembers: z.number().int(),
  }),
  byOrganization: z.array(namedSchema.extend(countsSchema.shape)),
  byStaff: z.array(namedSchema.extend(countsSchema.shape)),
  byKind: z.array(z.object({ kind: coachingKindSchema }).extend(countsSchema.shape)),
  byMode: z.object({ online: countsSchema, offline: countsSchema }),
  byMonth: z.array(z.object({ month: z.string() }).extend(countsSchema.shape)),
});
export type Workload = z.infer<typeof workloadSchema>;

export const staffMemberSchema = z.object({ id: idSchema, name: z.string(), role: z.string() });
export type StaffMember = z.infer<typeof staffMemberSchema>;

/** GET /api/coaching/overdue-plans: optionally one street's. */
export const overduePlansQuerySchema = z.object({ streetId: idSchema.optional() });
export type OverduePlansQuery = z.infer<typeof overduePlansQuerySchema>;

/** An active plan whose next step's date has passed (see rules.ts isNextStepOverdue). */
export const overduePlanSchema = z.object({
  planId: idSchema,
  organizationId: idSchema,
  organizationName: z.string(),
  streetId: idSchema,
  streetName: z.string(),
  goal: z.string(),
  nextStep: z.string().nullable(),
  nextStepOn: z.string(),
  /** Whole days from the due date to today (1 = due yesterday). */
  daysOverdue: z.number().int(),
});
export type OverduePlan = z.infer<typeof overduePlanSchema>;

export const overduePlansSchema = z.object({
  today: z.string(),
  /** Most overdue first. */
  items: z.array(overduePlanSchema),
});
