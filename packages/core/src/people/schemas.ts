import { z } from 'zod';
import { idSchema, isoDateSchema, longTextSchema, nameSchema, phoneSchema, shortTextSchema } from '../shared/schemas';
import { activistKindSchema, foundViaSchema, personTraitsSchema, trustStageSchema } from './types';

const birthYearSchema = z.number().int().min(1900).max(2200);

/** The facts staff keep about a resident or activist; only the name and community are required. */
const personFactsShape = {
  name: nameSchema,
  phone: phoneSchema.nullable(),
  birthYear: birthYearSchema.nullable(),
  birthDate: isoDateSchema.nullable(),
  estateId: idSchema.nullable(),
  courtyardId: idSchema.nullable(),
  /** Below the courtyard: building, unit ("3号楼2单元"); never a door number. */
  addressNote: shortTextSchema.nullable(),
  isActivist: z.boolean(),
  activistKind: activistKindSchema.nullable(),
  /** Registered volunteer: when, and on which platform (志愿北京, 志愿汇 …) — the funders' headline count. */
  volunteerRegisteredOn: isoDateSchema.nullable(),
  volunteerPlatform: shortTextSchema.nullable(),
  traits: personTraitsSchema,
  foundVia: foundViaSchema.nullable(),
  /** Snowball: who introduced this person (seed 003 §4.1.2). */
  introducedById: idSchema.nullable(),
  interests: longTextSchema.nullable(),
  wishes: longTextSchema.nullable(),
  notes: longTextSchema.nullable(),
};

export const personCreateInputSchema = z.object({
  ...z.object(personFactsShape).partial().shape,
  name: nameSchema,
  communityId: idSchema,
});
export type PersonCreateInput = z.infer<typeof personCreateInputSchema>;

export const personUpdateInputSchema = z
  .object(personFactsShape)
  .partial()
  .refine((value) => Object.keys(value).length > 0, { message: 'empty' });
export type PersonUpdateInput = z.infer<typeof personUpdateInputSchema>;

export const personListQuerySchema = z.object({
  communityId: idSchema.optional(),
  /** 'true' lists activists only. */
  activists: z.enum(['true', 'false']).optional(),
  trustStage: trustStageSchema.optional(),
  /** Part of a name. */
  q: z.string().trim().max(60).optional(),
  /** 'true' lists only people with fewer visits than the seed asks for. */
  fewVisits: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type PersonListQuery = z.infer<typeof personListQuerySchema>;

export const personSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  communityId: idSchema.nullable(),
  communityName: z.string().nullable(),
  estateName: z.string().nullable(),
  /** Masked (138****1234) unless the caller's role may read contacts. */
  phone: z.string().nullable(),
  isActivist: z.boolean(),
  activistKind: activistKindSchema.nullable(),
  trustStage: trustStageSchema,
  isVolunteer: z.boolean(),
  isChild: z.boolean(),
  visitCount: z.number().int(),
  lastVisitOn: z.string().nullable(),
  /** The seed's nudge: fewer than two visits. */
  needsVisits: z.boolean(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const personListSchema = z.object({ items: z.array(personSummarySchema), total: z.number().int() });
export type PersonList = z.infer<typeof personListSchema>;

export const personVisitSchema = z.object({
  id: idSchema,
  visitedOn: z.string(),
  visitorName: z.string(),
  /** Null once the person is erased: free text may identify them. */
  place: z.string().nullable(),
  learned: z.string().nullable(),
});
export type PersonVisit = z.infer<typeof personVisitSchema>;

export const personTrustChangeSchema = z.object({
  id: idSchema,
  changedOn: z.string(),
  fromStage: trustStageSchema,
  toStage: trustStageSchema,
  reason: z.string().nullable(),
  changedByName: z.string().nullable(),
});
export type PersonTrustChange = z.infer<typeof personTrustChangeSchema>;

export const personConsentSchema = z.object({
  id: idSchema,
  purpose: z.string(),
  agreedOn: z.string(),
  withdrawnOn: z.string().nullable(),
  /** For a child under 14: the guardian who consented, and how they are related. */
  guardianName: z.string().nullable(),
  guardianRelation: z.string().nullable(),
});
export type PersonConsent = z.infer<typeof personConsentSchema>;

export const personDetailSchema = personSummarySchema.extend({
  streetId: idSchema,
  estateId: idSchema.nullable(),
  courtyardId: idSchema.nullable(),
  courtyardName: z.string().nullable(),
  addressNote: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  birthDate: z.string().nullable(),
  volunteerRegisteredOn: z.string().nullable(),
  volunteerPlatform: z.string().nullable(),
  traits: personTraitsSchema,
  foundVia: foundViaSchema.nullable(),
  introducedBy: z.object({ id: idSchema, name: z.string() }).nullable(),
  introduced: z.array(z.object({ id: idSchema, name: z.string() })),
  interests: z.string().nullable(),
  wishes: z.string().nullable(),
  notes: z.string().nullable(),
  isErased: z.boolean(),
  /** Set when this record was a duplicate merged into another person. */
  mergedIntoId: idSchema.nullable(),
  /** Null for roles that do not see staff's visit notes. */
  visits: z.array(personVisitSchema).nullable(),
  trustHistory: z.array(personTrustChangeSchema),
  consents: z.array(personConsentSchema),
  memberships: z.array(z.object({ organizationId: idSchema, organizationName: z.string(), role: z.string() })),
  canEdit: z.boolean(),
  canVisit: z.boolean(),
  canMoveTrust: z.boolean(),
  canErase: z.boolean(),
});
export type PersonDetail = z.infer<typeof personDetailSchema>;

export const personVisitInputSchema = z.object({
  visitedOn: isoDateSchema,
  place: shortTextSchema.optional(),
  learned: longTextSchema.optional(),
});
export type PersonVisitInput = z.infer<typeof personVisitInputSchema>;

export const personTrustMoveInputSchema = z.object({
  toStage: trustStageSchema,
  reason: z.string().trim().min(1).max(1000),
  /** Defaults to today. */
  changedOn: isoDateSchema.optional(),
});
export type PersonTrustMoveInput = z.infer<typeof personTrustMoveInputSchema>;

export const personConsentInputSchema = z.object({
  purpose: z.string().trim().min(1).max(500),
  agreedOn: isoDateSchema,
  guardianName: nameSchema.optional(),
  guardianRelation: z.string().trim().min(1).max(30).optional(),
});
export type PersonConsentInput = z.infer<typeof personConsentInputSchema>;

export const personConsentWithdrawInputSchema = z.object({ withdrawnOn: isoDateSchema });

export const personConsentParamSchema = z.object({ id: idSchema, consentId: idSchema });

export const personMergeInputSchema = z.object({
  /** The duplicate, merged into the person in the path and then retired. */
  mergeId: idSchema,
});

export const personDuplicatePairSchema = z.object({
  reason: z.enum(['same_phone', 'similar_name']),
  people: z.tuple([personSummarySchema, personSummarySchema]),
});
export type PersonDuplicatePair = z.infer<typeof personDuplicatePairSchema>;

export const personDuplicateQuerySchema = z.object({ communityId: idSchema.optional() });

/**
 * Where else a person appears, beyond their own record: each capability answers for its tables
 * (db/src/capability-hooks.ts whenPersonExported). The order is the order of the readable document.
 */
export const personExportSections = [
  'memberships',
  'subTeams',
  'caseOutcomes',
  'activities',
  'signIns',
  'feedback',
  'coaching',
  'volunteerAttendances',
  'volunteerHours',
  'certificates',
  'treasurerHandovers',
  'needs',
  'resources',
  'surveyAnswers',
  'stakeholderContacts',
  'publicity',
  'grantObjections',
  'trainingApplications',
  'trainingGuarantees',
  'grantReviewerConflicts',
  'grantClaimAdvances',
  'grantProposalRoles',
  'honourAwards',
  'meetingsAttended',
  'councilTerms',
  'meetingFollowUps',
  'ballotSlips',
  'chatSenders',
  'chatMessages',
  'chatAgreementsGiven',
  'accounts',
  'invites',
] as const;
export type PersonExportSection = (typeof personExportSections)[number];

/** Each section's rows as stored (ids, dates and the names of what they belong to), never another person's data. */
export const heldRecordsSchema = z.partialRecord(
  z.enum(personExportSections),
  z.array(z.record(z.string(), z.unknown())),
);

export type HeldRecords = z.infer<typeof heldRecordsSchema>;

/** Everything held about one person, for a request to see or take their data (PIPL art. 45). */
export const personExportSchema = z.object({
  exportedAt: z.string(),
  person: personDetailSchema,
  records: heldRecordsSchema,
});
export type PersonExport = z.infer<typeof personExportSchema>;
