import { z } from 'zod';
import { idSchema } from '../shared/schemas';
import { waveSummarySchema } from './questionnaire';
import { committeeAttitudeSchema, estateSchema } from './schemas';
import {
  engagementKindSchema,
  eventSourceSchema,
  needCategorySchema,
  needProviderSchema,
  needRealitySchema,
  needSourceSchema,
  needStatusSchema,
  ownersCommitteeStatusSchema,
  participationLevelSchema,
  resourceCategorySchema,
  resourcePersistenceSchema,
  sitePlanTypeSchema,
  spaceOwnerSchema,
  stakeholderKindSchema,
  usageFrequencySchema,
} from './survey-types';

/** The community survey as one answer: what the community page's survey tabs show. */

const text = z.string().nullable();
const ref = z.object({ id: idSchema, name: z.string() }).nullable();

export const communityProfileSchema = z.object({
  households: z.number().int().nullable(),
  residentPopulation: z.number().int().nullable(),
  localPopulation: z.number().int().nullable(),
  migrantPopulation: z.number().int().nullable(),
  childrenPopulation: z.number().int().nullable(),
  workingAgePopulation: z.number().int().nullable(),
  elderlyPopulation: z.number().int().nullable(),
  profileNotes: text,
  /** 居委会态度: the incubator's own judgement, absent for everyone else (`surveyAsSeenBy`). */
  committeeAttitude: committeeAttitudeSchema.nullable().optional(),
});
export type CommunityProfile = z.infer<typeof communityProfileSchema>;

export const communityEventSchema = z.object({
  id: idSchema,
  happenedOn: z.string(),
  title: z.string(),
  description: text,
  source: eventSourceSchema,
});

export const surveyEstateSchema = estateSchema.extend({
  ownersCommitteeStatus: ownersCommitteeStatusSchema.nullable(),
  notes: text,
  isOldNeighbourhood: z.boolean(),
});
export type SurveyEstate = z.infer<typeof surveyEstateSchema>;

export const stakeholderSchema = z.object({
  id: idSchema,
  kind: stakeholderKindSchema,
  name: z.string(),
  estate: ref,
  organization: ref,
  contactName: text,
  /** Masked (138****1234) unless the caller's role may read contacts. */
  contactPhone: text,
  relationshipNotes: text,
  /**
   * The latest attitude by date, and the dated history, newest first. Absent on the residents'
   * committee's own row for everyone but the incubator (`surveyAsSeenBy`).
   */
  attitude: committeeAttitudeSchema.nullable().optional(),
  attitudes: z
    .array(z.object({ id: idSchema, attitude: committeeAttitudeSchema, observedOn: z.string(), note: text }))
    .optional(),
  /** The highest participation level reached so far, and the dated log, newest first. */
  participationLevel: participationLevelSchema.nullable(),
  engagements: z.array(
    z.object({
      id: idSchema,
      happenedOn: z.string(),
      kind: engagementKindSchema,
      participationLevel: participationLevelSchema,
      summary: z.string(),
      madeBy: z.string(),
    }),
  ),
});
export type Stakeholder = z.infer<typeof stakeholderSchema>;

export const needSchema = z.object({
  id: idSchema,
  category: needCategorySchema.nullable(),
  description: text,
  /** Null for roles that may not see residents' names. */
  raisedBy: text,
  source: needSourceSchema,
  reality: needRealitySchema,
  provider: needProviderSchema.nullable(),
  status: needStatusSchema,
  recordedOn: z.string(),
  mentions: z.number().int(),
  estate: ref,
  courtyard: ref,
  organizations: z.array(z.object({ id: idSchema, name: z.string() })),
});
export type Need = z.infer<typeof needSchema>;

export const spaceSchema = z.object({
  id: idSchema,
  name: z.string(),
  owner: spaceOwnerSchema,
  capacity: z.number().int().nullable(),
  openingRules: text,
  manager: text,
  usageFrequency: usageFrequencySchema.nullable(),
  notes: text,
  estate: ref,
  courtyard: ref,
});
export type Space = z.infer<typeof spaceSchema>;

export const resourceSchema = z.object({
  id: idSchema,
  name: z.string(),
  category: resourceCategorySchema,
  description: text,
  foundOn: z.string(),
  foundBy: z.string(),
  foundHow: text,
  persistence: resourcePersistenceSchema,
  space: ref,
  /** Null for roles that may not see residents' names. */
  person: ref,
  organization: ref,
  estate: ref,
  courtyard: ref,
  pinX: z.number().nullable(),
  pinY: z.number().nullable(),
  uses: z.array(z.object({ id: idSchema, usedOn: z.string(), note: text, organization: ref })),
});
export type Resource = z.infer<typeof resourceSchema>;

export const communitySurveySchema = z.object({
  communityId: idSchema,
  communityName: z.string(),
  profile: communityProfileSchema,
  events: z.array(communityEventSchema),
  estates: z.array(surveyEstateSchema),
  stakeholders: z.array(stakeholderSchema),
  needs: z.array(needSchema),
  questionnaire: z.array(waveSummarySchema),
  spaces: z.array(spaceSchema),
  resources: z.array(resourceSchema),
  sitePlan: z.object({ type: sitePlanTypeSchema, uploadedAt: z.string() }).nullable(),
  /** What the caller may change here, so the page shows only forms that will work. */
  canEditProfile: z.boolean(),
  canRecord: z.boolean(),
});
export type CommunitySurvey = z.infer<typeof communitySurveySchema>;

export const surveyRecordCreatedSchema = z.object({ id: idSchema });
