import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, longTextSchema, nameSchema } from '../shared/schemas';

/** Who ran it: one or several organizations (joint activities), or the incubator / committee itself. */
export const activityRunBySchema = z.enum(['organizations', 'incubator', 'committee']);
export type ActivityRunBy = z.infer<typeof activityRunBySchema>;

/** Whom it served (seed 002's beneficiary groups). */
export const beneficiaryGroupSchema = z.enum([
  'elderly',
  'disabled',
  'families_in_difficulty',
  'children_youth',
  'all_residents',
  'members_only',
]);
export type BeneficiaryGroup = z.infer<typeof beneficiaryGroupSchema>;

/** Who could join: the evidence of an organization moving from 自益 to 公益 (seed 002/003). */
export const opennessSchema = z.enum(['members_only', 'invited', 'open_to_all']);
export type Openness = z.infer<typeof opennessSchema>;

export const participantRoleSchema = z.enum(['organizer', 'participant']);

/** A known space of the survey, an estate (optionally a courtyard of it), or free text. */
export const activityPlaceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('space'), spaceId: idSchema }),
  z.object({ kind: z.literal('estate'), estateId: idSchema, courtyardId: idSchema.optional() }),
  z.object({ kind: z.literal('text'), text: z.string().trim().min(1).max(200) }),
]);
export type ActivityPlace = z.infer<typeof activityPlaceSchema>;

/** Members picked from the organization's list, or guests by name. */
export const activityParticipantInputSchema = z.union([
  z.object({ personId: idSchema, role: participantRoleSchema.default('participant') }),
  z.object({ guestName: nameSchema, role: participantRoleSchema.default('participant') }),
]);

export const feedbackInputSchema = z.object({
  text: z.string().trim().min(1).max(500),
  /** Who said it, as the leader writes it ("王阿姨，受益居民"). */
  saidBy: z.string().trim().max(60).optional(),
});

const headCountSchema = z.number().int().min(0).max(100_000);

/**
 * The record's fields without defaults. The input fills defaults for a new record; a change must
 * not (zod applies a default even inside `.partial()`, which would empty the lists a change left out).
 */
const activityFields = {
  runBy: activityRunBySchema,
  organizationIds: z.array(idSchema).max(10),
  /** Needed when no organization ran it (incubator or committee); otherwise taken from the place or organization. */
  communityId: idSchema.optional(),
  /** Co-hosts as free text: the property company, the residents' committee… */
  coHosts: z.array(z.string().trim().min(1).max(60)).max(10),
  title: z.string().trim().min(1).max(100),
  content: longTextSchema,
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  place: activityPlaceSchema.optional(),
  beneficiaryGroups: z.array(beneficiaryGroupSchema).max(6),
  openness: opennessSchema,
  organizerCount: headCountSchema,
  servedCount: headCountSchema,
  participants: z.array(activityParticipantInputSchema).max(500),
  /** 能人感言: the leader's reflection. */
  reflection: longTextSchema.optional(),
  feedback: z.array(feedbackInputSchema).max(50),
  /**
   * 计划内: inside a funded project's plan, linked to one of its plan items (grant_plan_items) — an
   * item of an approved proposal of one of the organizations that ran it.
   */
  isPlannedInProject: z.boolean(),
  planItemId: idSchema.optional(),
};

export const activityInputSchema = z.object({
  ...activityFields,
  runBy: activityFields.runBy.default('organizations'),
  organizationIds: activityFields.organizationIds.default([]),
  coHosts: activityFields.coHosts.default([]),
  content: activityFields.content.default(''),
  beneficiaryGroups: activityFields.beneficiaryGroups.default([]),
  participants: activityFields.participants.default([]),
  feedback: activityFields.feedback.default([]),
  isPlannedInProject: activityFields.isPlannedInProject.default(false),
  /**
   * 举办了 through the form: the planned date (预告) this record is. The date's one record is made
   * — or, when residents' scans made it already, completed — never a second; the record's start
   * must fall on that date and its first organization must be the plan's.
   */
  plannedOccurrence: z.object({ plannedActivityId: idSchema, on: isoDateSchema }).optional(),
});
export type ActivityInput = z.infer<typeof activityInputSchema>;

/** A change to a record: any field of the input; lists given replace the old ones, lists left out stay. */
export const activityUpdateInputSchema = z
  .object(activityFields)
  .omit({ runBy: true, organizationIds: true, communityId: true })
  .partial()
  .extend({
    reflection: longTextSchema.nullable().optional(),
    planItemId: idSchema.nullable().optional(),
  });
export type ActivityUpdateInput = z.infer<typeof activityUpdateInputSchema>;

/** A warning the leader can act on: the record is saved anyway. */
export const activityWarningSchema = z.object({ code: z.string(), message: z.string() });
export type ActivityWarning = z.infer<typeof activityWarningSchema>;

/** Why an activity's self sign-ins look implausible (sign-in-trust.ts signInFlags). */
export const signInFlagSchema = z.enum(['burst', 'more_than_stated']);
export type SignInFlag = z.infer<typeof signInFlagSchema>;

export const evidenceLevelSchema = z.object({
  /** 0 = self-reported only, 1 = supported by one kind of evidence, 2 = corroborated. */
  rank: z.number().int().min(0).max(2),
  level: z.enum(['self_reported', 'supported', 'corroborated']),
  reasons: z.array(z.enum(['photos', 'self_sign_ins', 'sign_in_sheet_photo', 'staff_observation'])),
});
export type EvidenceLevel = z.infer<typeof evidenceLevelSchema>;

export const mediaKindSchema = z.enum(['photo', 'video', 'sign_in_sheet', 'record_sheet']);
export type MediaKind = z.infer<typeof mediaKindSchema>;

/** A file attached to an activity, as lists show it; the bytes are served at the URLs. */
export const activityMediaSchema = z.object({
  id: idSchema,
  kind: mediaKindSchema,
  /** GET /api/media/{id}: the display-size photo, the clip, or the sheet photo. */
  url: z.string(),
  /** GET /api/media/{id}/thumbnail for photos and sheet photos; null for a video. */
  thumbnailUrl: z.string().nullable(),
  mimeType: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  caption: z.string().nullable(),
  /** Whose side sent it: the organization's record, or a staff member's tracking log. */
  side: z.enum(['organization', 'staff']),
  trackingLogId: idSchema.nullable(),
  uploadedBy: z.string().nullable(),
});
export type ActivityMedia = z.infer<typeof activityMediaSchema>;

export const activitySummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  runBy: activityRunBySchema,
  organizations: z.array(z.object({ id: idSchema, name: z.string() })),
  communityId: idSchema.nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  openness: opennessSchema,
  organizerCount: z.number().int(),
  servedCount: z.number().int(),
  plannedActivityId: idSchema.nullable(),
});
export type ActivitySummary = z.infer<typeof activitySummarySchema>;

export const activityDetailSchema = activitySummarySchema.extend({
  /** The organizations (of `organizations`) whose page the caller may open; the others are named only. */
  openableOrganizationIds: z.array(idSchema),
  streetId: idSchema,
  coHosts: z.array(z.string()),
  content: z.string(),
  place: z
    .object({
      kind: z.enum(['space', 'estate', 'text']),
      spaceId: idSchema.nullable(),
      estateId: idSchema.nullable(),
      courtyardId: idSchema.nullable(),
      text: z.string().nullable(),
      name: z.string().nullable(),
    })
    .nullable(),
  beneficiaryGroups: z.array(beneficiaryGroupSchema),
  participants: z.array(
    z.object({ personId: idSchema.nullable(), name: z.string(), isGuest: z.boolean(), role: participantRoleSchema }),
  ),
  reflection: z.string().nullable(),
  feedback: z.array(z.object({ text: z.string(), saidBy: z.string().nullable() })),
  isPlannedInProject: z.boolean(),
  /**
   * The plan item it is held for, with its proposal: "计划内 · 清理楼道 · 楼道花园". Null when not
   * planned, or for a record marked 计划内 before plan items existed (its free text was not kept).
   */
  planItemId: idSchema.nullable(),
  planItem: z.object({ title: z.string(), proposalId: idSchema, proposalTitle: z.string() }).nullable(),
  occurrenceOn: z.string().nullable(),
  /** The short code of the self sign-in link (/sign-in/{code}). */
  signInCode: z.string(),
  selfSignInCount: z.number().int(),
  /** Self sign-ins given with a phone: the stronger evidence (a bare name counts half, sign-in-trust.ts). */
  selfSignInsWithPhone: z.number().int(),
  /**
   * Why the self sign-ins look implausible (sign-in-trust.ts signInFlags): a burst inside one minute,
   * more than the activity's stated size. Shown on the activity; flagged sign-ins are no evidence.
   */
  signInFlags: z.array(signInFlagSchema),
  /** Distinct people: members, guests and self sign-ins, each person once. */
  attendance: z.number().int(),
  evidence: evidenceLevelSchema,
  recordedBy: z.string().nullable(),
  /** Photos first, then the clip and the sheet photos, each in upload order. */
  media: z.array(activityMediaSchema),
  /** How many staff tracking logs are attached (the logs themselves: GET /api/activities/{id}/tracking-logs). */
  trackingLogCount: z.number().int(),
  /** Made by a staff member's tracking log; the organization may complete it. */
  createdByTracking: z.boolean(),
  /** Set when this record was merged into another: show that one instead. */
  mergedIntoId: idSchema.nullable(),
  warnings: z.array(activityWarningSchema),
});
export type ActivityDetail = z.infer<typeof activityDetailSchema>;

/**
 * 同上次 on the leader's form: the team's latest activity (up to now) that listed any of its
 * current members, and those members — so one tap ticks the usual crowd of a weekly activity.
 * Ids only: the names are on the team's member list the form already has.
 */
export const lastActivityMembersSchema = z.object({
  activityId: idSchema.nullable(),
  title: z.string().nullable(),
  startsAt: z.string().nullable(),
  memberIds: z.array(idSchema),
});
export type LastActivityMembers = z.infer<typeof lastActivityMembersSchema>;

export const activityListQuerySchema = z.object({
  organizationId: idSchema.optional(),
  communityId: idSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type ActivityListQuery = z.infer<typeof activityListQuerySchema>;
